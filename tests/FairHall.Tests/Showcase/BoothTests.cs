using System.Net;
using System.Net.Http.Json;
using FairHall.Modules.Accounts;
using FairHall.Modules.Catalog.Booths;
using FairHall.Modules.Catalog.Media;
using FairHall.Modules.Exhibitors;
using FairHall.Modules.Exhibitors.Onboarding;
using FairHall.Modules.Fairs;
using FairHall.Modules.Reviews;
using FairHall.Platform.Security;
using FairHall.Tests.Accounts;
using FairHall.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using static FairHall.Tests.Showcase.ShowcaseKit;

namespace FairHall.Tests.Showcase;

/// <summary>CIFTIS booth application (CAT-7) reviewed by the inviting institution, and showcase templates (CAT-9, PKG-2).</summary>
[Trait("Req", "CAT-7")]
public abstract class BoothTests<TDb>(AppFixture<TDb> fixture) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    public sealed record BoothDetailsDto(string Name, List<string> Tags, string Area, string ContactName, bool ShowContact, bool SmartServiceEnabled, string? SmartServiceUrl);

    public sealed record BoothDto(long Id, long EnterpriseId, string Status, string? StatusReason, bool IsPublic, string? FixedArea, BoothDetailsDto Details, long Version);

    public sealed record TemplateDto(string Code, string Kind, bool Selected, bool Published, string BannerColour);

    public sealed record TemplatesDto(List<TemplateDto> Templates, int Limit, int SelectedPc, int SelectedMobile);

    /// <summary>An enterprise whose CIFTIS registration the CCPIT institution approved (industry decides a sub-venue), with its admin.</summary>
    private async Task<(HttpClient Client, long EnterpriseId, long Logo, List<long> Banners)> CiftisExhibitorAsync(string industry = "软件开发")
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        long enterpriseId;
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FairHall.Platform.Data.FairHallDbContext>();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var now = fixture.App.Clock.GetUtcNow();
            var institution = await db.Set<Institution>().Where(i => i.Code == "CCPIT").Select(i => i.Id).FirstAsync();
            var code = new InvitationCode { InstitutionId = institution, Code = InvitationCode.NewCode(), BatchLabel = "t", CreatedAt = now, CreatedByName = "t" };
            db.Add(code);
            var enterprise = new Enterprise { NameZh = $"服贸企业{tag}", NameEn = $"CIFTIS Co {tag}", CreatedAt = now };
            db.Add(enterprise);
            await db.SaveChangesAsync();
            var registration = new CiftisRegistration(code.Id, institution, "hash", new CiftisDetails(
                ParticipationType.OnlineOnly, "张三", "经理", "13800138000", "a@b.cn", ["展示"], "内容", "需求", enterprise.NameZh, UnitNature.Enterprise, true,
                null, industry, CompanyType.Domestic, false, null, null, "简介简介简介简介简介"), now);
            registration.Approve(enterprise).ShouldBeNull();
            db.Add(registration);
            await db.SaveChangesAsync();
            enterpriseId = enterprise.Id;
            var user = new User { UserName = $"cif-{tag}", DisplayName = "CIFTIS admin", EnterpriseId = enterpriseId, PhoneNumberConfirmed = true, CreatedAt = now };
            (await users.CreateAsync(user, DemoUsers.Password)).Succeeded.ShouldBeTrue();
            (await users.AddToRoleAsync(user, Roles.ExhibitorAdmin)).Succeeded.ShouldBeTrue();
        }

        var logo = (await AssetsAsync(fixture.App, enterpriseId, MediaKind.Image))[0];
        var banners = await AssetsAsync(fixture.App, enterpriseId, MediaKind.Image, 6);
        return (await fixture.ClientAsAsync($"cif-{tag}"), enterpriseId, logo, banners);
    }

    private static Dictionary<string, object?> Booth(long logo, IEnumerable<long> banners) => new()
    {
        ["name"] = "学而思网校官方旗舰店",
        ["logoMediaId"] = logo,
        ["websiteUrl"] = "http://www.xueersi.com/",
        ["intro"] = "为6-18岁孩子提供全学科课外教学。",
        ["mainBusiness"] = "课程涵盖小学到高中全部学科。",
        ["bannerMediaIds"] = banners.ToArray(),
        ["tags"] = new[] { "网校", "在线教育", "Online school" },
        ["area"] = "TwelveFields",
        ["offlineBoothNumber"] = "A1-001",
        ["hall3dUrl"] = "https://3d.example.com/hall/1",
        ["categories"] = new[] { "教育服务-初级教育服务" },
        ["contactName"] = "全国客服",
        ["contactPhone"] = "400-800-2211",
        ["contactEmail"] = "service@example.com",
        ["country"] = "中国",
        ["province"] = "北京市",
        ["city"] = "北京市",
        ["district"] = "昌平区",
        ["address"] = "回龙观东大街龙冠和谐大厦",
    };

    private Task<long> ReviewIdAsync(long enterpriseId) =>
        fixture.App.WithDbAsync(db => db.Set<ReviewItem>()
            .Where(i => i.SubjectType == "booth" && db.Set<BoothReviewRound>().Any(r => r.Id == i.SubjectId && db.Set<Booth>().Any(b => b.Id == r.BoothId && b.EnterpriseId == enterpriseId)))
            .OrderByDescending(i => i.Id).Select(i => i.Id).FirstAsync());

    [Theory]
    [InlineData("en", "Required.", "Waiting for review")]
    [InlineData("zh-CN", "必填。", "待审核")]
    [Trait("Req", "X-1")]
    public async Task Booth_page_shows_every_field_with_per_field_errors_media_from_the_library_and_the_review_state(string language, string required, string pending)
    {
        var (_, enterpriseId, logo, banners) = await CiftisExhibitorAsync();
        var userName = await fixture.App.WithDbAsync(db => db.Users.Where(u => u.EnterpriseId == enterpriseId).Select(u => u.UserName!).FirstAsync());
        using var browser = new Browserless(fixture.App, language);
        await browser.LoginAsync(userName);
        var page = await browser.GetAsync("/enterprise/booth");
        page.QuerySelector("[data-testid=nav-booth]").ShouldNotBeNull(); // CIFTIS enterprises only
        page.QuerySelector("[data-testid=nav-templates]").ShouldNotBeNull();
        page.QuerySelector("[data-testid=booth-status]")!.GetAttribute("data-status").ShouldBe("New");
        page.QuerySelector("[data-testid=booth-review-rule]")!.TextContent.ShouldContain(language == "en" ? "Every edit goes back to review" : "每次修改展台信息都会重新提交审核");
        page.QuerySelectorAll("[data-testid=media-picker]").Length.ShouldBe(3); // logo, banners, videos from the library
        foreach (var field in new[] { "Name", "WebsiteUrl", "Intro", "MainBusiness", "Tags", "Area", "OfflineBoothNumber", "Hall3dUrl", "Categories", "ContactName",
            "ContactPhone", "ContactEmail", "Fax", "Country", "Province", "City", "District", "Address", "Postcode", "ShowContact", "SmartServiceEnabled", "SmartServiceUrl" })
        {
            page.QuerySelector($"[data-testid=field-{field}]").ShouldNotBeNull(field);
        }

        page = await browser.SubmitAsync(page, "[data-testid=booth-form]", new Dictionary<string, string>
        {
            ["Form.Tags"] = "网校; C++",
            ["Form.WebsiteUrl"] = "not a url",
            ["Form.SmartServiceEnabled"] = "true",
            ["Form.Submit"] = "true",
        });
        page.QuerySelector("[data-testid=error-Name]")!.TextContent.ShouldBe(required);
        page.QuerySelector("[data-testid=error-LogoMediaId]").ShouldNotBeNull();
        page.QuerySelector("[data-testid=error-BannerMediaIds]").ShouldNotBeNull();
        page.QuerySelector("[data-testid=error-Tags]")!.TextContent.ShouldContain(language == "en" ? "Chinese or English letters only" : "只可输入中文或英文");
        page.QuerySelector("[data-testid=error-WebsiteUrl]").ShouldNotBeNull();
        page.QuerySelector("[data-testid=error-SmartServiceUrl]").ShouldNotBeNull();
        page.QuerySelector("[name='Form.Tags']")!.GetAttribute("value").ShouldBe("网校; C++"); // what was typed stays

        foreach (var id in banners.Take(2).Append(logo))
        {
            var box = (AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector($"[data-field='{(id == logo ? "Form.LogoMediaIds" : "Form.BannerMediaIds")}'] [data-testid=media-option][value='{id}']")!;
            box.IsChecked = true;
        }

        page = await browser.SubmitAsync(page, "[data-testid=booth-form]", new Dictionary<string, string>
        {
            ["Form.Name"] = "学而思网校官方旗舰店",
            ["Form.WebsiteUrl"] = "http://www.xueersi.com/",
            ["Form.Intro"] = "为6-18岁孩子提供全学科课外教学。",
            ["Form.MainBusiness"] = "课程涵盖小学到高中全部学科。",
            ["Form.Tags"] = "网校；在线教育; Online school",
            ["Form.Area"] = "TwelveFields",
            ["Form.Categories"] = "教育服务-初级教育服务",
            ["Form.ContactName"] = "全国客服",
            ["Form.ContactPhone"] = "400-800-2211",
            ["Form.ContactEmail"] = "service@example.com",
            ["Form.Country"] = "中国",
            ["Form.Address"] = "回龙观东大街龙冠和谐大厦",
            ["Form.SmartServiceEnabled"] = "false",
            ["Form.Submit"] = "true",
        });
        page.QuerySelector("[data-testid=booth-saved]").ShouldNotBeNull();
        page.QuerySelector("[data-testid=booth-status]")!.TextContent.ShouldBe(pending);
        page.QuerySelector("[data-testid=booth-public]")!.TextContent.ShouldBe(language == "en" ? "Not shown" : "未对外展示");
        var booth = await fixture.App.WithDbAsync(db => db.Set<Booth>().SingleAsync(b => b.EnterpriseId == enterpriseId));
        booth.Status.ShouldBe(BoothStatus.Pending);
        booth.Details.Tags.ShouldBe(["网校", "在线教育", "Online school"]);
        booth.Details.BannerMediaIds.ShouldBe([.. banners.Take(2)], ignoreOrder: true);
        booth.Details.LogoMediaId.ShouldBe(logo);
        // Reloaded, the page shows the saved booth (PostgreSQL renders between awaits: the form must not come up empty).
        page = await browser.GetAsync("/enterprise/booth");
        page.QuerySelector("[name='Form.Name']")!.GetAttribute("value").ShouldBe("学而思网校官方旗舰店");
    }

    [Fact]
    public async Task A_non_ciftis_exhibitor_has_no_booth_entry_and_the_page_says_why()
    {
        using var browser = new Browserless(fixture.App, "en");
        await browser.LoginAsync(DemoUsers.ExhibitorAdmin);
        var page = await browser.GetAsync("/enterprise/booth");
        page.QuerySelector("[data-testid=nav-booth]").ShouldBeNull();
        page.QuerySelector("[data-code=booth_not_ciftis_exhibitor]").ShouldNotBeNull();
        page.QuerySelector("[data-testid=booth-form]").ShouldBeNull();
    }

    [Fact]
    [Trait("Req", "X-1")]
    public async Task Inviting_institution_reviews_every_edit_returns_it_to_review_and_hides_it()
    {
        var (client, enterpriseId, logo, banners) = await CiftisExhibitorAsync();
        var draft = await (await client.PutAsJsonAsync("/api/v1/enterprise/booth", Booth(logo, banners.Take(2)))).ReadAsync<BoothDto>();
        draft.Status.ShouldBe("Draft");
        draft.Details.ShowContact.ShouldBeTrue(); // CAT-7: show contact defaults to yes
        draft.Details.SmartServiceEnabled.ShouldBeFalse();
        var submitted = await (await client.PutAsJsonAsync("/api/v1/enterprise/booth?submit=true", Booth(logo, banners.Take(2)).With("version", draft.Version))).ReadAsync<BoothDto>();
        submitted.Status.ShouldBe("Pending");
        using var visitor = fixture.Anonymous();
        (await visitor.GetAsync($"/api/v1/booths/{enterpriseId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var reviewId = await ReviewIdAsync(enterpriseId);
        var cftcId = await fixture.App.WithDbAsync(db => db.Set<Institution>().Where(i => i.Code == "CFTC").Select(i => i.Id).FirstAsync());
        var other = await fixture.ClientAsAsync(await fixture.App.CreateUserAsync(Roles.InstitutionReviewer, u => u.InstitutionId = cftcId));
        (await other.GetAsync($"/api/v1/reviews/{reviewId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await fixture.ClientAsAsync(DemoUsers.Delegation)).GetAsync($"/api/v1/reviews/{reviewId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var ccpit = await fixture.ClientAsAsync(DemoUsers.Institution);
        (await ccpit.PostJsonAsync($"/api/v1/reviews/{reviewId}/reject", new { reason = "标签与主营不符" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var rejected = await (await client.GetAsync("/api/v1/enterprise/booth")).ReadAsync<BoothDto>();
        (rejected.Status, rejected.StatusReason).ShouldBe(("Rejected", "标签与主营不符"));

        (await client.PutAsJsonAsync("/api/v1/enterprise/booth?submit=true", Booth(logo, banners.Take(2)))).EnsureSuccessStatusCode();
        (await ccpit.PostJsonAsync($"/api/v1/reviews/{await ReviewIdAsync(enterpriseId)}/approve", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var shown = await (await visitor.GetAsync($"/api/v1/booths/{enterpriseId}")).ReadAsync<BoothDto>();
        shown.Details.ContactName.ShouldBe("全国客服");

        // Every later edit needs review again, and the booth is hidden meanwhile (seed 003).
        var edited = await (await client.PutAsJsonAsync("/api/v1/enterprise/booth", Booth(logo, banners.Take(3)).With("showContact", false))).ReadAsync<BoothDto>();
        edited.Status.ShouldBe("Pending");
        (await visitor.GetAsync($"/api/v1/booths/{enterpriseId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var round2 = await ReviewIdAsync(enterpriseId);
        (await ccpit.PostJsonAsync($"/api/v1/reviews/{round2}/approve", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var hiddenContact = await (await visitor.GetAsync($"/api/v1/booths/{enterpriseId}")).ReadAsync<BoothDto>();
        hiddenContact.Details.ContactName.ShouldBeEmpty(); // "show contact: no"
    }

    [Fact]
    public async Task Every_limit_of_the_seed_table_is_checked_field_by_field()
    {
        var (client, enterpriseId, logo, banners) = await CiftisExhibitorAsync();
        var problem = await Problem.ReadAsync(await client.PutAsJsonAsync("/api/v1/enterprise/booth", Booth(logo, banners)
            .With("name", new string('名', BoothLimits.Name + 1))
            .With("websiteUrl", "xueersi")
            .With("intro", new string('介', BoothLimits.Intro + 1))
            .With("mainBusiness", new string('营', BoothLimits.MainBusiness + 1))
            .With("tags", new[] { "网校123" })
            .With("offlineBoothNumber", new string('1', BoothLimits.OfflineBoothNumber + 1))
            .With("hall3dUrl", "3d-hall")
            .With("contactName", new string('人', BoothLimits.ContactName + 1))
            .With("contactPhone", "phone")
            .With("contactEmail", "mail")
            .With("fax", new string('1', BoothLimits.Fax + 1))
            .With("address", new string('址', BoothLimits.Address + 1))
            .With("postcode", new string('1', BoothLimits.Postcode + 1))
            .With("smartServiceEnabled", true)), HttpStatusCode.BadRequest);
        problem.Errors!.Keys.ShouldBe([
            "Name", "WebsiteUrl", "Intro", "MainBusiness", "BannerMediaIds", "Tags", "OfflineBoothNumber", "Hall3dUrl", "ContactName", "ContactPhone",
            "ContactEmail", "Fax", "Address", "Postcode", "SmartServiceUrl"], ignoreOrder: true); // 6 banners is one too many

        (await Problem.ReadAsync(await client.PutAsJsonAsync("/api/v1/enterprise/booth", Booth(logo, []).With("tags", Array.Empty<string>()).With("logoMediaId", null)
            .With("area", null)), HttpStatusCode.BadRequest)).Errors!.Keys.ShouldBe(["BannerMediaIds", "Tags", "LogoMediaId"], ignoreOrder: true);
        (await Problem.ReadAsync(await client.PutAsJsonAsync("/api/v1/enterprise/booth", Booth(logo, banners.Take(1))
            .With("tags", Enumerable.Range(0, BoothLimits.MaxTags + 1).Select(i => "标签" + new string('a', i)).ToArray())), HttpStatusCode.BadRequest)).Errors!.Keys.ShouldBe(["Tags"]);
        (await Problem.ReadAsync(await client.PutAsJsonAsync("/api/v1/enterprise/booth", Booth(logo, banners.Take(1)).With("tags", new[] { new string('a', BoothLimits.Tag + 1) })),
            HttpStatusCode.BadRequest)).Errors!.Keys.ShouldBe(["Tags"]);
        (await Problem.ReadAsync(await client.PutAsJsonAsync("/api/v1/enterprise/booth", Booth(logo, banners.Take(1)).With("area", "CulturalServices")),
            HttpStatusCode.BadRequest)).Errors!.Keys.ShouldBe(["Area"]); // a sub-venue cannot be chosen, only the four areas

        // Media: a video as logo, an oversized or webp banner, three videos, someone else's image.
        var video = (await AssetsAsync(fixture.App, enterpriseId, MediaKind.Video, 3));
        var big = await fixture.App.WithDbAsync(async db =>
        {
            var now = fixture.App.Clock.GetUtcNow();
            var a = new MediaAsset(enterpriseId, MediaKind.Image, "image/png", BoothLimits.ImageBytes + 1, 895, 285, "big.png", "t/big", new string('a', 64), now, null);
            var w = new MediaAsset(enterpriseId, MediaKind.Image, "image/webp", 100, 895, 285, "w.webp", "t/w", new string('b', 64), now, null);
            db.AddRange(a, w);
            await db.SaveChangesAsync();
            return (a.Id, w.Id);
        });
        (await Problem.ReadAsync(await client.PutAsJsonAsync("/api/v1/enterprise/booth", Booth(video[0], [big.Item1, big.Item2])), HttpStatusCode.BadRequest))
            .Errors!.Keys.ShouldBe(["LogoMediaId", "BannerMediaIds"], ignoreOrder: true);
        (await Problem.ReadAsync(await client.PutAsJsonAsync("/api/v1/enterprise/booth", Booth(logo, banners.Take(1)).With("videoMediaIds", video)), HttpStatusCode.BadRequest))
            .Errors!.Keys.ShouldBe(["VideoMediaIds"]);
        var (_, _, strangerLogo, _) = await CiftisExhibitorAsync();
        (await Problem.ReadAsync(await client.PutAsJsonAsync("/api/v1/enterprise/booth", Booth(strangerLogo, banners.Take(1))), HttpStatusCode.BadRequest))
            .Errors!.Keys.ShouldBe(["LogoMediaId"]);

        var ok = await (await client.PutAsJsonAsync("/api/v1/enterprise/booth", Booth(logo, banners.Take(BoothLimits.MaxBanners)).With("videoMediaIds", video.Take(2))
            .With("smartServiceEnabled", true).With("smartServiceUrl", "https://bot.example.com/c/1"))).ReadAsync<BoothDto>();
        ok.Details.SmartServiceUrl.ShouldBe("https://bot.example.com/c/1");
        ok.Details.Tags.ShouldBe(["网校", "在线教育", "Online school"]);
    }

    [Fact]
    public async Task Sub_venue_fixes_the_area_and_non_ciftis_enterprises_are_refused()
    {
        var (client, _, logo, banners) = await CiftisExhibitorAsync(industry: "教育服务");
        var booth = await (await client.PutAsJsonAsync("/api/v1/enterprise/booth", Booth(logo, banners.Take(1)).With("area", null))).ReadAsync<BoothDto>();
        (booth.Details.Area, booth.FixedArea).ShouldBe(("EducationServices", "EducationServices"));

        var canton = await fixture.ClientAsAsync(DemoUsers.ExhibitorAdmin);
        (await Problem.ReadAsync(await canton.PutAsJsonAsync("/api/v1/enterprise/booth", Booth(logo, banners.Take(1))), (HttpStatusCode)422)).Code.ShouldBe("booth_not_ciftis_exhibitor");
        var staff = await fixture.ClientAsAsync(DemoUsers.ExhibitorStaff);
        (await Problem.ReadAsync(await staff.PutAsJsonAsync("/api/v1/enterprise/booth", Booth(logo, banners.Take(1))), HttpStatusCode.Forbidden)).Code.ShouldBe("forbidden");
    }

    [Fact]
    [Trait("Req", "CAT-9")]
    [Trait("Req", "PKG-2")]
    public async Task Templates_page_previews_real_data_in_each_layout_and_publishing_changes_the_public_showcase()
    {
        var enterpriseId = await fixture.App.WithDbAsync(db => db.Users.Where(u => u.UserName == DemoUsers.ExhibitorAdmin).Select(u => u.EnterpriseId!.Value).FirstAsync());
        using var browser = new Browserless(fixture.App, "en");
        await browser.LoginAsync(DemoUsers.ExhibitorAdmin);
        var page = await browser.GetAsync("/enterprise/templates");
        page.QuerySelectorAll("[data-testid=library-Pc] [data-testid=template]").Length.ShouldBeGreaterThanOrEqualTo(6);
        page.QuerySelectorAll("[data-testid=library-Mobile] [data-testid=template]").Length.ShouldBeGreaterThanOrEqualTo(6);
        page.QuerySelector("[data-testid=templates-limit]")!.TextContent.ShouldContain("1 templates per library");
        (await browser.GetAsync($"/showcase/{enterpriseId}")).QuerySelector("[data-testid=showcase-layout]")!.GetAttribute("data-layout").ShouldBe("standard");

        // Preview before anything is published: the enterprise's real showcase in that template's layout.
        foreach (var (code, layout, products) in new[] { ("pc-brand-grid", "grid", "grid"), ("pc-products-list", "list", "list"), ("pc-exhibitor", "profile", "list"), ("pc-banner-wide", "banner", "grid") })
        {
            var preview = await browser.GetAsync($"/enterprise/templates/{code}/preview");
            preview.QuerySelector("[data-testid=showcase-layout]")!.GetAttribute("data-layout").ShouldBe(layout);
            preview.QuerySelector("[data-testid=showcase-name]")!.TextContent.ShouldBe("广东美味厨具有限公司");
            preview.QuerySelector("[data-testid=showcase-products]")!.GetAttribute("data-mode").ShouldBe(products);
            (preview.QuerySelector("[data-testid=showcase-sidebar]") is not null).ShouldBe(layout is "list" or "profile");
        }

        page = await browser.SubmitAsync(page, "[data-testid=templates-form]", new Dictionary<string, string> { ["op"] = "select:pc-brand-grid" });
        page.QuerySelector("[data-testid=templates-done]").ShouldNotBeNull();
        page = await browser.SubmitAsync(page, "[data-testid=templates-form]", new Dictionary<string, string> { ["op"] = "select:pc-exhibitor" });
        page.QuerySelector("[data-code=template_quota_exceeded]").ShouldNotBeNull(); // Basic: one per library
        page = await browser.SubmitAsync(page, "[data-testid=templates-form]", new Dictionary<string, string> { ["op"] = "colour:pc-brand-grid", ["colour-pc-brand-grid"] = "#0a7f5c" });
        page.QuerySelector("[data-testid=template][data-code=pc-brand-grid] [data-testid=template-colour-value]")!.TextContent.ShouldBe("#0A7F5C");
        (await browser.GetAsync($"/showcase/{enterpriseId}")).QuerySelector("[data-testid=showcase-layout]")!.GetAttribute("data-layout").ShouldBe("standard"); // not yet published
        page = await browser.SubmitAsync(page, "[data-testid=templates-form]", new Dictionary<string, string> { ["op"] = "publish:pc-brand-grid" });
        page.QuerySelector("[data-testid=template][data-code=pc-brand-grid] [data-testid=template-in-use]").ShouldNotBeNull();

        var shown = await browser.GetAsync($"/showcase/{enterpriseId}");
        shown.QuerySelector("[data-testid=showcase-layout]")!.GetAttribute("data-layout").ShouldBe("grid");
        shown.QuerySelector("[data-testid=showcase-banner]")!.GetAttribute("data-colour").ShouldBe("#0A7F5C");
        shown.QuerySelector("[data-testid=showcase-products]")!.GetAttribute("data-mode").ShouldBe("grid");
    }

    [Fact]
    [Trait("Req", "CAT-9")]
    [Trait("Req", "PKG-2")]
    public async Task Templates_follow_the_package_one_is_published_per_library_and_colours_are_hex()
    {
        var (client, enterpriseId, _, _) = await CiftisExhibitorAsync();
        var library = await (await client.GetAsync("/api/v1/enterprise/templates")).ReadAsync<TemplatesDto>();
        library.Templates.Count(t => t.Kind == "Pc").ShouldBeGreaterThanOrEqualTo(6);
        library.Templates.Count(t => t.Kind == "Mobile").ShouldBeGreaterThanOrEqualTo(6);
        library.Limit.ShouldBe(1); // no package: as Basic, one per library

        await Payments.PaymentsKit.GiftBasicAsync(fixture.App, enterpriseId);
        (await client.PostJsonAsync("/api/v1/enterprise/templates/pc-brand-grid/select")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Problem.ReadAsync(await client.PostJsonAsync("/api/v1/enterprise/templates/pc-exhibitor/select"), (HttpStatusCode)422)).Code.ShouldBe("template_quota_exceeded");
        (await client.PostJsonAsync("/api/v1/enterprise/templates/app-exhibitor/select")).StatusCode.ShouldBe(HttpStatusCode.OK); // the other library has its own count
        (await Problem.ReadAsync(await client.PostJsonAsync("/api/v1/enterprise/templates/pc-exhibitor/publish"), (HttpStatusCode)422)).Code.ShouldBe("template_not_selected");
        (await Problem.ReadAsync(await client.PostJsonAsync("/api/v1/enterprise/templates/nope/select"), HttpStatusCode.NotFound)).Code.ShouldBe("not_found");

        foreach (var bad in new[] { "red", "#12345", "#GGGGGG", "1F4E79", "#1F4E79 " + "x" })
        {
            (await Problem.ReadAsync(await client.PutAsJsonAsync("/api/v1/enterprise/templates/pc-brand-grid", new { bannerColour = bad }), HttpStatusCode.BadRequest))
                .Errors!.Keys.ShouldBe(["BannerColour"]);
        }

        var recoloured = await (await client.PutAsJsonAsync("/api/v1/enterprise/templates/pc-brand-grid", new { bannerColour = "#0a7f5c" })).ReadAsync<TemplatesDto>();
        recoloured.Templates.Single(t => t.Code == "pc-brand-grid").BannerColour.ShouldBe("#0A7F5C");
        var published = await (await client.PostJsonAsync("/api/v1/enterprise/templates/pc-brand-grid/publish")).ReadAsync<TemplatesDto>();
        published.Templates.Where(t => t.Published).Select(t => t.Code).ShouldBe(["pc-brand-grid"]);
        (await Problem.ReadAsync(await client.DeleteAsync("/api/v1/enterprise/templates/pc-brand-grid"), (HttpStatusCode)422)).Code.ShouldBe("template_in_use");

        // Package A: two per library; publishing another leaves exactly one in use.
        await Payments.PaymentsKit.PaidAsync(fixture, client, "A");
        (await (await client.GetAsync("/api/v1/enterprise/templates")).ReadAsync<TemplatesDto>()).Limit.ShouldBe(2);
        (await client.PostJsonAsync("/api/v1/enterprise/templates/pc-minimal/select")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var switched = await (await client.PostJsonAsync("/api/v1/enterprise/templates/pc-minimal/publish")).ReadAsync<TemplatesDto>();
        switched.Templates.Where(t => t.Published).Select(t => t.Code).ShouldBe(["pc-minimal"]);
        (await client.DeleteAsync("/api/v1/enterprise/templates/pc-brand-grid")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

[Trait("Provider", "sqlite")]
public sealed class BoothTestsOnSqlite(AppFixture<SqliteDb> f) : BoothTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class BoothTestsOnPostgres(AppFixture<PostgresDb> f) : BoothTests<PostgresDb>(f);

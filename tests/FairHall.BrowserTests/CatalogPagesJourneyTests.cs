using FairHall.Modules.Accounts;
using FairHall.Modules.Catalog;
using FairHall.Modules.Catalog.Media;
using FairHall.Modules.Exhibitors;
using FairHall.Modules.Exhibitors.Onboarding;
using FairHall.Modules.Fairs;
using FairHall.Platform.Security;
using FairHall.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace FairHall.BrowserTests;

/// <summary>
/// The admin makes the second image the main one and submits the demo draft (CAT-8); cccla.reviewer sees the full
/// snapshot with thumbnails; the templates page previews and publishes a template that changes the public
/// showcase (CAT-9); a CIFTIS admin fills the booth page (CAT-7). Desktop 1280 and phone 390 screenshots of each.
/// </summary>
[Trait("Req", "CAT-8")]
[Trait("Req", "CAT-9")]
[Trait("Req", "CAT-7")]
[Trait("Req", "X-1")]
public abstract class CatalogPagesJourneyTests<TDb>(BrowserFixture<TDb> fixture) : IClassFixture<BrowserFixture<TDb>> where TDb : TestDb, new()
{
    protected abstract string Provider { get; }

    /// <summary>Moves the demo draft into a zone only CCCLA reviews; returns the draft, the enterprise and its images.</summary>
    private async Task<(long Draft, long EnterpriseId, List<long> Images)> PrepareAsync() =>
        await fixture.App.WithDbAsync(async db =>
        {
            var session = await db.Set<Session>().Where(s => s.Number == 140).Select(s => s.Id).FirstAsync();
            var cccla = await db.Set<Association>().Where(a => a.Code == "CCCLA").Select(a => a.Id).FirstAsync();
            var zone = await db.Set<Zone>().Where(z => z.SessionId == session && z.IsActive && z.Associations.Count == 1 && z.Associations.Any(a => a.AssociationId == cccla) && !z.Tags.Any(t => t.Required))
                .OrderBy(z => z.Id).Select(z => z.Id).FirstAsync();
            var draft = await db.Set<Product>().FirstAsync(p => p.NameZh == "硅胶锅铲套装");
            draft.Edit(draft.Details with { ZoneId = zone }, fixture.App.Clock.GetUtcNow()).ShouldBeNull();
            await db.SaveChangesAsync();
            return (draft.Id, draft.EnterpriseId, draft.ImageIds.ToList());
        });

    /// <summary>A CIFTIS enterprise (approved registration with CCPIT) with an admin and a few library images, by user name.</summary>
    private async Task<string> CiftisAdminAsync()
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FairHall.Platform.Data.FairHallDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var now = fixture.App.Clock.GetUtcNow();
        var institution = await db.Set<Institution>().Where(i => i.Code == "CCPIT").Select(i => i.Id).FirstAsync();
        var code = new InvitationCode { InstitutionId = institution, Code = InvitationCode.NewCode(), BatchLabel = "journey", CreatedAt = now, CreatedByName = "journey" };
        db.Add(code);
        var enterprise = new Enterprise { NameZh = "北京学而思教育科技有限公司", NameEn = "Beijing Xueersi Education Technology Co., Ltd.", CreatedAt = now };
        db.Add(enterprise);
        await db.SaveChangesAsync();
        var registration = new CiftisRegistration(code.Id, institution, "hash", new CiftisDetails(
            ParticipationType.OnlineOnly, "张三", "经理", "13800138000", "a@b.cn", ["展示"], "内容", "需求", enterprise.NameZh, UnitNature.Enterprise, true,
            null, "软件开发", CompanyType.Domestic, false, null, null, "简介简介简介简介简介"), now);
        registration.Approve(enterprise).ShouldBeNull();
        db.Add(registration);
        foreach (var (name, colour) in new[] { ("logo.png", (0x1F, 0x4E, 0x79)), ("banner-1.png", (0xC0, 0x39, 0x2B)), ("banner-2.png", (0x27, 0xAE, 0x60)) })
        {
            var png = FairHall.Modules.Exhibitors.Showcase.ShowcaseDemoData.Logo(240, (byte)colour.Item1, (byte)colour.Item2, (byte)colour.Item3);
            var key = $"media/{enterprise.Id}/{Guid.NewGuid():N}.png";
            using (var stream = new MemoryStream(png))
            {
                await scope.ServiceProvider.GetRequiredService<FairHall.Platform.Files.IFileStore>().PutAsync(key, stream, "image/png", CancellationToken.None);
            }

            db.Add(new MediaAsset(enterprise.Id, MediaKind.Image, "image/png", png.Length, 240, 240, name, key,
                Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(png)), now, null));
        }

        await db.SaveChangesAsync();
        var user = new User { UserName = "ciftis.admin", DisplayName = "CIFTIS admin", EnterpriseId = enterprise.Id, PhoneNumberConfirmed = true, CreatedAt = now };
        (await users.CreateAsync(user, DemoUsers.Password)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, Roles.ExhibitorAdmin)).Succeeded.ShouldBeTrue();
        return user.UserName;
    }

    [Fact]
    public async Task Main_image_review_snapshot_templates_and_booth_pages_at_desktop_and_phone()
    {
        var (draft, enterpriseId, images) = await PrepareAsync();
        images.Count.ShouldBe(2);
        await using var desktop = await fixture.NewContextAsync();
        await using var phone = await fixture.NewContextAsync(390, 844);
        var admin = await desktop.NewPageAsync();
        await BrowserSteps.SignInAsync(admin, DemoUsers.ExhibitorAdmin);
        await admin.GotoAsync($"/enterprise/products/{draft}");
        await admin.ClickAsync($"[data-testid=media-option-box][data-id='{images[1]}'] [data-testid=media-make-main]");
        await admin.WaitForSelectorAsync("[data-testid=order-not-saved]");
        (await admin.Locator($"[data-testid=media-option-box][data-id='{images[1]}'] [data-testid=media-main]").CountAsync()).ShouldBe(1);
        await Screenshots.TakeAsync(admin, $"{Provider}-k01-product-editor-main-image-desktop-zh");
        var adminPhone = await phone.NewPageAsync();
        await BrowserSteps.SignInAsync(adminPhone, DemoUsers.ExhibitorAdmin);
        await adminPhone.GotoAsync($"/enterprise/products/{draft}");
        await Screenshots.TakeAsync(adminPhone, $"{Provider}-k02-product-editor-phone-zh");
        await admin.ClickAsync("[data-testid=save-submit-product]");
        await admin.WaitForSelectorAsync("[data-testid=product-saved]");

        // One browser context per person: contexts share cookies between their pages.
        await using var reviewerDesktop = await fixture.NewContextAsync();
        await using var reviewerPhoneContext = await fixture.NewContextAsync(390, 844);
        var reviewer = await reviewerDesktop.NewPageAsync();
        await BrowserSteps.SignInAsync(reviewer, DemoUsers.Association);
        await reviewer.GotoAsync("/review");
        await Screenshots.TakeAsync(reviewer, $"{Provider}-k03-review-queue-desktop-zh");
        await reviewer.ClickAsync("text=硅胶锅铲套装");
        await reviewer.WaitForSelectorAsync("[data-testid=snapshot]");
        (await reviewer.Locator("[data-testid=field-Images] [data-testid=snapshot-media]").CountAsync()).ShouldBe(2);
        await Screenshots.TakeAsync(reviewer, $"{Provider}-k04-review-detail-desktop-zh");
        var reviewerPhone = await reviewerPhoneContext.NewPageAsync();
        await BrowserSteps.SignInAsync(reviewerPhone, DemoUsers.Association);
        await reviewerPhone.GotoAsync(reviewer.Url);
        await Screenshots.TakeAsync(reviewerPhone, $"{Provider}-k05-review-detail-phone-zh");

        await admin.GotoAsync("/enterprise/templates");
        await Screenshots.TakeAsync(admin, $"{Provider}-k06-templates-desktop-zh");
        await adminPhone.GotoAsync("/enterprise/templates");
        await Screenshots.TakeAsync(adminPhone, $"{Provider}-k07-templates-phone-zh");
        await admin.GotoAsync("/enterprise/templates/pc-exhibitor/preview");
        (await admin.Locator("[data-testid=showcase-layout]").GetAttributeAsync("data-layout")).ShouldBe("profile");
        await Screenshots.TakeAsync(admin, $"{Provider}-k08-template-preview-profile-desktop-zh");
        await admin.GotoAsync("/enterprise/templates");
        await admin.ClickAsync("[data-testid=template][data-code=pc-brand-grid] [data-testid=template-select]");
        await admin.WaitForSelectorAsync("[data-testid=templates-done]");
        await admin.ClickAsync("[data-testid=template][data-code=pc-brand-grid] [data-testid=template-publish]");
        await admin.WaitForSelectorAsync("[data-testid=template][data-code=pc-brand-grid] [data-testid=template-in-use]");
        await using var visitorDesktop = await fixture.NewContextAsync();
        await using var visitorPhone = await fixture.NewContextAsync(390, 844);
        var buyer = await visitorDesktop.NewPageAsync();
        await buyer.GotoAsync($"/showcase/{enterpriseId}");
        (await buyer.Locator("[data-testid=showcase-layout]").GetAttributeAsync("data-layout")).ShouldBe("grid");
        await Screenshots.TakeAsync(buyer, $"{Provider}-k09-public-showcase-grid-desktop-zh");
        var buyerPhone = await visitorPhone.NewPageAsync();
        await buyerPhone.GotoAsync($"/showcase/{enterpriseId}");
        await Screenshots.TakeAsync(buyerPhone, $"{Provider}-k10-public-showcase-grid-phone-zh");

        var ciftis = await CiftisAdminAsync();
        await using var ciftisDesktop = await fixture.NewContextAsync();
        await using var ciftisPhone = await fixture.NewContextAsync(390, 844);
        var booth = await ciftisDesktop.NewPageAsync();
        await BrowserSteps.SignInAsync(booth, ciftis);
        await booth.GotoAsync("/enterprise/booth");
        (await booth.Locator("[data-testid=nav-booth]").CountAsync()).ShouldBe(1);
        await booth.FillAsync("#Name", "学而思网校官方旗舰店");
        await booth.FillAsync("#Tags", "网校; C++");
        await booth.ClickAsync("[data-testid=booth-submit]");
        await booth.WaitForSelectorAsync("[data-testid=error-Tags]");
        await Screenshots.TakeAsync(booth, $"{Provider}-k11-booth-errors-desktop-zh");
        await booth.CheckAsync("[data-field='Form.LogoMediaIds'] [data-testid=media-option] >> nth=2");
        await booth.CheckAsync("[data-field='Form.BannerMediaIds'] [data-testid=media-option] >> nth=0");
        await booth.CheckAsync("[data-field='Form.BannerMediaIds'] [data-testid=media-option] >> nth=1");
        await booth.FillAsync("#Tags", "网校；在线教育; Online school");
        await booth.FillAsync("#Intro", "为6-18岁孩子提供全学科课外教学。");
        await booth.FillAsync("#MainBusiness", "课程涵盖小学到高中全部学科。");
        await booth.SelectOptionAsync("#Area", "TwelveFields");
        await booth.FillAsync("#ContactName", "全国客服");
        await booth.FillAsync("#ContactPhone", "400-800-2211");
        await booth.FillAsync("#ContactEmail", "service@example.com");
        await booth.FillAsync("#Country", "中国");
        await booth.FillAsync("#Address", "回龙观东大街龙冠和谐大厦");
        await booth.ClickAsync("[data-testid=booth-submit]");
        await booth.WaitForSelectorAsync("[data-testid=booth-saved]");
        (await booth.Locator("[data-testid=booth-status]").GetAttributeAsync("data-status")).ShouldBe("Pending");
        await Screenshots.TakeAsync(booth, $"{Provider}-k12-booth-pending-desktop-zh");
        var boothPhone = await ciftisPhone.NewPageAsync();
        await BrowserSteps.SignInAsync(boothPhone, ciftis);
        await boothPhone.GotoAsync("/enterprise/booth");
        await Screenshots.TakeAsync(boothPhone, $"{Provider}-k13-booth-phone-zh");
    }
}

[Trait("Provider", "sqlite")]
public sealed class CatalogPagesJourneyTestsOnSqlite(BrowserFixture<SqliteDb> f) : CatalogPagesJourneyTests<SqliteDb>(f)
{
    protected override string Provider => "sqlite";
}

[Trait("Provider", "postgres")]
public sealed class CatalogPagesJourneyTestsOnPostgres(BrowserFixture<PostgresDb> f) : CatalogPagesJourneyTests<PostgresDb>(f)
{
    protected override string Provider => "postgres";
}

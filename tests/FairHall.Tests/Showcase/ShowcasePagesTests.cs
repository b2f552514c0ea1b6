using System.Globalization;
using FairHall.Modules.Catalog.Media;
using FairHall.Modules.Exhibitors;
using FairHall.Modules.Exhibitors.Showcase;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FairHall.Tests.Payments.PaymentsKit;
using static FairHall.Tests.Showcase.ShowcaseKit;

namespace FairHall.Tests.Showcase;

/// <summary>The edit page with its completeness meter and FAIR-7 list, and the public preview, in both languages.</summary>
[Trait("Req", "CAT-1")]
public abstract class ShowcasePagesTests<TDb>(AppFixture<TDb> fixture) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    [Theory]
    [InlineData("en", "Incomplete", "Introduction (English)", "Not a valid e-mail address.")]
    [InlineData("zh-CN", "资料未完善", "企业简介（英文）", "电子邮箱格式不正确。")]
    [Trait("Req", "FAIR-7")]
    [Trait("Req", "CAT-4")]
    public async Task Admin_sees_what_is_missing_saves_field_by_field_and_becomes_displayable(string language, string incomplete, string introEn, string badEmail)
    {
        var (enterpriseId, userName, _) = await Onboarding.OnboardingApi.NewExhibitorAsync(fixture.App, "GZ");
        await GiftBasicAsync(fixture.App, enterpriseId); // offline exhibitor; the deadline of session 140 has passed
        var logo = (await AssetsAsync(fixture.App, enterpriseId, MediaKind.Image))[0];
        using var browser = new Browserless(fixture.App, language);
        await browser.LoginAsync(userName);
        var page = await browser.GetAsync("/enterprise/showcase");
        page.QuerySelector("[data-testid=showcase-status]")!.TextContent.ShouldBe(incomplete);
        page.QuerySelectorAll("[data-testid=missing] li").Select(li => li.GetAttribute("data-field")).ShouldBe(EnterpriseShowcase.RequiredFields);
        page.QuerySelector("[data-testid=missing]")!.TextContent.ShouldContain(introEn);
        page.QuerySelector("[data-testid=completeness-percent]")!.TextContent.ShouldBe("0%");
        page.QuerySelector("[data-testid=badge-gate]")!.GetAttribute("data-blocked").ShouldBe("true");

        var fields = new Dictionary<string, string>
        {
            ["Form.IntroZh"] = "专业厨具制造商。",
            ["Form.IntroEn"] = "",
            ["Form.MainProductsZh"] = "炒锅",
            ["Form.MainProductsEn"] = "Woks",
            ["Form.LogoMediaId"] = logo.ToString(CultureInfo.InvariantCulture),
            ["Form.ContactName"] = "王",
            ["Form.ContactPhone"] = "020-12345678",
            ["Form.ContactEmail"] = "bad",
            ["Form.AddressZh"] = "广州",
            ["Form.AddressEn"] = "Guangzhou",
            ["Form.ContainsMap"] = "no",
        };
        page = await browser.SubmitAsync(page, "[data-testid=showcase-form]", fields);
        page.QuerySelector("[data-testid=error-ContactEmail]")!.TextContent.ShouldBe(badEmail);
        page.QuerySelector("#IntroZh")!.TextContent.ShouldBe("专业厨具制造商。"); // what was typed stays

        fields["Form.ContactEmail"] = "wang@example.com";
        page = await browser.SubmitAsync(page, "[data-testid=showcase-form]", fields);
        page.QuerySelector("[data-testid=showcase-saved]").ShouldNotBeNull();
        page.QuerySelectorAll("[data-testid=missing] li").Select(li => li.GetAttribute("data-field")).ShouldBe(["IntroEn"]);

        fields["Form.IntroEn"] = "A kitchenware maker.";
        page = await browser.SubmitAsync(page, "[data-testid=showcase-form]", fields);
        page.QuerySelector("[data-testid=showcase-status]")!.GetAttribute("data-status").ShouldBe("Displayable");
        page.QuerySelector("[data-testid=missing]").ShouldBeNull();
        page.QuerySelector("[data-testid=in-review]").ShouldNotBeNull();
        page.QuerySelector("[data-testid=no-listed]").ShouldNotBeNull();
        page.QuerySelector("[data-testid=logo-preview]").ShouldNotBeNull();
        page.QuerySelector("[data-testid=badge-fields]").ShouldBeNull(); // only the zones (none here) could still block
    }

    [Fact]
    public async Task Sub_accounts_are_denied_the_edit_page()
    {
        using var browser = new Browserless(fixture.App, "en");
        await browser.LoginAsync(DemoUsers.ExhibitorStaff);
        await browser.GetAsync("/enterprise/showcase");
        browser.LastResponse!.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/denied");
    }

    [Theory]
    [InlineData("en", "Stainless steel woks, stock pots, pressure cookers, kitchen knives", "Contact us")]
    [InlineData("zh-CN", "不锈钢炒锅、汤锅、压力锅、厨房刀具", "联系我们")]
    public async Task Demo_exhibitor_has_a_public_bilingual_showcase_others_are_not_found(string language, string mainProducts, string contact)
    {
        var demo = await fixture.App.WithDbAsync(db => db.Set<Enterprise>().Where(e => e.NameZh == "广东美味厨具有限公司").Select(e => e.Id).FirstAsync());
        using var visitor = new Browserless(fixture.App, language);
        var page = await visitor.GetAsync($"/showcase/{demo}");
        page.QuerySelector("[data-testid=showcase-name]")!.TextContent.ShouldBe("广东美味厨具有限公司");
        page.QuerySelector("[data-testid=main-products]")!.TextContent.ShouldBe(mainProducts);
        page.QuerySelector("[data-testid=showcase-contact] h2")!.TextContent.ShouldBe(contact);
        page.QuerySelectorAll("[data-testid=showcase-products] .card").Length.ShouldBeGreaterThanOrEqualTo(1);
        page.QuerySelector("[data-testid=showcase-logo]").ShouldNotBeNull();

        var (other, _, _) = await Onboarding.OnboardingApi.NewExhibitorAsync(fixture.App, "GZ");
        page = await visitor.GetAsync($"/showcase/{other}");
        page.QuerySelector("[data-code=not_found]").ShouldNotBeNull();
    }

    [Fact]
    [Trait("Req", "CAT-1")]
    public async Task Organizer_lists_showcases_with_filters_and_keyset_paging_and_bans_with_a_reason()
    {
        var (enterpriseId, _, _) = await Onboarding.OnboardingApi.NewExhibitorAsync(fixture.App, "GZ");
        var name = await fixture.App.WithDbAsync(async db =>
        {
            db.Add(new EnterpriseShowcase(enterpriseId, fixture.App.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
            return await db.Set<Enterprise>().Where(e => e.Id == enterpriseId).Select(e => e.NameZh).FirstAsync();
        });
        using var browser = new Browserless(fixture.App, "en");
        await browser.LoginAsync(DemoUsers.Organizer);

        var first = await browser.GetAsync("/console/showcases?limit=1");
        first.QuerySelectorAll("[data-testid=console-showcase]").Length.ShouldBe(1);
        var more = first.QuerySelector("[data-testid=console-showcases-more]")!.GetAttribute("href")!;
        var second = await browser.GetAsync(more);
        second.QuerySelector("[data-testid=console-showcase]")!.GetAttribute("data-id")
            .ShouldNotBe(first.QuerySelector("[data-testid=console-showcase]")!.GetAttribute("data-id")); // keyset: the next page starts after the last

        var page = await browser.GetAsync("/console/showcases?q=" + Uri.EscapeDataString(name));
        page.QuerySelectorAll("[data-testid=console-showcase]").Select(e => e.GetAttribute("data-id")).ShouldBe([enterpriseId.ToString(CultureInfo.InvariantCulture)]);
        var row = $"[data-testid=console-showcase][data-id='{enterpriseId}'] form";
        page = await browser.SubmitAsync(page, row, new Dictionary<string, string> { ["reason"] = " " });
        page.QuerySelector("[data-testid=ban-reason-required]").ShouldNotBeNull();
        page = await browser.SubmitAsync(page, row, new Dictionary<string, string> { ["reason"] = "Counterfeit brand" });
        page.QuerySelector("[data-testid=ban-done]")!.TextContent.ShouldContain("Banned");
        var banned = await browser.GetAsync("/console/showcases?status=Banned&q=" + Uri.EscapeDataString(name));
        banned.QuerySelector($"[data-testid=console-showcase][data-id='{enterpriseId}'] [data-testid=showcase-reason]")!.TextContent.ShouldBe("Counterfeit brand");
        (await browser.GetAsync("/console/showcases?status=Displayable&q=" + Uri.EscapeDataString(name))).QuerySelector("[data-testid=console-showcase]").ShouldBeNull();
        page = await browser.SubmitAsync(banned, row, new Dictionary<string, string>());
        page.QuerySelector("[data-testid=ban-done]")!.TextContent.ShouldNotContain("Banned"); // lifted (the Banned filter no longer lists it)
        (await fixture.App.WithDbAsync(db => db.Set<EnterpriseShowcase>().Where(x => x.EnterpriseId == enterpriseId).Select(x => x.Status).FirstAsync())).ShouldNotBe(ShowcaseStatus.Banned);
    }
}

[Trait("Provider", "sqlite")]
public sealed class ShowcasePagesTestsOnSqlite(AppFixture<SqliteDb> f) : ShowcasePagesTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class ShowcasePagesTestsOnPostgres(AppFixture<PostgresDb> f) : ShowcasePagesTests<PostgresDb>(f);

using FairHall.Modules.Exhibitors.Onboarding;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FairHall.Tests.Fairs.FairsApi;

namespace FairHall.Tests.Onboarding;

/// <summary>The onboarding pages through HTTP like a browser without JavaScript: field messages in both languages, nothing saved on errors.</summary>
public abstract class OnboardingPageTests<TDb>(AppFixture<TDb> fixture) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    [Theory]
    [Trait("Req", "FAIR-4")]
    [Trait("Req", "X-2")]
    [InlineData("zh-CN", "请选择1至10个参展展区。", "请上传营业执照。")]
    [InlineData("en", "Choose 1 to 10 zones.", "Upload the business licence.")]
    public async Task Qualification_page_shows_field_messages_in_the_users_language_and_saves_nothing(string language, string zones, string licence)
    {
        var (enterpriseId, userName, _) = await OnboardingApi.NewExhibitorAsync(fixture.App, "GZ");
        using var browser = new Browserless(fixture.App, language);
        await browser.LoginAsync(userName);
        var page = await browser.GetAsync("/enterprise/qualification");
        page.QuerySelector("[data-testid=qualification-status]")!.TextContent.ShouldBe(language == "en" ? "Pending" : "待审核");

        var after = await browser.SubmitAsync(page, "#qualification-form", new Dictionary<string, string> { ["Input.CreditCode"] = "123" });

        after.QuerySelector(".invalid-feedback[data-field=ZoneIds]")!.TextContent.ShouldBe(zones);
        after.QuerySelector(".invalid-feedback[data-field=LicenceFileId]")!.TextContent.ShouldBe(licence);
        after.QuerySelector(".invalid-feedback[data-field=CreditCode]").ShouldNotBeNull();
        (await fixture.App.WithDbAsync(db => db.Set<Qualification>().CountAsync(q => q.EnterpriseId == enterpriseId))).ShouldBe(0);
    }

    [Fact]
    [Trait("Req", "ROLE-5")]
    public async Task A_sub_account_cannot_open_the_qualification_page()
    {
        using var browser = new Browserless(fixture.App);
        await browser.LoginAsync(DemoUsers.ExhibitorStaff);
        await browser.GetAsync("/enterprise/qualification");
        browser.LastResponse!.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/denied");
    }

    [Theory]
    [Trait("Req", "FAIR-6")]
    [Trait("Req", "X-2")]
    [InlineData("zh-CN", "请至少选择一项参展目的。", "邀请码不存在，请核对。")]
    [InlineData("en", "Choose at least one purpose.", "This invitation code does not exist.")]
    public async Task Ciftis_registration_page_reports_fields_then_registers_with_a_code(string language, string purposes, string unknownCode)
    {
        using var browser = new Browserless(fixture.App, language);
        var page = await browser.GetAsync("/ciftis/register");
        var empty = await browser.SubmitAsync(page, "#ciftis-form", new Dictionary<string, string>());
        empty.QuerySelector(".invalid-feedback[data-field=Purposes]")!.TextContent.ShouldBe(purposes);
        empty.QuerySelectorAll(".invalid-feedback").Length.ShouldBeGreaterThan(8);

        var fields = new Dictionary<string, string>
        {
            ["Input.InvitationCode"] = "ZZZZ-ZZZZ-ZZZZ",
            ["Input.ParticipationType"] = "OnlineOnly",
            ["purposes"] = "peers",
            ["Input.Content"] = "会展服务",
            ["Input.Needs"] = "合作",
            ["Input.ContactName"] = "李女士",
            ["Input.ContactTitle"] = "经理",
            ["Input.ContactPhone"] = "13712345678",
            ["Input.ContactEmail"] = "li@example.com",
            ["Input.CompanyName"] = $"页面注册{Guid.NewGuid():N}"[..12],
            ["Input.Industry"] = "会展",
            ["Input.UnitNature"] = "Enterprise",
            ["Input.CompanyType"] = "Domestic",
            ["Input.IsMainland"] = "true",
            ["Input.CreditCode"] = "91350100M000100Y43",
            ["Input.Intro"] = new string('展', 60),
        };
        var unknown = await browser.SubmitAsync(empty, "#ciftis-form", fields);
        unknown.QuerySelector(".invalid-feedback[data-field=InvitationCode]")!.TextContent.ShouldBe(unknownCode);

        var institution = await fixture.ClientAsAsync(DemoUsers.Institution);
        var code = (await (await institution.PostJsonAsync("/api/v1/invitation-codes", new { count = 1 })).ReadAsync<CiftisTests<TDb>.BatchDto>()).Codes[0].Code;
        fields["Input.InvitationCode"] = code;
        var done = await browser.SubmitAsync(unknown, "#ciftis-form", fields);
        done.QuerySelector("[data-testid=registered]").ShouldNotBeNull();
        done.QuerySelector("[data-testid=registration-status]")!.TextContent.ShouldBe(language == "en" ? "Pending" : "待审核");
    }
}

[Trait("Provider", "sqlite")]
public sealed class OnboardingPageTestsOnSqlite(AppFixture<SqliteDb> f) : OnboardingPageTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class OnboardingPageTestsOnPostgres(AppFixture<PostgresDb> f) : OnboardingPageTests<PostgresDb>(f);

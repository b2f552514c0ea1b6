using FairHall.Modules.Accounts;
using FairHall.Modules.Exhibitors;
using FairHall.Modules.Fairs;
using FairHall.Platform.Data;
using FairHall.Platform.Outbox;
using FairHall.Platform.Security;
using FairHall.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FairHall.BrowserTests;

/// <summary>
/// A new exhibitor applies → the delegation rejects with a reason → the exhibitor sees it, fixes and resubmits →
/// the delegation approves → the exhibitor sees Enabled and the notification (FAIR-4, X-1), in both languages
/// and on a phone.
/// </summary>
[Trait("Req", "FAIR-4")]
[Trait("Req", "FAIR-5")]
[Trait("Req", "X-1")]
[Trait("Req", "ROLE-2")]
public abstract class QualificationJourneyTests<TDb>(BrowserFixture<TDb> fixture) : IClassFixture<BrowserFixture<TDb>> where TDb : TestDb, new()
{
    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n"u8.ToArray();

    protected abstract string Provider { get; }

    [Fact]
    public async Task Apply_reject_fix_resubmit_approve_and_see_enabled_with_the_notification()
    {
        var (userName, nameZh) = await NewExhibitorAsync("GZ");
        await using var exhibitorContext = await fixture.NewContextAsync();
        var exhibitor = await exhibitorContext.NewPageAsync();
        await BrowserSteps.SignInAsync(exhibitor, userName);

        await exhibitor.ClickAsync("[data-testid=nav-qualification]");
        await exhibitor.WaitForURLAsync("**/enterprise/qualification");
        (await exhibitor.Locator("[data-testid=qualification-status]").InnerTextAsync()).ShouldBe("待审核");
        await exhibitor.FillAsync("#nameZh", "");
        await exhibitor.ClickAsync("[data-testid=save]");
        (await exhibitor.Locator(".invalid-feedback").CountAsync()).ShouldBeGreaterThan(2);
        await Screenshots.TakeAsync(exhibitor, $"{Provider}-q01-qualification-errors-zh");

        await exhibitor.FillAsync("#nameZh", nameZh);
        await exhibitor.FillAsync("#nameEn", "Journey Kitchenware Co., Ltd.");
        await exhibitor.FillAsync("#creditCode", "91440300708461136T");
        await exhibitor.FillAsync("#region", "广东省广州市");
        await exhibitor.SetInputFilesAsync("#licence", new FilePayload { Name = "营业执照.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await exhibitor.Locator("#taxpayer").SelectOptionAsync("General");
        await exhibitor.Locator("[data-testid=zone]").Nth(0).CheckAsync();
        await exhibitor.Locator("[data-testid=zone]").Nth(1).CheckAsync();
        await exhibitor.CheckAsync("#poverty");
        await exhibitor.Locator("#county").SelectOptionAsync("520526");
        await exhibitor.ClickAsync("[data-testid=save]");
        await exhibitor.WaitForSelectorAsync("[data-testid=saved]");
        (await exhibitor.Locator("[data-testid=licence-current]").InnerTextAsync()).ShouldContain("营业执照.pdf");
        await Screenshots.TakeAsync(exhibitor, $"{Provider}-q02-qualification-submitted-zh");

        await using var reviewerContext = await fixture.NewContextAsync(locale: "en-US");
        var reviewer = await reviewerContext.NewPageAsync();
        await BrowserSteps.SignInAsync(reviewer, DemoUsers.Delegation);
        await reviewer.ClickAsync("[data-testid=nav-review]");
        await reviewer.WaitForURLAsync("**/review");
        var row = reviewer.Locator("[data-testid=review-row]", new PageLocatorOptions { HasText = nameZh });
        (await row.CountAsync()).ShouldBe(1);
        (await row.Locator("[data-testid=summary-CreditCode]").InnerTextAsync()).ShouldBe("9144**********136T");
        await Screenshots.TakeAsync(reviewer, $"{Provider}-q03-review-queue-en");
        await row.Locator("[data-testid=review-link]").ClickAsync();
        await reviewer.WaitForSelectorAsync("[data-testid=snapshot]");
        (await reviewer.Locator("[data-testid=field-CreditCode]").InnerTextAsync()).ShouldBe("91440300708461136T");
        await reviewer.ClickAsync("[data-testid=reject]");
        (await reviewer.Locator(".invalid-feedback[data-field=Reason]").InnerTextAsync()).ShouldBe("Enter the reason for the rejection.");
        await reviewer.FillAsync("[data-testid=reason]", "注册地应与营业执照一致：广东省广州市天河区");
        await Screenshots.TakeAsync(reviewer, $"{Provider}-q04-review-detail-en");
        await reviewer.ClickAsync("[data-testid=reject]");
        await reviewer.WaitForSelectorAsync("[data-testid=done]");

        await exhibitor.GotoAsync("/enterprise/qualification");
        (await exhibitor.Locator("[data-testid=qualification-status]").InnerTextAsync()).ShouldBe("审核驳回");
        (await exhibitor.Locator("[data-testid=rejection-reason]").InnerTextAsync()).ShouldBe("注册地应与营业执照一致：广东省广州市天河区");
        await Screenshots.TakeAsync(exhibitor, $"{Provider}-q05-qualification-rejected-zh");
        await exhibitor.FillAsync("#region", "广东省广州市天河区");
        await exhibitor.ClickAsync("[data-testid=save]");
        await exhibitor.WaitForSelectorAsync("[data-testid=saved]");
        (await exhibitor.Locator("[data-testid=qualification-status]").InnerTextAsync()).ShouldBe("待审核");

        await reviewer.GotoAsync("/review");
        await reviewer.Locator("[data-testid=review-row]", new PageLocatorOptions { HasText = nameZh }).Locator("[data-testid=review-link]").ClickAsync();
        await reviewer.WaitForSelectorAsync("[data-testid=history]");
        (await reviewer.Locator("[data-testid=history-row]").CountAsync()).ShouldBe(3);
        await reviewer.ClickAsync("[data-testid=approve]");
        await reviewer.WaitForSelectorAsync("[data-testid=done]");

        await fixture.App.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync();
        await exhibitor.GotoAsync("/enterprise/qualification");
        (await exhibitor.Locator("[data-testid=qualification-status]").InnerTextAsync()).ShouldBe("已启用");
        (await exhibitor.Locator("[data-testid=enabled]").InnerTextAsync()).ShouldContain("脱贫地区企业身份已获交易团确认");
        await Screenshots.TakeAsync(exhibitor, $"{Provider}-q06-qualification-enabled-zh");
        await exhibitor.ClickAsync("[data-testid=nav-notifications]");
        (await exhibitor.Locator("body").InnerTextAsync()).ShouldContain("企业资质审核通过");
        await Screenshots.TakeAsync(exhibitor, $"{Provider}-q07-notifications-zh");

        await exhibitor.ClickAsync("[data-testid=lang-en]");
        await exhibitor.GotoAsync("/enterprise/qualification");
        (await exhibitor.Locator("[data-testid=qualification-status]").InnerTextAsync()).ShouldBe("Enabled");
        await Screenshots.TakeAsync(exhibitor, $"{Provider}-q08-qualification-enabled-en");
    }

    [Fact]
    public async Task Qualification_form_and_review_queue_fit_a_phone_screen()
    {
        var (userName, _) = await NewExhibitorAsync("GZ");
        await using var context = await fixture.NewContextAsync(width: 390, height: 844);
        var page = await context.NewPageAsync();
        await BrowserSteps.SignInAsync(page, userName);
        await page.GotoAsync("/enterprise/qualification");
        await Screenshots.TakeAsync(page, $"{Provider}-q09-qualification-phone-zh");
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1")).ShouldBeFalse();

        await using var reviewerContext = await fixture.NewContextAsync(width: 390, height: 844);
        var reviewer = await reviewerContext.NewPageAsync();
        await BrowserSteps.SignInAsync(reviewer, DemoUsers.Delegation);
        await reviewer.GotoAsync("/review?status=all");
        await Screenshots.TakeAsync(reviewer, $"{Provider}-q10-review-queue-phone-zh");
        (await reviewer.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1")).ShouldBeFalse();
    }

    [Fact]
    [Trait("Req", "FAIR-3")]
    [Trait("Req", "FAIR-6")]
    public async Task Eligibility_console_invitation_codes_and_ciftis_registration_render_in_both_languages_and_on_a_phone()
    {
        await using var organizerContext = await fixture.NewContextAsync(locale: "en-US");
        var organizer = await organizerContext.NewPageAsync();
        await BrowserSteps.SignInAsync(organizer, DemoUsers.Organizer);
        await organizer.GotoAsync("/console");
        await organizer.ClickAsync("[data-testid=nav-eligibility]");
        await organizer.WaitForURLAsync("**/console/eligibility");
        await organizer.Locator("#file").SetInputFilesAsync(new FilePayload
        {
            Name = "offline.csv",
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes("企业名称,联营企业,展区,展位号\n广州白云五金制品有限公司,,P1-01,1.1A01\n,缺名称,P1-02,1.1A02\n"),
        });
        await organizer.ClickAsync("[data-testid=upload]");
        await organizer.WaitForSelectorAsync("[data-testid=preview]");
        await Screenshots.TakeAsync(organizer, $"{Provider}-q11-import-preview-en");
        await organizer.ClickAsync("[data-testid=start]");
        await organizer.WaitForSelectorAsync("[data-testid=job-status]:text('Completed')", new PageWaitForSelectorOptions { Timeout = 20000 });
        await Screenshots.TakeAsync(organizer, $"{Provider}-q12-import-done-en");
        await organizer.GotoAsync("/console/eligibility");
        (await organizer.Locator("[data-testid=eligibility-row]").CountAsync()).ShouldBeGreaterThan(0);
        await Screenshots.TakeAsync(organizer, $"{Provider}-q13-eligibility-console-en");

        await using var phone = await fixture.NewContextAsync(width: 390, height: 844);
        var institution = await phone.NewPageAsync();
        await BrowserSteps.SignInAsync(institution, DemoUsers.Institution);
        await institution.GotoAsync("/invitation-codes");
        await institution.ClickAsync("[data-testid=generate]");
        await institution.WaitForSelectorAsync("[data-testid=generated]");
        await Screenshots.TakeAsync(institution, $"{Provider}-q14-invitation-codes-phone-zh");
        (await institution.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1")).ShouldBeFalse();
        var code = await institution.Locator("[data-testid=code-row] td").First.InnerTextAsync();

        var visitor = await phone.NewPageAsync();
        await visitor.GotoAsync("/ciftis/register");
        await visitor.FillAsync("#code", code);
        await visitor.CheckAsync("#pt-online");
        await visitor.CheckAsync("#purpose-partners");
        await visitor.FillAsync("#content", "数字会展服务");
        await visitor.FillAsync("#needs", "寻找合作伙伴");
        await visitor.FillAsync("#contactName", "陈女士");
        await visitor.FillAsync("#contactTitle", "市场总监");
        await visitor.FillAsync("#contactPhone", "13612345678");
        await visitor.FillAsync("#contactEmail", "chen@example.com");
        await visitor.FillAsync("#companyName", "北京云展数字科技有限公司" + Guid.NewGuid().ToString("N")[..4]);
        await visitor.FillAsync("#industry", "会展服务");
        await visitor.Locator("#unitNature").SelectOptionAsync("Enterprise");
        await visitor.Locator("#companyType").SelectOptionAsync("Domestic");
        await visitor.FillAsync("#creditCode", "91110000802100433B");
        await visitor.FillAsync("#intro", new string('云', 20) + "我们为展会主办方提供线上展厅、直播与商务匹配服务，服务覆盖全国主要城市。");
        await visitor.ClickAsync("[data-testid=submit]");
        await visitor.WaitForSelectorAsync("[data-testid=registered]");
        (await visitor.Locator("[data-testid=registration-status]").InnerTextAsync()).ShouldBe("待审核");
        await Screenshots.TakeAsync(visitor, $"{Provider}-q15-ciftis-registered-phone-zh");
        (await visitor.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1")).ShouldBeFalse();
    }

    private async Task<(string UserName, string NameZh)> NewExhibitorAsync(string delegationCode)
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FairHallDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var delegationId = await db.Set<Delegation>().Where(d => d.Code == delegationCode).Select(d => d.Id).FirstAsync();
        var nameZh = $"广州旅程厨具{tag}有限公司";
        var enterprise = new Enterprise { NameZh = nameZh, NameEn = $"Journey {tag}", DelegationId = delegationId, CreatedAt = fixture.App.Clock.GetUtcNow() };
        db.Add(enterprise);
        await db.SaveChangesAsync();
        var user = new User { UserName = $"journey-{tag}", DisplayName = "旅程 管理员", EnterpriseId = enterprise.Id, PhoneNumber = "13900139000", PhoneNumberConfirmed = true, CreatedAt = fixture.App.Clock.GetUtcNow() };
        (await users.CreateAsync(user, DemoUsers.Password)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, Roles.ExhibitorAdmin)).Succeeded.ShouldBeTrue();
        return (user.UserName, nameZh);
    }
}

[Trait("Provider", "sqlite")]
public sealed class QualificationJourneyOnSqlite(BrowserFixture<SqliteDb> f) : QualificationJourneyTests<SqliteDb>(f)
{
    protected override string Provider => "sqlite";
}

[Trait("Provider", "postgres")]
public sealed class QualificationJourneyOnPostgres(BrowserFixture<PostgresDb> f) : QualificationJourneyTests<PostgresDb>(f)
{
    protected override string Provider => "postgres";
}

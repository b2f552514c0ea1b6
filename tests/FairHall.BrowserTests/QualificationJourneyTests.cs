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
        await SignInAsync(exhibitor, userName);

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
        await SignInAsync(reviewer, DemoUsers.Delegation);
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
        await SignInAsync(page, userName);
        await page.GotoAsync("/enterprise/qualification");
        await Screenshots.TakeAsync(page, $"{Provider}-q09-qualification-phone-zh");
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1")).ShouldBeFalse();

        await using var reviewerContext = await fixture.NewContextAsync(width: 390, height: 844);
        var reviewer = await reviewerContext.NewPageAsync();
        await SignInAsync(reviewer, DemoUsers.Delegation);
        await reviewer.GotoAsync("/review?status=all");
        await Screenshots.TakeAsync(reviewer, $"{Provider}-q10-review-queue-phone-zh");
        (await reviewer.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1")).ShouldBeFalse();
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

    private static async Task SignInAsync(IPage page, string userName)
    {
        await page.GotoAsync("/login");
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", DemoUsers.Password);
        await page.ClickAsync("[data-testid=login-submit]");
        await page.WaitForURLAsync("**/account");
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

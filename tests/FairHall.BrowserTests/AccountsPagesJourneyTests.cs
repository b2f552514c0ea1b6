using FairHall.Platform.Notifications;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace FairHall.BrowserTests;

/// <summary>
/// ACC-3/7/8 on a phone (390×844): CIFTIS registration with the code step, forgotten password, and the
/// delegation's account care page; screenshots in both languages for people to look at.
/// </summary>
[Trait("Req", "ACC-3")]
[Trait("Req", "ACC-7")]
[Trait("Req", "ACC-8")]
public abstract class AccountsPagesJourneyTests<TDb>(BrowserFixture<TDb> fixture) : IClassFixture<BrowserFixture<TDb>> where TDb : TestDb, new()
{
    protected abstract string Provider { get; }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task Register_as_an_enterprise_on_a_phone_then_recover_the_password(string locale)
    {
        var tag = $"{Provider}-acc2-{(locale == "en" ? "en" : "zh")}-phone";
        await using var context = await fixture.NewContextAsync(width: 390, height: 844, locale: locale);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/register");
        (await page.Locator("[data-testid=type-chooser] a").CountAsync()).ShouldBe(6);
        await Screenshots.TakeAsync(page, $"{tag}-01-register-types");
        await BrowserSteps.NoOverflowAsync(page);

        await page.ClickAsync("[data-testid=type-ExhibitorEnterprise]");
        await page.WaitForURLAsync("**/register?type=ExhibitorEnterprise");
        await page.ClickAsync("[data-testid=register-submit]");
        (await page.Locator(".invalid-feedback").CountAsync()).ShouldBeGreaterThan(3);
        await Screenshots.TakeAsync(page, $"{tag}-02-register-errors");
        await BrowserSteps.NoOverflowAsync(page);

        var phone = "135" + Random.Shared.Next(10_000_000, 99_999_999);
        var identifier = "br-" + Guid.NewGuid().ToString("N")[..8];
        await page.FillAsync("#phone", phone);
        await page.FillAsync("#enterpriseName", "浏览器服务贸易有限公司" + identifier);
        await page.FillAsync("#identifier", identifier);
        await page.FillAsync("#username", "wangfang");
        await page.ClickAsync("[data-testid=send-code]");
        (await page.Locator("[data-testid=code-sent]").CountAsync()).ShouldBe(1);
        (await page.InputValueAsync("#identifier")).ShouldBe(identifier);
        await page.FillAsync("#code", await SmsCodeAsync(phone));
        await page.FillAsync("#password", "browser2026");
        await Screenshots.TakeAsync(page, $"{tag}-03-register-code-sent");
        await BrowserSteps.NoOverflowAsync(page);
        await page.ClickAsync("[data-testid=register-submit]");
        (await page.Locator("[data-testid=new-identifier]").InnerTextAsync()).ShouldBe(identifier);
        await Screenshots.TakeAsync(page, $"{tag}-04-registered");
        await BrowserSteps.NoOverflowAsync(page);

        await context.ClearCookiesAsync();
        await page.GotoAsync("/login");
        await page.ClickAsync("[data-testid=org-forgot-link]");
        await page.WaitForURLAsync("**/account/forgot-password");
        await page.FillAsync("#identifier", identifier);
        await page.FillAsync("#username", "wangfang");
        await page.ClickAsync("[data-testid=send-code]");
        (await page.Locator("[data-testid=code-sent]").CountAsync()).ShouldBe(1);
        await page.FillAsync("#code", await SmsCodeAsync(phone));
        await page.FillAsync("#newPassword", "renewed2027");
        await Screenshots.TakeAsync(page, $"{tag}-05-forgot-password");
        await BrowserSteps.NoOverflowAsync(page);
        await page.ClickAsync("[data-testid=reset-submit]");
        (await page.Locator("[data-testid=password-changed]").CountAsync()).ShouldBe(1);

        await page.GotoAsync("/login");
        await page.FillAsync("#identifier", identifier);
        await page.FillAsync("#org-username", "wangfang");
        await page.FillAsync("#org-password", "renewed2027");
        await page.ClickAsync("[data-testid=org-login-submit]");
        await page.WaitForURLAsync("**/account");
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task The_delegation_sees_its_enterprises_accounts_on_a_phone(string locale)
    {
        var tag = $"{Provider}-acc2-{(locale == "en" ? "en" : "zh")}-phone";
        await using var context = await fixture.NewContextAsync(width: 390, height: 844, locale: locale);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await Screenshots.TakeAsync(page, $"{tag}-06-login");
        await page.FillAsync("#username", DemoUsers.Delegation);
        await page.FillAsync("#password", DemoUsers.Password);
        await page.ClickAsync("[data-testid=login-submit]");
        await page.WaitForURLAsync("**/account");

        await page.GotoAsync("/delegation/accounts");
        (await page.Locator("[data-testid=account-row]").CountAsync()).ShouldBeGreaterThanOrEqualTo(4);
        (await page.Locator("[data-testid=locked]").CountAsync()).ShouldBeGreaterThanOrEqualTo(1);
        await Screenshots.TakeAsync(page, $"{tag}-07-delegation-accounts");
        await BrowserSteps.NoOverflowAsync(page);
    }

    private async Task<string> SmsCodeAsync(string phone)
    {
        var text = await fixture.App.WithDbAsync(db => db.Set<SmsMessage>().Where(m => m.Phone == phone).OrderByDescending(m => m.Id).Select(m => m.Text).FirstAsync());
        return BrowserSteps.CodeIn(text);
    }
}

[Trait("Provider", "sqlite")]
public sealed class AccountsPagesJourneyOnSqlite(BrowserFixture<SqliteDb> f) : AccountsPagesJourneyTests<SqliteDb>(f)
{
    protected override string Provider => "sqlite";
}

[Trait("Provider", "postgres")]
public sealed class AccountsPagesJourneyOnPostgres(BrowserFixture<PostgresDb> f) : AccountsPagesJourneyTests<PostgresDb>(f)
{
    protected override string Provider => "postgres";
}

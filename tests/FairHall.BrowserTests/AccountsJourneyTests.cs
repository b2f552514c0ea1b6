using FairHall.Platform.Notifications;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace FairHall.BrowserTests;

/// <summary>
/// ACC-1/2/4/5 in a real browser: an exhibitor registers, binds its phone with the code from the SMS outbox,
/// creates a sub-account and binds it to zones; the sub-account signs in and binds its own phone.
/// </summary>
[Trait("Req", "ACC-1")]
[Trait("Req", "ACC-2")]
[Trait("Req", "ACC-4")]
[Trait("Req", "ACC-5")]
public abstract class AccountsJourneyTests<TDb>(BrowserFixture<TDb> fixture) : IClassFixture<BrowserFixture<TDb>> where TDb : TestDb, new()
{
    protected abstract string Provider { get; }

    [Theory]
    [InlineData("zh-CN", 1280)]
    [InlineData("en", 390)]
    [InlineData("zh-CN", 390)]
    public async Task Register_bind_phone_create_sub_account_bind_zones_sub_account_binds_its_phone(string locale, int width)
    {
        var tag = $"{Provider}-acc-{(locale == "en" ? "en" : "zh")}{(width < 500 ? "-phone" : "")}";
        await using var context = await fixture.NewContextAsync(width: width, height: 900, locale: locale);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/register/exhibitor");
        await page.ClickAsync("[data-testid=register-submit]");
        (await page.Locator(".invalid-feedback").CountAsync()).ShouldBeGreaterThan(2);
        await Screenshots.TakeAsync(page, $"{tag}-01-register-errors");
        await BrowserSteps.NoOverflowAsync(page);

        var name = "浏览器测试企业" + Guid.NewGuid().ToString("N")[..6];
        var phone = "137" + Random.Shared.Next(10_000_000, 99_999_999);
        await page.FillAsync("#nameZh", name);
        await page.FillAsync("#nameEn", "Browser Test Co., Ltd.");
        await page.Locator("#delegation").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.FillAsync("#contact", "陈经理");
        await page.FillAsync("#phone", phone);
        await page.ClickAsync("[data-testid=register-submit]");
        var password = await page.Locator("[data-testid=new-password]").InnerTextAsync();
        password.Length.ShouldBe(8);
        await Screenshots.TakeAsync(page, $"{tag}-02-registered");

        await page.ClickAsync("[data-testid=continue]");
        await page.WaitForURLAsync("**/account/bind-phone");
        (await page.InputValueAsync("#phone")).ShouldBe(phone);
        await BindAsync(page, phone, $"{tag}-03-bind-phone");

        await page.GotoAsync("/enterprise/accounts");
        await page.FillAsync("#displayName", "展区负责人 小王");
        await page.ClickAsync("[data-testid=create]");
        var subName = await page.Locator("[data-testid=secret-username]").InnerTextAsync();
        var subPassword = await page.Locator("[data-testid=new-password]").InnerTextAsync();
        await Screenshots.TakeAsync(page, $"{tag}-04-sub-account-created");
        await BrowserSteps.NoOverflowAsync(page);

        await page.Locator("[data-testid=account-row]", new PageLocatorOptions { HasText = subName }).Locator("[data-testid=zones]").ClickAsync();
        await page.Locator("input[name=zone]").Nth(0).CheckAsync();
        await page.Locator("input[name=zone]").Nth(2).CheckAsync();
        await page.ClickAsync("[data-testid=save-zones]");
        (await page.Locator("[data-testid=zones-saved]").CountAsync()).ShouldBe(1);
        (await page.Locator("input[name=zone]:checked").CountAsync()).ShouldBe(2);
        await Screenshots.TakeAsync(page, $"{tag}-05-zones");
        await BrowserSteps.NoOverflowAsync(page);

        await page.GotoAsync("/enterprise/accounts");
        (await page.Locator("[data-testid=account-row]", new PageLocatorOptions { HasText = subName }).InnerTextAsync()).ShouldContain("2");

        await context.ClearCookiesAsync();
        await page.GotoAsync("/login");
        await page.FillAsync("#username", subName);
        await page.FillAsync("#password", subPassword);
        await page.ClickAsync("[data-testid=login-submit]");
        await page.WaitForURLAsync("**/account/bind-phone");
        var subPhone = "136" + Random.Shared.Next(10_000_000, 99_999_999);
        await page.FillAsync("#phone", subPhone);
        await BindAsync(page, subPhone, $"{tag}-06-sub-account-bind-phone");
        (await page.Locator("[data-testid=role]").CountAsync()).ShouldBe(1);
    }

    private async Task BindAsync(IPage page, string phone, string screenshot)
    {
        await page.ClickAsync("[data-testid=send-code]");
        (await page.Locator("[data-testid=code-sent]").CountAsync()).ShouldBe(1);
        // The organizer would read it on /console/sms: the sandbox outbox is the sms_messages table.
        var text = await fixture.App.WithDbAsync(db => db.Set<SmsMessage>().Where(m => m.Phone == phone).OrderByDescending(m => m.Id).Select(m => m.Text).FirstAsync());
        await page.FillAsync("#code", BrowserSteps.CodeIn(text));
        await Screenshots.TakeAsync(page, screenshot);
        await BrowserSteps.NoOverflowAsync(page);
        await page.ClickAsync("[data-testid=bind-submit]");
        await page.WaitForURLAsync("**/account?phone=bound");
    }
}

[Trait("Provider", "sqlite")]
public sealed class AccountsJourneyOnSqlite(BrowserFixture<SqliteDb> f) : AccountsJourneyTests<SqliteDb>(f)
{
    protected override string Provider => "sqlite";
}

[Trait("Provider", "postgres")]
public sealed class AccountsJourneyOnPostgres(BrowserFixture<PostgresDb> f) : AccountsJourneyTests<PostgresDb>(f)
{
    protected override string Provider => "postgres";
}

using FairHall.Modules.Accounts;
using FairHall.Modules.Exhibitors;
using FairHall.Modules.Exhibitors.Onboarding;
using FairHall.Modules.Fairs;
using FairHall.Platform.Data;
using FairHall.Platform.Security;
using FairHall.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FairHall.BrowserTests;

/// <summary>
/// The admin compares the tiers, buys B for this session and the next through the sandbox cashier (the
/// "simulate payment" button sends a signed callback over HTTP), and sees the entitlement — in both
/// languages and on a phone.
/// </summary>
[Trait("Req", "PKG-1")]
[Trait("Req", "PKG-4")]
[Trait("Req", "PKG-9")]
[Trait("Req", "PKG-10")]
public abstract class PackagesJourneyTests<TDb>(BrowserFixture<TDb> fixture) : IClassFixture<BrowserFixture<TDb>> where TDb : TestDb, new()
{
    protected abstract string Provider { get; }

    [Fact]
    public async Task Compare_buy_b_for_this_and_the_next_session_pay_in_the_sandbox_and_see_the_entitlement()
    {
        var userName = await GiftedExhibitorAsync();
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserSteps.SignInAsync(page, userName);

        await page.ClickAsync("[data-testid=nav-packages]");
        await page.WaitForSelectorAsync("[data-testid=tier-table]");
        (await page.Locator("[data-testid=tier-table]").InnerTextAsync()).ShouldContain("¥6,000.00");
        await Screenshots.TakeAsync(page, $"{Provider}-p01-tiers-zh");

        await page.CheckAsync("#tier-B");
        await page.CheckAsync("#for-next");
        await page.ClickAsync("[data-testid=buy]");
        (await page.Locator("[data-code=validation_failed]").CountAsync()).ShouldBe(1); // agreement not ticked
        await page.CheckAsync("#tier-B");
        await page.CheckAsync("#for-next");
        await page.CheckAsync("#agree");
        await page.ClickAsync("[data-testid=buy]");
        await page.WaitForURLAsync("**/pay/**");
        (await page.Locator("[data-testid=amount]").InnerTextAsync()).ShouldBe("¥9,812.15");
        (await page.Locator("[data-testid=qr]").GetAttributeAsync("src"))!.ShouldStartWith("data:image/png;base64,");
        await Screenshots.TakeAsync(page, $"{Provider}-p02-cashier-zh");

        await page.ClickAsync("[data-testid=simulate]");
        await page.WaitForURLAsync("**/enterprise/packages?paid=1");
        (await page.Locator("[data-testid=current-tier]").InnerTextAsync()).ShouldBe("B套餐");
        (await page.Locator("[data-testid=quotas]").InnerTextAsync()).ShouldContain("1 / 30");
        (await page.Locator("[data-testid=orders]").InnerTextAsync()).ShouldContain("已支付");
        await Screenshots.TakeAsync(page, $"{Provider}-p03-usage-zh");

        // PKG-9: the admin requests the e-invoice after paying and downloads it.
        await page.ClickAsync("[data-testid=to-invoices]");
        await page.WaitForURLAsync("**/enterprise/invoices");
        (await page.Locator("[data-testid=invoice-type] option").AllInnerTextsAsync()).ShouldBe(["增值税普通发票"]); // no qualification: type unknown
        await page.ClickAsync("[data-testid=request-invoice]");
        await page.WaitForSelectorAsync("[data-testid=invoice-issued]");
        var invoiceNo = await page.Locator("[data-testid=invoice-no]").InnerTextAsync();
        invoiceNo.ShouldStartWith("SBX");
        await Screenshots.TakeAsync(page, $"{Provider}-p08-invoices-zh");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=invoice-xml]"));
        download.SuggestedFilename.ShouldBe(invoiceNo + ".xml");
        (await File.ReadAllTextAsync((await download.PathAsync())!)).ShouldContain("<Total>9812.15</Total>");
        await page.GotoAsync(await page.Locator("[data-testid=invoice-html]").GetAttributeAsync("href") ?? "");
        (await page.Locator("body").InnerTextAsync()).ShouldContain("套餐旅程");
        await Screenshots.TakeAsync(page, $"{Provider}-p09-invoice-document");
        await page.GotoAsync("/enterprise/packages");

        await page.ClickAsync("[data-testid=lang-en]");
        await page.GotoAsync("/enterprise/packages");
        (await page.Locator("[data-testid=current-tier]").InnerTextAsync()).ShouldBe("Package B");
        await Screenshots.TakeAsync(page, $"{Provider}-p04-usage-en");
        await page.GotoAsync("/packages");
        await Screenshots.TakeAsync(page, $"{Provider}-p05-tiers-en");
        await page.GotoAsync("/enterprise/invoices");
        (await page.Locator("[data-testid=invoices]").InnerTextAsync()).ShouldContain("VAT ordinary invoice");
        await Screenshots.TakeAsync(page, $"{Provider}-p10-invoices-en");
    }

    [Fact]
    [Trait("Req", "PKG-2")]
    public async Task The_organizer_edits_a_tier_with_field_messages_in_both_languages()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.FillAsync("#username", DemoUsers.Organizer);
        await page.FillAsync("#password", DemoUsers.Password);
        await page.ClickAsync("[data-testid=login-submit]");
        await page.WaitForURLAsync("**/account");
        await page.GotoAsync("/console");
        await page.ClickAsync("[data-testid=nav-console-packages]");
        await page.WaitForSelectorAsync("[data-testid=tiers]");
        await page.ClickAsync("[data-testid=edit-B]");
        await page.FillAsync("#price", "6000.555");
        await page.FillAsync("#q-accounts", "0");
        await page.ClickAsync("[data-testid=save]");
        (await page.Locator(".invalid-feedback").AllInnerTextsAsync()).ShouldBe(["请输入金额（元），最多两位小数，如 6000 或 499.50。"]);
        await Screenshots.TakeAsync(page, $"{Provider}-p11-console-packages-zh");

        await page.ClickAsync("[data-testid=lang-en]");
        await page.GotoAsync("/console/packages?tier=B");
        await page.FillAsync("#q-accounts", "0");
        await page.ClickAsync("[data-testid=save]");
        (await page.Locator(".invalid-feedback").AllInnerTextsAsync()).ShouldBe(["At least one enabled account."]);
        await Screenshots.TakeAsync(page, $"{Provider}-p12-console-packages-en");
        await page.FillAsync("#q-accounts", "30");
        await page.ClickAsync("[data-testid=save]");
        await page.WaitForSelectorAsync("[data-testid=saved]");
    }

    [Fact]
    public async Task Tier_comparison_and_usage_fit_a_phone_screen()
    {
        var userName = await GiftedExhibitorAsync();
        await using var context = await fixture.NewContextAsync(width: 390, height: 844);
        var page = await context.NewPageAsync();
        await BrowserSteps.SignInAsync(page, userName);
        await page.GotoAsync("/packages");
        await Screenshots.TakeAsync(page, $"{Provider}-p06-tiers-phone-zh");
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1")).ShouldBeFalse();
        // Stacked cards instead of the table: package C needs no sideways scroll.
        (await page.Locator("[data-testid=tier-table]").IsVisibleAsync()).ShouldBeFalse();
        (await page.Locator("[data-testid=tier-card-C]").IsVisibleAsync()).ShouldBeTrue();
        (await page.EvaluateAsync<bool>("[...document.querySelectorAll('[data-testid^=tier-card]')].every(c => c.scrollWidth <= c.clientWidth + 1 && c.getBoundingClientRect().right <= window.innerWidth)")).ShouldBeTrue();
        await page.GotoAsync("/enterprise/packages");
        await Screenshots.TakeAsync(page, $"{Provider}-p07-usage-phone-zh");
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1")).ShouldBeFalse();
    }

    private async Task<string> GiftedExhibitorAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FairHallDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var delegationId = await db.Set<Delegation>().Where(d => d.Code == "GZ").Select(d => d.Id).FirstAsync();
        var enterprise = new Enterprise { NameZh = $"套餐旅程{tag}有限公司", NameEn = $"Package Journey {tag}", DelegationId = delegationId, CreatedAt = fixture.App.Clock.GetUtcNow() };
        db.Add(enterprise);
        await db.SaveChangesAsync();
        var sessionId = await db.Set<Session>().Where(s => s.Number == 140).Select(s => s.Id).FirstAsync();
        var eligibility = new EligibilityRecord(sessionId, enterprise.Id);
        eligibility.GrantAutomatically(EligibilityKind.OfflineExhibitor, "journey", fixture.App.Clock.GetUtcNow());
        db.Add(eligibility);
        await db.SaveChangesAsync();
        var user = new User { UserName = $"pkg-{tag}", DisplayName = "套餐 管理员", EnterpriseId = enterprise.Id, PhoneNumber = "13900139001", PhoneNumberConfirmed = true, CreatedAt = fixture.App.Clock.GetUtcNow() };
        (await users.CreateAsync(user, DemoUsers.Password)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, Roles.ExhibitorAdmin)).Succeeded.ShouldBeTrue();
        return user.UserName;
    }
}

[Trait("Provider", "sqlite")]
public sealed class PackagesJourneyOnSqlite(BrowserFixture<SqliteDb> f) : PackagesJourneyTests<SqliteDb>(f)
{
    protected override string Provider => "sqlite";
}

[Trait("Provider", "postgres")]
public sealed class PackagesJourneyOnPostgres(BrowserFixture<PostgresDb> f) : PackagesJourneyTests<PostgresDb>(f)
{
    protected override string Provider => "postgres";
}

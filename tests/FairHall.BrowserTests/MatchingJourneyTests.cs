using FairHall.Modules.Accounts;
using FairHall.Modules.Catalog;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace FairHall.BrowserTests;

/// <summary>
/// BUY-3: demo.buyer opens "for you" without interests and is asked to pick some, picks the zone and the category of
/// the demo exhibitor's listed products on /my/interests, saves, and sees those products recommended with the reason.
/// Screenshots of both pages at 1280 and 390 px (the phone in English).
/// </summary>
[Trait("Req", "BUY-3")]
public abstract class MatchingJourneyTests<TDb>(BrowserFixture<TDb> fixture) : IClassFixture<BrowserFixture<TDb>> where TDb : TestDb, new()
{
    protected abstract string Provider { get; }

    /// <summary>A public demo product: its id, zone and category.</summary>
    private Task<(long Id, long ZoneId, string Category)> DemoProductAsync() =>
        fixture.App.WithDbAsync(async db =>
        {
            var enterprise = await db.Users.Where(u => u.UserName == DemoUsers.ExhibitorAdmin).Select(u => u.EnterpriseId).FirstAsync();
            var p = await db.Set<Product>().Where(p => p.EnterpriseId == enterprise && p.Status == ProductStatus.Listed && !p.IsHidden).OrderBy(p => p.Id).FirstAsync();
            return (p.Id, p.ZoneId, p.Category);
        });

    [Fact]
    public async Task Buyer_without_interests_is_asked_to_pick_picks_a_zone_and_a_category_and_sees_matching_products_with_the_reason()
    {
        var (productId, zoneId, category) = await DemoProductAsync();
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserSteps.SignInAsync(page, DemoUsers.Buyer);
        await page.GotoAsync("/my/recommendations");
        await page.WaitForSelectorAsync("[data-testid=recommendations-pick]");
        await page.ClickAsync("[data-testid=recommendations-pick-button]");
        await page.WaitForSelectorAsync("[data-testid=interests-form]");
        await page.SelectOptionAsync("[data-testid=interest-industry]", "goods");
        await page.Locator("details[data-testid=interest-zone]", new() { Has = page.Locator($"input[data-key='zone:{zoneId}']") }).Locator("summary").ClickAsync();
        await page.Locator($"label[for='{await page.GetAttributeAsync($"input[data-key='zone:{zoneId}']", "id")}']").ClickAsync();
        await page.Locator($"label[for='{await page.GetAttributeAsync($"input[data-key='cat:{category}']", "id")}']").ClickAsync();
        await BrowserSteps.NoOverflowAsync(page);
        await Screenshots.TakeAsync(page, $"matching-interests-desktop-{Provider}");
        await page.ClickAsync("[data-testid=interests-save]");
        await page.WaitForSelectorAsync("[data-testid=interests-saved]");
        (await page.Locator("input[data-testid=interest-tag]:checked").CountAsync()).ShouldBe(2);

        await page.ClickAsync("[data-testid=interests-see]");
        await page.WaitForSelectorAsync($"[data-testid=recommendations-product] [data-testid=recommendation][data-kind=product][data-id='{productId}']");
        var reason = await page.Locator($"[data-testid=recommendation][data-kind=product][data-id='{productId}'] [data-testid=recommendation-reason]").TextContentAsync();
        reason!.ShouldBe($"匹配您的兴趣：{category}"); // category (2) outweighs the zone (1)
        await BrowserSteps.NoOverflowAsync(page);
        await Screenshots.TakeAsync(page, $"matching-recommendations-desktop-{Provider}");
        await page.GotoAsync("/");
        await page.WaitForSelectorAsync($"[data-testid=home-recommended] [data-testid=recommendation][data-kind=product][data-id='{productId}']");
        await BrowserSteps.NoOverflowAsync(page);
        await Screenshots.TakeAsync(page, $"matching-home-desktop-{Provider}");

        await using var phoneContext = await fixture.NewContextAsync(width: 390, height: 844, locale: "en");
        var phone = await phoneContext.NewPageAsync();
        await BrowserSteps.SignInAsync(phone, DemoUsers.Buyer);
        await phone.GotoAsync("/my/recommendations");
        await phone.WaitForSelectorAsync($"[data-testid=recommendation][data-kind=product][data-id='{productId}']");
        (await phone.Locator($"[data-testid=recommendation][data-kind=product][data-id='{productId}'] [data-testid=recommendation-reason]").TextContentAsync())!.ShouldStartWith("Matches your interest: ");
        await BrowserSteps.FitsAsync(phone, tablesMayScroll: false);
        await Screenshots.TakeAsync(phone, $"matching-recommendations-phone-{Provider}");
        await phone.GotoAsync("/my/interests");
        await phone.WaitForSelectorAsync("[data-testid=interests-form]");
        await BrowserSteps.FitsAsync(phone, tablesMayScroll: false);
        await Screenshots.TakeAsync(phone, $"matching-interests-phone-{Provider}");
    }
}

[Trait("Provider", "sqlite")]
public sealed class MatchingJourneyOnSqlite(BrowserFixture<SqliteDb> f) : MatchingJourneyTests<SqliteDb>(f)
{
    protected override string Provider => "sqlite";
}

[Trait("Provider", "postgres")]
public sealed class MatchingJourneyOnPostgres(BrowserFixture<PostgresDb> f) : MatchingJourneyTests<PostgresDb>(f)
{
    protected override string Provider => "postgres";
}

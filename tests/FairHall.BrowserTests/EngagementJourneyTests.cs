using FairHall.Modules.Accounts;
using FairHall.Modules.Catalog;
using FairHall.Modules.Discovery;
using FairHall.Modules.Engagement;
using FairHall.Modules.Packages;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FairHall.BrowserTests;

/// <summary>
/// demo.buyer searches 水杯 and "cup", opens a product, favorites it, stays a few seconds and sends an intent; the
/// view beacon is flushed; demo.exhibitor sees the lead (views ≥ 1, masked contact) and the intent. Screenshots of
/// /my/favorites and /enterprise/leads at 1280 and 390 px (BUY-2, ORD-4, ORD-1).
/// </summary>
[Trait("Req", "BUY-2")]
[Trait("Req", "ORD-4")]
[Trait("Req", "ORD-1")]
public abstract class EngagementJourneyTests<TDb>(BrowserFixture<TDb> fixture) : IClassFixture<BrowserFixture<TDb>> where TDb : TestDb, new()
{
    protected abstract string Provider { get; }

    private async Task<long> ArrangeAsync()
    {
        var id = await fixture.App.WithDbAsync(async db =>
        {
            var now = fixture.App.Clock.GetUtcNow();
            var session = (await Sessions.CurrentAsync(db, fixture.App.Clock, CancellationToken.None))!.Id;
            var enterprise = await db.Users.Where(u => u.UserName == DemoUsers.ExhibitorAdmin).Select(u => u.EnterpriseId!.Value).FirstAsync();
            var staff = await db.Users.Where(u => u.UserName == DemoUsers.ExhibitorStaff).Select(u => u.Id).FirstAsync();
            var zone = await db.Set<AccountZone>().Where(z => z.UserId == staff).OrderBy(z => z.ZoneId).Select(z => z.ZoneId).FirstAsync();
            var product = new Product(enterprise, session, new ProductDetails(zone, "双层真空保温水杯", "Double-wall vacuum cup", "316 不锈钢，保温 12 小时", "316 steel, keeps warm 12 h", "杯壶", "暖途", "浙江永康", null, 6900, null, "500个", true), now);
            (product.Submit(now) ?? product.Approve(now) ?? product.List(now)).ShouldBeNull();
            db.Add(product);
            await db.SaveChangesAsync();
            return product.Id;
        });
        await using var scope = fixture.App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ProductIndexer>().RefreshAsync([id], CancellationToken.None);
        return id;
    }

    [Fact]
    public async Task Buyer_finds_favorites_views_and_sends_an_intent_exhibitor_sees_the_lead_and_the_intent()
    {
        var productId = await ArrangeAsync();
        await using var buyerContext = await fixture.NewContextAsync();
        var buyer = await buyerContext.NewPageAsync();
        await BrowserSteps.SignInAsync(buyer, DemoUsers.Buyer);
        await buyer.GotoAsync("/search");
        await buyer.GetByTestId("search-q").FillAsync("水杯");
        await buyer.GetByTestId("search-submit").ClickAsync();
        await buyer.WaitForSelectorAsync($"[data-testid=search-hit][data-id='{productId}']");
        await buyer.GetByTestId("search-q").FillAsync("cup");
        await buyer.GetByTestId("search-submit").ClickAsync();
        await buyer.WaitForURLAsync("**/search?q=cup*");
        await buyer.ClickAsync($"[data-testid=search-hit][data-id='{productId}'] [data-testid=search-hit-name]");
        await buyer.WaitForSelectorAsync("[data-testid=engage-bar]");

        await buyer.ClickAsync("[data-testid=favorite-button][data-on=false]");
        await buyer.WaitForSelectorAsync("[data-testid=favorite-button][data-on=true]");
        new Uri(buyer.Url).AbsolutePath.ShouldBe($"/products/{productId}");
        await buyer.WaitForTimeoutAsync(3000); // a few visible seconds
        await buyer.FillAsync("[data-testid=intent-quantity]", "200");
        await buyer.FillAsync("[data-testid=intent-budget]", "12000");
        await buyer.ClickAsync("[data-testid=intent-submit]");
        await buyer.WaitForSelectorAsync("[data-testid=intent-sent]");

        // The beacons left with the page; the flusher (a timer in production) writes them.
        var flusher = fixture.App.Services.GetRequiredService<ViewFlusher>();
        ItemView? row = null;
        for (var i = 0; i < 50 && row is not { Seconds: >= 2 }; i++)
        {
            await flusher.FlushAsync(CancellationToken.None);
            row = await fixture.App.WithDbAsync(db => db.Set<ItemView>().AsNoTracking().FirstOrDefaultAsync(v => v.Kind == EngageKind.Product && v.ItemId == productId));
            if (row is not { Seconds: >= 2 })
            {
                await Task.Delay(200);
            }
        }

        row.ShouldNotBeNull();
        row.Views.ShouldBeGreaterThanOrEqualTo(1);
        row.Seconds.ShouldBeGreaterThanOrEqualTo(2);

        await buyer.GotoAsync("/my/favorites");
        await buyer.WaitForSelectorAsync($"[data-testid=favorite-row][data-id='{productId}'][data-available=true]");
        await BrowserSteps.NoOverflowAsync(buyer);
        await Screenshots.TakeAsync(buyer, $"engage-favorites-desktop-{Provider}");

        await using var exhibitorContext = await fixture.NewContextAsync();
        var exhibitor = await exhibitorContext.NewPageAsync();
        await BrowserSteps.SignInAsync(exhibitor, DemoUsers.ExhibitorAdmin);
        await exhibitor.GotoAsync("/enterprise/leads");
        await exhibitor.ClickAsync("[data-testid=lead-tab-product]");
        var lead = exhibitor.Locator("[data-testid=lead-row]").Filter(new LocatorFilterOptions { HasText = "双层真空保温水杯" });
        (await lead.CountAsync()).ShouldBe(1);
        int.Parse((await lead.GetAttributeAsync("data-views"))!, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(1);
        (await lead.InnerTextAsync()).ShouldContain("demo.buyer");
        await BrowserSteps.NoOverflowAsync(exhibitor);
        await Screenshots.TakeAsync(exhibitor, $"engage-leads-desktop-{Provider}");
        await exhibitor.GotoAsync("/enterprise/orders?status=Pending");
        await exhibitor.WaitForSelectorAsync("[data-testid=order-row]");
        (await exhibitor.Locator("[data-testid=order-row]").Filter(new LocatorFilterOptions { HasText = "双层真空保温水杯" }).CountAsync()).ShouldBe(1);

        // Phone width.
        await using var phoneContext = await fixture.NewContextAsync(width: 390, height: 844);
        var phone = await phoneContext.NewPageAsync();
        await BrowserSteps.SignInAsync(phone, DemoUsers.Buyer);
        await phone.GotoAsync("/my/favorites");
        await phone.WaitForSelectorAsync($"[data-testid=favorite-row][data-id='{productId}']");
        await BrowserSteps.FitsAsync(phone);
        await Screenshots.TakeAsync(phone, $"engage-favorites-phone-{Provider}");
        await phone.GotoAsync($"/products/{productId}");
        await phone.WaitForSelectorAsync("[data-testid=favorite-button][data-on=true]");
        await BrowserSteps.FitsAsync(phone);
        await Screenshots.TakeAsync(phone, $"engage-product-phone-{Provider}");

        await using var staffPhoneContext = await fixture.NewContextAsync(width: 390, height: 844, locale: "en");
        var staffPhone = await staffPhoneContext.NewPageAsync();
        await BrowserSteps.SignInAsync(staffPhone, DemoUsers.ExhibitorStaff);
        await staffPhone.GotoAsync("/culture?c=en&r=/enterprise/leads");
        await staffPhone.WaitForSelectorAsync("[data-testid=lead-card]");
        await BrowserSteps.FitsAsync(staffPhone);
        await Screenshots.TakeAsync(staffPhone, $"engage-leads-phone-{Provider}");
    }
}

[Trait("Provider", "sqlite")]
public sealed class EngagementJourneyOnSqlite(BrowserFixture<SqliteDb> f) : EngagementJourneyTests<SqliteDb>(f)
{
    protected override string Provider => "sqlite";
}

[Trait("Provider", "postgres")]
public sealed class EngagementJourneyOnPostgres(BrowserFixture<PostgresDb> f) : EngagementJourneyTests<PostgresDb>(f)
{
    protected override string Provider => "postgres";
}

using FairHall.Modules.Engagement;
using FairHall.Platform.Security;
using FairHall.Tests.Accounts;
using FairHall.Tests.Infrastructure;
using static FairHall.Tests.Engagement.EngagementKit;
using static FairHall.Tests.Orders.OrdersKit;

namespace FairHall.Tests.Engagement;

/// <summary>The favorite button (plain form post), /my/favorites and /enterprise/leads through the pages.</summary>
public abstract class EngagementPageTests<TDb>(AppFixture<TDb> fixture) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    [Fact]
    [Trait("Req", "BUY-2")]
    [Trait("Req", "ORD-4")]
    public async Task A_buyer_favorites_from_the_product_page_sees_it_in_my_favorites_and_the_exhibitor_sees_the_lead()
    {
        var enterprise = await DemoEnterpriseAsync(fixture.App);
        var (zone, _) = await ZonesAsync(fixture.App);
        var id = await ProductAsync(fixture.App, enterprise, zone, "页面收藏杯");

        using var anonymous = new Browserless(fixture.App);
        var open = await anonymous.GetAsync($"/products/{id}");
        open.QuerySelector("[data-testid=favorite-sign-in]")!.GetAttribute("href").ShouldBe($"/login?returnUrl={Uri.EscapeDataString($"/products/{id}")}");
        open.QuerySelector("[data-testid=view-count]")!.GetAttribute("data-views").ShouldBe("0");
        open.QuerySelector("script[src*='views']").ShouldNotBeNull();

        var buyerName = await fixture.App.CreateUserAsync(Roles.Buyer, u => u.PhoneNumber = "13900001111");
        using var buyer = new Browserless(fixture.App);
        await buyer.LoginAsync(buyerName);
        var page = await buyer.GetAsync($"/products/{id}");
        page.QuerySelector("[data-testid=favorite-button]")!.GetAttribute("data-on").ShouldBe("false");
        var after = await buyer.SubmitAsync(page, "[data-testid=favorite-form]", new Dictionary<string, string>());
        buyer.LastResponse!.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe($"/products/{id}");
        after.QuerySelector("[data-testid=favorite-button]")!.GetAttribute("data-on").ShouldBe("true");
        await buyer.SubmitAsync(page, "[data-testid=favorite-form]", new Dictionary<string, string>()); // the stale page clicks again: still one
        (await StatAsync(fixture.App, EngageKind.Product, id))!.Favorites.ShouldBe(1);

        var mine = await buyer.GetAsync("/my/favorites");
        mine.QuerySelector($"[data-testid=favorite-row][data-id='{id}']").ShouldNotBeNull();
        (await buyer.GetAsync("/my/favorites?kind=booth")).QuerySelector("[data-testid=no-favorites]").ShouldNotBeNull();

        using var exhibitor = new Browserless(fixture.App);
        await exhibitor.LoginAsync(DemoUsers.ExhibitorAdmin);
        var leads = await exhibitor.GetAsync("/enterprise/leads?kind=product");
        var row = leads.QuerySelectorAll("[data-testid=lead-row]").Single(r => r.TextContent.Contains(buyerName, StringComparison.Ordinal));
        row.QuerySelector("[data-testid=lead-phone]")!.TextContent.ShouldBe("139****1111");
        leads.QuerySelector("[data-testid=nav-leads]").ShouldNotBeNull();

        // Removing from the list takes it away.
        var removed = await buyer.SubmitAsync(mine, $"[data-testid=favorite-row][data-id='{id}'] form", new Dictionary<string, string>());
        removed.QuerySelector($"[data-testid=favorite-row][data-id='{id}']").ShouldBeNull();
        (await StatAsync(fixture.App, EngageKind.Product, id))!.Favorites.ShouldBe(0);
    }

    [Fact]
    [Trait("Req", "BUY-2")]
    public async Task The_favorite_form_sends_anonymous_visitors_to_sign_in_and_never_redirects_off_site()
    {
        using var client = fixture.Anonymous();
        var response = await client.PostAsync("/favorites", new FormUrlEncodedContent(new Dictionary<string, string> { ["kind"] = "product", ["id"] = "1", ["on"] = "true", ["returnUrl"] = "https://evil.example/" }));
        // Without an antiforgery token the post is refused outright.
        ((int)response.StatusCode).ShouldBe(400);
    }
}

[Trait("Provider", "sqlite")]
public sealed class EngagementPageTestsOnSqlite(AppFixture<SqliteDb> f) : EngagementPageTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class EngagementPageTestsOnPostgres(AppFixture<PostgresDb> f) : EngagementPageTests<PostgresDb>(f);

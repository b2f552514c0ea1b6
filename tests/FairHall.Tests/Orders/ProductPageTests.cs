using System.Net;
using FairHall.Tests.Accounts;
using FairHall.Tests.Infrastructure;
using static FairHall.Tests.Orders.OrdersKit;

namespace FairHall.Tests.Orders;

/// <summary>The public product page and its API (BUY-1): what shows, what is 404, caching, and sending an intent from it (ORD-1).</summary>
[Trait("Req", "BUY-1")]
public abstract class ProductPageTests<TDb>(AppFixture<TDb> fixture) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    public sealed record PublicDto(long Id, string NameZh, long? PriceFen, string ZoneCode, long EnterpriseId, bool HasShowcase, List<SimilarDto> Similar);

    public sealed record SimilarDto(long Id, string NameZh);

    [Fact]
    public async Task A_listed_product_shows_to_anyone_with_price_facts_showcase_link_and_similar_products()
    {
        var enterprise = await DemoEnterpriseAsync(fixture.App);
        var (zone, _) = await ZonesAsync(fixture.App);
        var id = await ProductAsync(fixture.App, enterprise, zone, "页面测试水杯", priceFen: 12345, category: "水杯类");
        var similar = await ProductAsync(fixture.App, enterprise, zone, "同类水杯", category: "水杯类");
        var hiddenSimilar = await ProductAsync(fixture.App, enterprise, zone, "隐藏水杯", category: "水杯类", tweak: (p, now) => p.Show(true, now).ShouldBeNull());
        var noQuote = await ProductAsync(fixture.App, enterprise, zone, "无价水杯", priceFen: null);

        using var anonymous = new Browserless(fixture.App);
        var page = await anonymous.GetAsync($"/products/{id}");
        anonymous.LastResponse!.StatusCode.ShouldBe(HttpStatusCode.OK);
        anonymous.LastResponse.Headers.CacheControl!.Public.ShouldBeTrue();
        anonymous.LastResponse.Headers.CacheControl.MaxAge.ShouldBe(TimeSpan.FromSeconds(60));
        page.QuerySelector("[data-testid=product-name]")!.TextContent.ShouldContain("页面测试水杯");
        page.QuerySelector("[data-testid=product-price]")!.TextContent.Trim().ShouldBe("¥123.45");
        page.QuerySelector("[data-testid=product-facts]")!.TextContent.ShouldContain("美味");
        page.QuerySelector("[data-testid=product-facts]")!.TextContent.ShouldContain("100件");
        page.QuerySelector("[data-testid=product-showcase-link]")!.GetAttribute("href").ShouldBe($"/showcase/{enterprise}");
        var similarIds = page.QuerySelectorAll("[data-testid=similar-product]").Select(e => long.Parse(e.GetAttribute("data-id")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        similarIds.ShouldContain(similar);
        similarIds.ShouldNotContain(hiddenSimilar);
        similarIds.ShouldNotContain(id);
        page.QuerySelector("[data-testid=intent-sign-in]").ShouldNotBeNull();
        page.QuerySelector("[data-testid=intent-form]").ShouldBeNull();

        (await anonymous.GetAsync($"/products/{noQuote}")).QuerySelector("[data-testid=product-price]")!.TextContent.Trim().ShouldBe("暂无报价");
        using var english = new Browserless(fixture.App, "en");
        (await english.GetAsync($"/products/{noQuote}")).QuerySelector("[data-testid=product-price]")!.TextContent.Trim().ShouldBe("No quote");

        var api = await (await fixture.Anonymous().GetAsync($"/api/v1/products/{id}")).ReadAsync<PublicDto>();
        api.PriceFen.ShouldBe(12345);
        api.HasShowcase.ShouldBeTrue();
        api.Similar[0].Id.ShouldBe(similar); // same category first
    }

    [Fact]
    public async Task Unlisted_hidden_banned_and_other_session_products_are_not_found()
    {
        var enterprise = await DemoEnterpriseAsync(fixture.App);
        var (zone, _) = await ZonesAsync(fixture.App);
        var ids = new[]
        {
            await ProductAsync(fixture.App, enterprise, zone, list: false),
            await ProductAsync(fixture.App, enterprise, zone, tweak: (p, now) => p.Show(true, now).ShouldBeNull()),
            await ProductAsync(fixture.App, enterprise, zone, tweak: (p, now) => p.Ban("违规", now).ShouldBeNull()),
            await ProductAsync(fixture.App, enterprise, zone, tweak: (p, now) => p.Delist(now).ShouldBeNull()),
            await ProductAsync(fixture.App, enterprise, await fixture.App.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
                db.Set<Modules.Fairs.Zone>().Where(z => db.Set<Modules.Fairs.Session>().Any(s => s.Id == z.SessionId && s.Number == 136)).Select(z => z.Id))), sessionNumber: 136),
            999_999_999L,
        };
        using var anonymous = new Browserless(fixture.App);
        var buyer = new Browserless(fixture.App);
        await buyer.LoginAsync(DemoUsers.Buyer);
        foreach (var id in ids)
        {
            await anonymous.GetAsync($"/products/{id}");
            anonymous.LastResponse!.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"product {id}");
            await buyer.GetAsync($"/products/{id}");
            buyer.LastResponse!.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"product {id}");
            (await Problem.ReadAsync(await fixture.Anonymous().GetAsync($"/api/v1/products/{id}"), HttpStatusCode.NotFound)).Code.ShouldBe("not_found");
        }
    }

    [Fact]
    [Trait("Req", "ORD-1")]
    [Trait("Req", "ORD-2")]
    public async Task A_buyer_sends_an_intent_from_the_page_and_the_exhibitor_handles_it_on_its_pages()
    {
        var enterprise = await DemoEnterpriseAsync(fixture.App);
        var (zone, _) = await ZonesAsync(fixture.App);
        var id = await ProductAsync(fixture.App, enterprise, zone, "表单意向水杯");
        using var buyer = new Browserless(fixture.App);
        await buyer.LoginAsync(DemoUsers.Buyer);
        var page = await buyer.GetAsync($"/products/{id}");
        var invalid = await buyer.SubmitAsync(page, "[data-testid=intent-form]", new Dictionary<string, string> { ["Input.Quantity"] = "0", ["Input.Budget"] = "1.234" });
        invalid.QuerySelector("[data-field=budgetFen]").ShouldNotBeNull();
        var sent = await buyer.SubmitAsync(page, "[data-testid=intent-form]", new Dictionary<string, string> { ["Input.Quantity"] = "20", ["Input.Budget"] = "800.50", ["Input.Note"] = "样品先寄" });
        buyer.LastResponse!.RequestMessage!.RequestUri!.AbsolutePath.ShouldStartWith("/my/orders/");
        sent.QuerySelector("[data-testid=intent-sent]").ShouldNotBeNull();
        sent.QuerySelector("[data-testid=order-status]")!.GetAttribute("data-status").ShouldBe("Pending");
        sent.QuerySelector("[data-testid=order-budget]")!.TextContent.ShouldBe("¥800.50");
        var orderPath = buyer.LastResponse.RequestMessage.RequestUri.AbsolutePath;
        var orderId = orderPath.Split('/')[^1];

        using var exhibitor = new Browserless(fixture.App);
        await exhibitor.LoginAsync(DemoUsers.ExhibitorAdmin);
        var list = await exhibitor.GetAsync("/enterprise/orders?status=Pending");
        list.QuerySelector($"[data-testid=order-row][data-id='{orderId}']").ShouldNotBeNull();
        var detail = await exhibitor.GetAsync($"/enterprise/orders/{orderId}");
        var asked = await exhibitor.SubmitAsync(detail, "[data-testid=handle-form]", new Dictionary<string, string> { ["Step.Action"] = "AskBuyer", ["Step.Amount"] = "15,000", ["Step.Note"] = "含税" });
        asked.QuerySelector("[data-testid=order-status]")!.GetAttribute("data-status").ShouldBe("AwaitingBuyer");
        asked.QuerySelector("[data-testid=order-amount]")!.TextContent.ShouldBe("¥15,000.00");
        var stale = await exhibitor.SubmitAsync(detail, "[data-testid=handle-form]", new Dictionary<string, string> { ["Step.Action"] = "ConfirmDeal", ["Step.Amount"] = "1" });
        stale.QuerySelector("[data-code=conflict]").ShouldNotBeNull(); // the page read an older version

        var mine = await buyer.GetAsync(orderPath);
        var deal = await buyer.SubmitAsync(mine, "[data-testid=respond-form]", new Dictionary<string, string> { ["Answer.Action"] = "BuyerConfirm" });
        deal.QuerySelector("[data-testid=order-status]")!.GetAttribute("data-status").ShouldBe("Deal");
        deal.QuerySelectorAll("[data-testid=timeline-step]").Select(e => e.GetAttribute("data-status")).ShouldBe(["Pending", "AwaitingBuyer", "Deal"]);
        (await exhibitor.GetAsync($"/enterprise/orders/{orderId}")).QuerySelectorAll("[data-testid=log-entry]").Length.ShouldBe(3);

        // Another buyer's order page is not found.
        using var other = new Browserless(fixture.App);
        await other.LoginAsync(await fixture.App.CreateUserAsync(global::FairHall.Platform.Security.Roles.Buyer, _ => { }));
        await other.GetAsync(orderPath);
        other.LastResponse!.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

[Trait("Provider", "sqlite")]
public sealed class ProductPageTestsOnSqlite(AppFixture<SqliteDb> f) : ProductPageTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class ProductPageTestsOnPostgres(AppFixture<PostgresDb> f) : ProductPageTests<PostgresDb>(f);

using FairHall.Modules.Catalog;
using FairHall.Modules.Discovery;
using FairHall.Modules.Fairs;
using FairHall.Modules.Packages;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace FairHall.BrowserTests;

/// <summary>
/// An anonymous buyer searches on a phone (水杯), then on a desktop in English (cup), filters by zone, sorts and
/// pages; matches are highlighted and a product without price shows 暂无报价 / "No quote" (BUY-1, X-2).
/// </summary>
[Trait("Req", "BUY-1")]
[Trait("Req", "X-2")]
public abstract class SearchJourneyTests<TDb>(BrowserFixture<TDb> fixture) : IClassFixture<BrowserFixture<TDb>> where TDb : TestDb, new()
{
    private static readonly (string Zh, string En, string Category, long? Price, bool New, int Zone)[] Products =
    [
        ("不锈钢保温水杯 500毫升", "Stainless steel vacuum cup, 500 ml", "杯壶", 5900, true, 0),
        ("玻璃水杯", "Glass water cup", "杯壶", 1500, false, 0),
        ("儿童吸管水杯", "Kids straw cup", "杯壶", null, true, 0),
        ("陶瓷马克杯", "Ceramic mug", "杯壶", 1800, false, 0),
        ("一次性纸杯", "Disposable paper cups", "杯壶", null, false, 0),
        ("茶杯套装", "Tea cup set", "杯壶", 9900, false, 1),
        ("硅胶杯垫", "Silicone cup coaster", "家纺", 300, false, 1),
        ("实木橱柜", "Kitchen cupboard", "家具", 250000, false, 1),
        ("LED台灯", "LED desk lamp", "灯具", 9900, true, 1),
        ("运动水壶", "Sports water bottle", "杯壶", 3500, false, 0),
    ];

    protected abstract string Provider { get; }

    private async Task<List<long>> ArrangeAsync()
    {
        var zones = await fixture.App.WithDbAsync(async db =>
        {
            var now = fixture.App.Clock.GetUtcNow();
            var session = (await Sessions.CurrentAsync(db, fixture.App.Clock, CancellationToken.None))!.Id;
            var zoneIds = await db.Set<Zone>().Where(z => z.SessionId == session && z.IsActive).OrderBy(z => z.SortOrder).ThenBy(z => z.Id).Select(z => z.Id).Take(2).ToListAsync();
            var enterprise = await db.Users.Where(u => u.UserName == DemoUsers.ExhibitorAdmin).Select(u => u.EnterpriseId!.Value).FirstAsync();
            var i = 0;
            foreach (var p in Products)
            {
                var at = now.AddMinutes(i++);
                var product = new Product(enterprise, session, new ProductDetails(zoneIds[p.Zone], p.Zh, p.En, "", "", p.Category, null, "浙江", null, p.Price, null, null, p.New), at);
                (product.Submit(at) ?? product.Approve(at) ?? product.List(at)).ShouldBeNull();
                db.Add(product);
            }

            await db.SaveChangesAsync();
            return zoneIds;
        });
        await using var scope = fixture.App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ProductIndexer>().RebuildAsync(null, CancellationToken.None);
        return zones;
    }

    [Fact]
    public async Task Buyer_searches_on_a_phone_and_a_desktop_filters_sorts_and_pages()
    {
        var zones = await ArrangeAsync();

        await using var phoneContext = await fixture.NewContextAsync(width: 390, height: 844);
        var phone = await phoneContext.NewPageAsync();
        await phone.GotoAsync("/search");
        await phone.GetByTestId("search-q").FillAsync("水杯");
        await phone.GetByTestId("search-submit").ClickAsync();
        await phone.WaitForURLAsync("**/search?q=*");
        (await phone.GetByTestId("search-hit").CountAsync()).ShouldBe(3);
        (await phone.GetByTestId("search-count").InnerTextAsync()).ShouldContain("共 3 件展品");
        (await phone.Locator("[data-testid=search-hit] mark").First.InnerTextAsync()).ShouldBe("水杯");
        (await phone.GetByTestId("search-results").InnerTextAsync()).ShouldContain("暂无报价");
        await BrowserSteps.NoOverflowAsync(phone);
        await Screenshots.TakeAsync(phone, $"{Provider}-s01-search-phone-zh");

        await using var desktopContext = await fixture.NewContextAsync(locale: "en");
        var desktop = await desktopContext.NewPageAsync();
        await desktop.GotoAsync("/culture?c=en&r=/search");
        await desktop.GetByTestId("search-q").FillAsync("cup");
        await desktop.GetByTestId("search-submit").ClickAsync();
        await desktop.WaitForURLAsync("**/search?q=cup*");
        (await desktop.GetByTestId("search-count").InnerTextAsync()).ShouldContain("7 products");
        (await desktop.GetByTestId("search-hit-name").First.InnerHTMLAsync()).ShouldContain("<mark>");
        (await desktop.GetByTestId("search-results").InnerTextAsync()).ShouldContain("No quote");
        await Screenshots.TakeAsync(desktop, $"{Provider}-s02-search-desktop-en");

        await desktop.GetByTestId("search-zone").SelectOptionAsync(zones[1].ToString(System.Globalization.CultureInfo.InvariantCulture));
        await desktop.GetByTestId("search-sort").SelectOptionAsync("newest");
        await desktop.GetByTestId("search-submit").ClickAsync();
        await desktop.WaitForURLAsync("**sort=newest*");
        var names = await desktop.GetByTestId("search-hit-name").AllInnerTextsAsync();
        names.ShouldBe(["Kitchen cupboard", "Silicone cup coaster", "Tea cup set"]);
        await Screenshots.TakeAsync(desktop, $"{Provider}-s03-search-zone-newest-en");

        // Keyset pages of three: every result once, then no next page.
        await desktop.GotoAsync("/search?q=cup&size=3");
        var seen = new List<string>();
        while (true)
        {
            seen.AddRange(await desktop.GetByTestId("search-hit-name").AllInnerTextsAsync());
            var next = desktop.GetByTestId("search-next");
            if (await next.CountAsync() == 0)
            {
                break;
            }

            await next.ClickAsync();
            await desktop.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        }

        seen.Count.ShouldBe(7);
        seen.Distinct().Count().ShouldBe(7);
    }
}

[Trait("Provider", "sqlite")]
public sealed class SearchJourneyOnSqlite(BrowserFixture<SqliteDb> f) : SearchJourneyTests<SqliteDb>(f)
{
    protected override string Provider => "sqlite";
}

[Trait("Provider", "postgres")]
public sealed class SearchJourneyOnPostgres(BrowserFixture<PostgresDb> f) : SearchJourneyTests<PostgresDb>(f)
{
    protected override string Provider => "postgres";
}

using System.Net;
using FairHall.Modules.Discovery;
using FairHall.Modules.Engagement;
using FairHall.Platform.Security;
using FairHall.Tests.Accounts;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FairHall.Tests.Engagement.EngagementKit;
using static FairHall.Tests.Orders.OrdersKit;

namespace FairHall.Tests.Engagement;

/// <summary>Favorites, the view beacon and its flush, hot lists, the search feed and leads through the API.</summary>
public abstract class EngagementApiTests<TDb>(AppFixture<TDb> fixture) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    private async Task<long> ListedAsync(string name = "收藏测试水杯", bool bound = true)
    {
        var enterprise = await DemoEnterpriseAsync(fixture.App);
        var (b, u) = await ZonesAsync(fixture.App);
        return await ProductAsync(fixture.App, enterprise, bound ? b : u, name);
    }

    [Fact]
    [Trait("Req", "BUY-2")]
    public async Task Favorites_are_idempotent_for_buyers_only_and_only_of_public_items()
    {
        var id = await ListedAsync();
        var buyer = await fixture.ClientAsAsync(DemoUsers.Buyer);
        var twice = await Task.WhenAll(buyer.PutAsync($"/api/v1/my/favorites/product/{id}", null), buyer.PutAsync($"/api/v1/my/favorites/product/{id}", null));
        twice.Select(r => r.StatusCode).ShouldAllBe(s => s == HttpStatusCode.OK);
        var first = await twice[0].ReadAsync<FavoriteDto>();
        (await twice[1].ReadAsync<FavoriteDto>()).Id.ShouldBe(first.Id);
        (await (await buyer.PutAsync($"/api/v1/my/favorites/product/{id}", null)).ReadAsync<FavoriteDto>()).Id.ShouldBe(first.Id);
        first.Available.ShouldBeTrue();
        first.NameZh.ShouldBe("收藏测试水杯");
        (await StatAsync(fixture.App, EngageKind.Product, id))!.Favorites.ShouldBe(1);

        var list = await (await buyer.GetAsync("/api/v1/my/favorites?kind=product")).ReadAsync<FavoritePageDto>();
        list.Items.Count(f => f.ItemId == id).ShouldBe(1);

        (await buyer.DeleteAsync($"/api/v1/my/favorites/product/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await buyer.DeleteAsync($"/api/v1/my/favorites/product/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await StatAsync(fixture.App, EngageKind.Product, id))!.Favorites.ShouldBe(0);

        // Not public: a draft, an unknown id, an unknown kind.
        var draft = await ProductAsync(fixture.App, await DemoEnterpriseAsync(fixture.App), (await ZonesAsync(fixture.App)).Bound, "草稿杯", list: false);
        (await buyer.PutAsync($"/api/v1/my/favorites/product/{draft}", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await buyer.PutAsync("/api/v1/my/favorites/product/999999", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await buyer.PutAsync($"/api/v1/my/favorites/booth/{draft}", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await buyer.PutAsync($"/api/v1/my/favorites/planet/{id}", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Only buyer accounts favorite; anonymous callers are refused.
        var exhibitor = await fixture.ClientAsAsync(DemoUsers.ExhibitorAdmin);
        (await exhibitor.PutAsync($"/api/v1/my/favorites/product/{id}", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var anonymous = fixture.Anonymous();
        (await anonymous.PutAsync($"/api/v1/my/favorites/product/{id}", null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    [Trait("Req", "BUY-2")]
    public async Task A_favorite_that_is_delisted_stays_in_the_list_as_no_longer_available()
    {
        var id = await ListedAsync("会下架的杯");
        var buyer = await fixture.ClientAsAsync(DemoUsers.Buyer);
        (await buyer.PutAsync($"/api/v1/my/favorites/product/{id}", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await DelistAsync(fixture.App, id);
        var list = await (await buyer.GetAsync("/api/v1/my/favorites?kind=product")).ReadAsync<FavoritePageDto>();
        var row = list.Items.Single(f => f.ItemId == id);
        row.Available.ShouldBeFalse();
        row.NameZh.ShouldBe("会下架的杯");
    }

    [Fact]
    [Trait("Req", "BUY-2")]
    public async Task Beacons_make_one_row_per_buyer_and_item_and_anonymous_visitors_only_add_to_the_counters()
    {
        var id = await ListedAsync("浏览统计杯");
        var buyer = await fixture.ClientAsAsync(DemoUsers.Buyer);
        await BeaconAsync(buyer, "product", id, 10, first: true);
        await BeaconAsync(buyer, "product", id, 5, first: false); // the same page view, hidden again later
        await BeaconAsync(buyer, "product", id, 7, first: true); // a reload within the window: seconds only
        using var anonymous = fixture.Anonymous();
        await BeaconAsync(anonymous, "product", id, 20, visitor: "visitor-aaaaaaaaaaaa");
        await BeaconAsync(anonymous, "product", id, 20, visitor: "visitor-aaaaaaaaaaaa"); // counted once per window
        await BeaconAsync(anonymous, "product", id, 3, visitor: "visitor-bbbbbbbbbbbb");
        (await FlushAsync(fixture.App)).ShouldBe(6);

        var rows = await ViewRowsAsync(fixture.App, EngageKind.Product, id);
        var row = rows.ShouldHaveSingleItem(); // the anonymous visitors left no row of their own
        row.Views.ShouldBe(1);
        row.Seconds.ShouldBe(22);
        var stat = (await StatAsync(fixture.App, EngageKind.Product, id))!;
        stat.Views.ShouldBe(3);
        stat.Seconds.ShouldBe(65);
        stat.SearchDue.ShouldBeTrue();

        // Later views add to the same row; the window has passed.
        fixture.App.Clock.Advance(TimeSpan.FromMinutes(2));
        await BeaconAsync(buyer, "product", id, 4);
        await FlushAsync(fixture.App);
        row = (await ViewRowsAsync(fixture.App, EngageKind.Product, id)).ShouldHaveSingleItem();
        row.Views.ShouldBe(2);
        row.Seconds.ShouldBe(26);
        row.LastAt.ShouldBeGreaterThan(row.FirstAt);
    }

    [Fact]
    [Trait("Req", "BUY-2")]
    public async Task Durations_are_clamped_unknown_items_are_ignored_and_garbage_is_refused_quietly()
    {
        var id = await ListedAsync("时长上限杯");
        using var anonymous = fixture.Anonymous();
        await BeaconAsync(anonymous, "product", id, 999_999, visitor: "visitor-clamp-000001");
        await BeaconAsync(anonymous, "product", id, 500, first: false, visitor: "visitor-clamp-000001"); // the view already has its 30 minutes
        await BeaconAsync(anonymous, "product", id, -40, visitor: "visitor-clamp-000002");
        await BeaconAsync(anonymous, "product", 987_654_321, 10, visitor: "visitor-clamp-000003");
        await BeaconAsync(anonymous, "booth", id, 10, visitor: "visitor-clamp-000003");
        var draft = await ProductAsync(fixture.App, await DemoEnterpriseAsync(fixture.App), (await ZonesAsync(fixture.App)).Bound, "未上架", list: false);
        await BeaconAsync(anonymous, "product", draft, 10, visitor: "visitor-clamp-000003");
        foreach (var body in new[] { "", "{", "null", "{\"kind\":\"product\",\"id\":\"x\"}", new string('a', 5000) })
        {
            (await anonymous.PostAsync("/api/v1/views", new StringContent(body))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        await FlushAsync(fixture.App);
        var stat = (await StatAsync(fixture.App, EngageKind.Product, id))!;
        stat.Views.ShouldBe(2);
        stat.Seconds.ShouldBe(ViewBuffer.MaxSecondsPerView);
        (await StatAsync(fixture.App, EngageKind.Product, 987_654_321)).ShouldBeNull();
        (await StatAsync(fixture.App, EngageKind.Product, draft)).ShouldBeNull();
        (await StatAsync(fixture.App, EngageKind.Booth, id)).ShouldBeNull();
    }

    [Fact]
    [Trait("Req", "BUY-2")]
    public async Task A_normal_shutdown_writes_what_is_still_buffered()
    {
        var id = await ListedAsync("关停杯");
        using var anonymous = fixture.Anonymous();
        await BeaconAsync(anonymous, "product", id, 9, visitor: "visitor-stop-0000001");
        var worker = fixture.App.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<ViewFlushWorker>().Single();
        await worker.StopAsync(CancellationToken.None);
        (await StatAsync(fixture.App, EngageKind.Product, id))!.Views.ShouldBe(1);
    }

    [Fact]
    [Trait("Req", "BUY-3")]
    public async Task Hot_products_follow_views_or_favorites_per_zone_and_overall_and_feed_the_search_order()
    {
        var enterprise = await DemoEnterpriseAsync(fixture.App);
        var (zoneA, zoneB) = await ZonesAsync(fixture.App);
        var a1 = await ProductAsync(fixture.App, enterprise, zoneA, "热门甲");
        var a2 = await ProductAsync(fixture.App, enterprise, zoneA, "热门乙");
        var a3 = await ProductAsync(fixture.App, enterprise, zoneA, "热门丙");
        var b1 = await ProductAsync(fixture.App, enterprise, zoneB, "热门丁");
        using var anonymous = fixture.Anonymous();
        foreach (var (product, views) in new[] { (a1, 4), (a2, 7), (a3, 5), (b1, 6) })
        {
            for (var v = 0; v < views; v++)
            {
                await BeaconAsync(anonymous, "product", product, 2, visitor: $"visitor-hot-{product}-{v:D4}");
            }
        }

        await FlushAsync(fixture.App);
        var buyer = await fixture.ClientAsAsync(DemoUsers.Buyer);
        (await buyer.PutAsync($"/api/v1/my/favorites/product/{a1}", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var other = await fixture.ClientAsAsync(await fixture.App.CreateUserAsync(Roles.Buyer, _ => { }));
        (await other.PutAsync($"/api/v1/my/favorites/product/{a1}", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await other.PutAsync($"/api/v1/my/favorites/product/{a3}", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        long[] mine = [a1, a2, a3, b1];
        var byViews = await (await anonymous.GetAsync($"/api/v1/hot/products?zone={zoneA}")).ReadAsync<List<HotDto>>();
        byViews.Select(h => h.Id).Where(mine.Contains).ShouldBe([a2, a3, a1]);
        byViews.First(h => h.Id == a2).Views.ShouldBe(7);
        var byFavorites = await (await anonymous.GetAsync($"/api/v1/hot/products?zone={zoneA}&by=favorites")).ReadAsync<List<HotDto>>();
        byFavorites.Select(h => h.Id).Where(mine.Contains).ShouldBe([a1, a3]);
        byFavorites[0].Id.ShouldBe(a1);
        var overall = await (await anonymous.GetAsync("/api/v1/hot/products")).ReadAsync<List<HotDto>>();
        overall.Select(h => h.Id).Where(mine.Contains).ShouldBe([a2, b1, a3, a1]);

        // A delisted product is left out of a list read after it disappeared.
        await DelistAsync(fixture.App, b1);
        (await (await anonymous.GetAsync($"/api/v1/hot/products?zone={zoneB}")).ReadAsync<List<HotDto>>()).Select(h => h.Id).ShouldNotContain(b1);

        // The search index takes the new popularity of changed products only.
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<SearchPopularityFeed>().RunAsync(CancellationToken.None)).ShouldBeGreaterThan(0);
            (await scope.ServiceProvider.GetRequiredService<SearchPopularityFeed>().RunAsync(CancellationToken.None)).ShouldBe(0);
        }

        var popularity = await fixture.App.WithDbAsync(db => db.Set<SearchProduct>().Where(s => s.ProductId == a1 || s.ProductId == a2 || s.ProductId == b1)
            .ToDictionaryAsync(s => s.ProductId, s => s.Popularity));
        popularity[a1].ShouldBe(Popularity.Bucket(4, 2));
        popularity[a2].ShouldBe(Popularity.Bucket(7, 0));
        popularity.ShouldNotContainKey(b1); // delisted: not in the index at all
        (await StatAsync(fixture.App, EngageKind.Product, a1))!.SearchDue.ShouldBeFalse();
    }

    [Fact]
    [Trait("Req", "ORD-4")]
    public async Task Leads_show_views_average_duration_favorite_date_and_masked_contacts()
    {
        var id = await ListedAsync("商机杯");
        var company = await OtherEnterpriseAsync(fixture.App);
        var buyerName = await fixture.App.CreateUserAsync(Roles.Buyer, u =>
        {
            u.PhoneNumber = "13812345678";
            u.Email = "alice@buyer.example";
            u.RealName = "Alice Wang";
            u.EnterpriseId = company;
        });
        var buyer = await fixture.ClientAsAsync(buyerName);
        await BeaconAsync(buyer, "product", id, 30);
        fixture.App.Clock.Advance(TimeSpan.FromMinutes(5));
        await BeaconAsync(buyer, "product", id, 90);
        await FlushAsync(fixture.App);
        (await buyer.PutAsync($"/api/v1/my/favorites/product/{id}", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var admin = await fixture.ClientAsAsync(DemoUsers.ExhibitorAdmin);
        var page = await (await admin.GetAsync($"/api/v1/enterprise/leads?kind=product&item={id}")).ReadAsync<LeadPageDto>();
        var lead = page.Items.ShouldHaveSingleItem();
        lead.UserName.ShouldBe(buyerName);
        lead.Views.ShouldBe(2);
        lead.AverageSeconds.ShouldBe(60);
        lead.Phone.ShouldBe("138****5678");
        lead.Email.ShouldBe("a***@buyer.example");
        lead.ContactName.ShouldBe("Alice Wang");
        lead.IsEnterpriseBuyer.ShouldBeTrue();
        lead.CompanyZh!.ShouldStartWith("别家公司");
        lead.ItemNameZh.ShouldBe("商机杯");
        lead.LastViewAt.ShouldNotBeNull();

        // Filters and sorting.
        (await (await admin.GetAsync($"/api/v1/enterprise/leads?buyer={buyerName}&sort=views")).ReadAsync<LeadPageDto>()).Items.ShouldHaveSingleItem();
        (await (await admin.GetAsync("/api/v1/enterprise/leads?buyer=nobody-like-this")).ReadAsync<LeadPageDto>()).Items.ShouldBeEmpty();
        (await (await admin.GetAsync($"/api/v1/enterprise/leads?item={id}&from=2099-01-01")).ReadAsync<LeadPageDto>()).Items.ShouldBeEmpty();
        (await admin.GetAsync("/api/v1/enterprise/leads?kind=planet")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var csv = await (await admin.GetAsync($"/api/v1/enterprise/leads/export.csv?item={id}")).Content.ReadAsStringAsync();
        csv.ShouldContain("138****5678");
        csv.ShouldNotContain("13812345678");
        csv.ShouldNotContain("alice@buyer.example");
        csv.ShouldContain(buyerName);
    }

    [Fact]
    [Trait("Req", "ORD-4")]
    [Trait("Req", "ACC-5")]
    public async Task Leads_are_the_enterprise_s_own_and_a_sub_account_sees_its_zones_and_the_enterprise_level_ones()
    {
        var enterprise = await DemoEnterpriseAsync(fixture.App);
        var (bound, unbound) = await ZonesAsync(fixture.App);
        var inBound = await ProductAsync(fixture.App, enterprise, bound, "绑定展区杯");
        var inOther = await ProductAsync(fixture.App, enterprise, unbound, "别的展区杯");
        var foreign = await ProductAsync(fixture.App, await OtherEnterpriseAsync(fixture.App), bound, "别家杯");
        var buyer = await fixture.ClientAsAsync(await fixture.App.CreateUserAsync(Roles.Buyer, _ => { }));
        foreach (var p in new[] { inBound, inOther, foreign })
        {
            (await buyer.PutAsync($"/api/v1/my/favorites/product/{p}", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var admin = await (await (await fixture.ClientAsAsync(DemoUsers.ExhibitorAdmin)).GetAsync("/api/v1/enterprise/leads?kind=product")).ReadAsync<LeadPageDto>();
        admin.Items.Select(l => l.ItemId).ShouldContain(inBound);
        admin.Items.Select(l => l.ItemId).ShouldContain(inOther);
        admin.Items.Select(l => l.ItemId).ShouldNotContain(foreign);

        var staff = await (await (await fixture.ClientAsAsync(DemoUsers.ExhibitorStaff)).GetAsync("/api/v1/enterprise/leads")).ReadAsync<LeadPageDto>();
        staff.Items.Select(l => l.ItemId).ShouldContain(inBound);
        staff.Items.Select(l => l.ItemId).ShouldNotContain(inOther);
        staff.Items.Select(l => l.ItemId).ShouldNotContain(foreign);

        (await buyer.GetAsync("/api/v1/enterprise/leads")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

[Trait("Provider", "sqlite")]
public sealed class EngagementApiTestsOnSqlite(AppFixture<SqliteDb> f) : EngagementApiTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class EngagementApiTestsOnPostgres(AppFixture<PostgresDb> f) : EngagementApiTests<PostgresDb>(f);

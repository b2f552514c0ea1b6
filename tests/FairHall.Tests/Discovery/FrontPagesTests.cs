using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using FairHall.Modules.Catalog;
using FairHall.Modules.Discovery;
using FairHall.Modules.Fairs;
using FairHall.Modules.Packages;
using FairHall.Tests.Accounts;
using FairHall.Tests.Infrastructure;
using FairHall.Tests.Onboarding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace FairHall.Tests.Discovery;

/// <summary>The public home and zone pages (BUY-1): zones with counts, featured products and exhibitors, zone filters incl. parameter tags, visibility, cache headers.</summary>
[Trait("Req", "BUY-1")]
public abstract class FrontPagesTests<TDb>(FrontFixture<TDb> fixture) : IClassFixture<FrontFixture<TDb>> where TDb : TestDb, new()
{
    private static List<long> Ids(IDocument page, string selector) =>
        [.. page.QuerySelectorAll(selector).Select(e => long.Parse(e.GetAttribute("data-id")!, CultureInfo.InvariantCulture))];

    private string ZonePath(string query = "") => $"/zones/{Uri.EscapeDataString(fixture.TaggedZone.Code)}{query}";

    [Fact]
    public async Task Home_shows_the_session_search_box_zones_with_counts_new_products_and_displayable_exhibitors_to_anyone()
    {
        await OnboardingApi.DispatchOutboxAsync(fixture.App);
        ((MemoryCache)fixture.App.Services.GetRequiredService<IMemoryCache>()).Clear(); // counts are kept a minute; start a fresh one
        using var anonymous = new Browserless(fixture.App);
        var page = await anonymous.GetAsync("/");
        anonymous.LastResponse!.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("[data-testid=home-session]")!.TextContent.ShouldContain("第140届");
        page.QuerySelector("[data-testid=home-search] input[name=q]").ShouldNotBeNull();
        page.QuerySelector("[data-testid=home-register]").ShouldNotBeNull();

        var listedInZone = await fixture.App.WithDbAsync(db => db.Set<SearchProduct>().CountAsync(d => d.ZoneId == fixture.TaggedZone.Id));
        listedInZone.ShouldBeGreaterThanOrEqualTo(3);
        var card = page.QuerySelector($"[data-testid=zone-card][data-code='{fixture.TaggedZone.Code}']")!;
        card.GetAttribute("data-count").ShouldBe(listedInZone.ToString(CultureInfo.InvariantCulture));
        card.GetAttribute("href").ShouldBe(ZonePath());
        page.QuerySelectorAll("[data-testid=zone-card]").Length.ShouldBe(await fixture.App.WithDbAsync(db =>
            db.Set<Zone>().CountAsync(z => z.SessionId == fixture.TaggedZone.SessionId && z.IsActive)));

        var products = Ids(page, "[data-testid=home-new-products] [data-testid=product-card]");
        products.ShouldContain(fixture.Ids["lamp"]); // the newest
        products.ShouldNotContain(fixture.Ids["hidden"]);
        products.ShouldNotContain(fixture.Ids["unlisted"]);
        page.QuerySelectorAll("[data-testid=home-new-products] img").ShouldAllBe(i => i.GetAttribute("loading") == "lazy" && i.HasAttribute("width") && i.HasAttribute("height"));

        var exhibitors = Ids(page, "[data-testid=home-exhibitors] [data-testid=exhibitor-card]");
        exhibitors.ShouldContain(fixture.MeiweiId);
        exhibitors.ShouldNotContain(fixture.OtherEnterpriseId); // no showcase

        using var english = new Browserless(fixture.App, "en");
        (await english.GetAsync("/")).QuerySelector("[data-testid=home-zones] h2")!.TextContent.ShouldBe("Zones");
    }

    [Fact]
    [Trait("Req", "X-2")]
    public async Task Zone_page_lists_its_products_filters_by_category_and_parameter_tag_and_shows_its_exhibitors()
    {
        using var anonymous = new Browserless(fixture.App);
        var page = await anonymous.GetAsync(ZonePath());
        anonymous.LastResponse!.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("[data-testid=zone-name]")!.TextContent.ShouldBe(fixture.TaggedZone.NameZh);
        var all = Ids(page, "[data-testid=zone-products] [data-testid=product-card]");
        all.ShouldContain(fixture.Ids["kettle220"]);
        all.ShouldContain(fixture.Ids["kettle110"]);
        all.ShouldContain(fixture.Ids["cup220"]);
        all.ShouldNotContain(fixture.Ids["hidden"]);
        all.ShouldNotContain(fixture.Ids["unlisted"]);
        all.ShouldNotContain(fixture.Ids["lamp"]); // another zone
        Ids(page, "[data-testid=zone-exhibitors] [data-testid=exhibitor-card]").ShouldBe([fixture.MeiweiId]);
        page.QuerySelector($"[data-testid=zone-tag][data-tag='{fixture.VoltageTagId}']")!.QuerySelectorAll("option").Select(o => o.TextContent).ShouldContain("110V");

        var tagged = await anonymous.GetAsync(ZonePath($"?tag{fixture.VoltageTagId}=110V"));
        Ids(tagged, "[data-testid=zone-products] [data-testid=product-card]").ShouldBe([fixture.Ids["kettle110"]]);
        var both = await anonymous.GetAsync(ZonePath($"?q=%E6%B0%B4%E6%9D%AF&tag{fixture.VoltageTagId}=220V")); // 水杯
        Ids(both, "[data-testid=zone-products] [data-testid=product-card]").ShouldBe([fixture.Ids["cup220"]]);
        var category = await anonymous.GetAsync(ZonePath("?category=" + Uri.EscapeDataString("电水壶")));
        Ids(category, "[data-testid=zone-products] [data-testid=product-card]").Count.ShouldBe(3);
        var bogus = await anonymous.GetAsync(ZonePath("?tag999999=x&tagx=1&after=zz&sort=nonsense"));
        anonymous.LastResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        Ids(bogus, "[data-testid=zone-products] [data-testid=product-card]").Count.ShouldBeGreaterThanOrEqualTo(3);

        await anonymous.GetAsync("/zones/NO-SUCH-ZONE");
        anonymous.LastResponse.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    [Trait("Req", "X-2")]
    public async Task The_search_api_filters_by_parameter_tags_and_pages_a_zone_by_keyset()
    {
        await OnboardingApi.DispatchOutboxAsync(fixture.App); // the index is in step (another test may have delisted a product)
        using var client = fixture.Anonymous();
        var page = await (await client.GetAsync($"/api/v1/search/products?zone={fixture.TaggedZone.Id}&tag{fixture.VoltageTagId}=220v&sort=newest")).ReadAsync<SearchPage>();
        page.Items.Select(i => i.ProductId).ShouldBe([fixture.Ids["cup220"], fixture.Ids["kettle220"]]); // case-insensitive value, newest first

        var ids = new List<long>();
        string? after = null;
        do
        {
            var next = await (await client.GetAsync($"/api/v1/search/products?zone={fixture.TaggedZone.Id}&sort=newest&size=1" + (after is null ? "" : "&after=" + after))).ReadAsync<SearchPage>();
            ids.AddRange(next.Items.Select(i => i.ProductId));
            after = next.Next;
        }
        while (after is not null && ids.Count < 50);
        ids.Count.ShouldBe(await fixture.App.WithDbAsync(db => db.Set<SearchProduct>().CountAsync(d => d.ZoneId == fixture.TaggedZone.Id)));
        ids.Distinct().Count().ShouldBe(ids.Count);
    }

    [Fact]
    public async Task Anonymous_pages_are_cached_a_minute_signed_in_pages_never_publicly()
    {
        using var anonymous = new Browserless(fixture.App);
        foreach (var path in new[] { "/", ZonePath() })
        {
            await anonymous.GetAsync(path);
            var cache = anonymous.LastResponse!.Headers.CacheControl!;
            cache.Public.ShouldBeTrue(path);
            cache.MaxAge.ShouldBe(TimeSpan.FromSeconds(60), path);
            anonymous.LastResponse.Headers.Vary.ShouldContain("Cookie");
        }

        using var buyer = new Browserless(fixture.App);
        await buyer.LoginAsync(DemoUsers.Buyer);
        foreach (var path in new[] { "/", ZonePath(), $"/products/{fixture.Ids["kettle220"]}" })
        {
            var page = await buyer.GetAsync(path);
            var cache = buyer.LastResponse!.Headers.CacheControl!;
            cache.Public.ShouldBeFalse(path);
            cache.NoStore.ShouldBeTrue(path); // "private, no-store", or antiforgery's "no-cache, no-store" once the page has a form
            if (path == "/")
            {
                page.QuerySelector("[data-testid=home-shortcuts] a[href='/my/orders']").ShouldNotBeNull();
            }
        }
    }

    [Fact]
    public async Task A_delisted_product_and_a_banned_exhibitor_leave_the_home_and_zone_pages_at_once()
    {
        var id = await fixture.App.WithDbAsync(async db =>
        {
            var now = fixture.App.Clock.GetUtcNow().AddHours(1); // the newest of all
            var p = new Product(fixture.MeiweiId, fixture.TaggedZone.SessionId, new ProductDetails(fixture.TaggedZone.Id, "即将下架的水壶", "Kettle to delist", "", "", "电水壶", null, null, null, null, null, null, false), now);
            (p.Submit(now) ?? p.Approve(now) ?? p.List(now)).ShouldBeNull();
            db.Add(p);
            await db.SaveChangesAsync();
            return p.Id;
        });
        await OnboardingApi.DispatchOutboxAsync(fixture.App);
        using var anonymous = new Browserless(fixture.App);
        Ids(await anonymous.GetAsync("/"), "[data-testid=home-new-products] [data-testid=product-card]").ShouldContain(id);
        Ids(await anonymous.GetAsync(ZonePath()), "[data-testid=zone-products] [data-testid=product-card]").ShouldContain(id);

        var exhibitor = await fixture.ClientAsAsync(DemoUsers.ExhibitorAdmin);
        (await exhibitor.PostJsonAsync($"/api/v1/enterprise/products/{id}/delist")).StatusCode.ShouldBe(HttpStatusCode.OK);
        // Before the outbox has touched the index, and with the aggregates still cached:
        Ids(await anonymous.GetAsync("/"), "[data-testid=home-new-products] [data-testid=product-card]").ShouldNotContain(id);
        Ids(await anonymous.GetAsync(ZonePath()), "[data-testid=zone-products] [data-testid=product-card]").ShouldNotContain(id);
        await anonymous.GetAsync($"/products/{id}");
        anonymous.LastResponse!.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var organizer = await fixture.ClientAsAsync(DemoUsers.Organizer);
        (await organizer.PostJsonAsync($"/api/v1/showcases/{fixture.MeiweiId}/ban", new { reason = "违规" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        try
        {
            Ids(await anonymous.GetAsync("/"), "[data-testid=home-exhibitors] [data-testid=exhibitor-card]").ShouldNotContain(fixture.MeiweiId);
            Ids(await anonymous.GetAsync(ZonePath()), "[data-testid=zone-exhibitors] [data-testid=exhibitor-card]").ShouldNotContain(fixture.MeiweiId);
        }
        finally
        {
            (await organizer.PostJsonAsync($"/api/v1/showcases/{fixture.MeiweiId}/unban")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        Ids(await anonymous.GetAsync("/"), "[data-testid=home-exhibitors] [data-testid=exhibitor-card]").ShouldContain(fixture.MeiweiId);
    }
}

[Trait("Provider", "sqlite")]
public sealed class FrontPagesTestsOnSqlite(FrontFixture<SqliteDb> f) : FrontPagesTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class FrontPagesTestsOnPostgres(FrontFixture<PostgresDb> f) : FrontPagesTests<PostgresDb>(f);

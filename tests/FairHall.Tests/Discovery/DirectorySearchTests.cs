using System.Globalization;
using System.Net;
using FairHall.Modules.Catalog.Booths;
using FairHall.Modules.Discovery;
using FairHall.Tests.Accounts;
using FairHall.Tests.Infrastructure;
using FairHall.Tests.Onboarding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FairHall.Tests.Discovery;

/// <summary>
/// Unified search (BUY-1, X-2): exhibitors and booths indexed with the product tokenizer, kept in step through the
/// outbox, hidden at once when banned or back in review, adversarial queries, the search page's tabs and the public booth page.
/// </summary>
[Trait("Req", "BUY-1")]
[Trait("Req", "X-2")]
public abstract class DirectorySearchTests<TDb>(FrontFixture<TDb> fixture) : IClassFixture<FrontFixture<TDb>> where TDb : TestDb, new()
{
    private static readonly string[] Adversarial =
    [
        "", " ", "\"", "\"\"\"", "*", "cup*", "\"水杯\"", "NEAR", "NEAR(cup lamp)", "OR", "AND", "NOT", "cup OR lamp", "-", "-cup", "(", ")", "((水杯",
        ":", "terms:cup", "name:展台", "'", "' OR '1'='1", "'; DROP TABLE booths; --", "\\", "&", "|", "!", "<->", "cup:*", "水杯 & !灯",
        "^", "{", "}", "[", "]", "%", "_", "？！。，", "🙂🙂", "\u0000", new string('展', 1000), new string('x', 1000), string.Concat(Enumerable.Repeat("a ", 500)),
    ];

    private static BoothDetails Details(string name, bool showContact, string[] tags) => new(
        name, -1, "https://booth.example", "提供国际物流与跨境电商服务，覆盖40个国家。", "跨境物流 海外仓", [], [], tags, BoothArea.TwelveFields, "E2-2", "https://3d.example/hall",
        ["物流服务"], "李女士", "13503537946", "li@booth.example", null, "中国", "北京市", "北京市", "朝阳区", "天辰东路1号", "100101", showContact, true, "https://chat.example/li");

    /// <summary>An approved booth of the enterprise (arranged as rows, like the catalog tests do), indexed by the outbox.</summary>
    private async Task<long> BoothAsync(long enterpriseId, string name, bool showContact, params string[] tags)
    {
        var id = await fixture.App.WithDbAsync(async db =>
        {
            var now = fixture.App.Clock.GetUtcNow();
            var booth = await db.Set<Booth>().FirstOrDefaultAsync(b => b.EnterpriseId == enterpriseId);
            if (booth is null)
            {
                booth = new Booth(enterpriseId, 1, Details(name, showContact, tags), now);
                db.Add(booth);
            }
            else
            {
                booth.Edit(Details(name, showContact, tags), now).ShouldBeNull();
            }

            booth.Submit(now).ShouldBeNull();
            booth.Approve(now).ShouldBeNull();
            await db.SaveChangesAsync();
            return booth.Id;
        });
        await OnboardingApi.DispatchOutboxAsync(fixture.App);
        return id;
    }

    private async Task<HitPage<T>> FindAsync<T>(string what, string q)
    {
        using var client = fixture.Anonymous();
        var response = await client.GetAsync($"/api/v1/search/{what}?q={Uri.EscapeDataString(q)}&size=50");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, q);
        return await response.ReadAsync<HitPage<T>>();
    }

    [Fact]
    public async Task Exhibitors_are_found_by_name_and_main_products_in_both_languages_with_highlights()
    {
        foreach (var q in new[] { "美味", "炒锅", "厨具", "kitchenware", "wok", "meiw" })
        {
            var page = await FindAsync<ExhibitorHit>("exhibitors", q);
            page.Items.Select(i => i.EnterpriseId).ShouldContain(fixture.MeiweiId, q);
        }

        (await FindAsync<ExhibitorHit>("exhibitors", "美味")).Items.First(i => i.EnterpriseId == fixture.MeiweiId).NameZhHtml.ShouldContain("<mark>美味</mark>");
        (await FindAsync<ExhibitorHit>("exhibitors", "明亮照明")).Items.ShouldBeEmpty(); // products, but no displayable showcase
        (await FindAsync<ExhibitorHit>("exhibitors", "")).Items.Select(i => i.EnterpriseId).ShouldBe([fixture.MeiweiId]);
    }

    [Fact]
    public async Task A_booth_is_found_and_shown_only_while_approved_and_contact_only_when_shown()
    {
        var id = await BoothAsync(fixture.OtherEnterpriseId, "明亮云展台", showContact: false, "照明", "绿色");
        foreach (var q in new[] { "明亮", "云展台", "照明", "跨境物流", "物流服务", "北京", "E2" })
        {
            (await FindAsync<BoothHit>("booths", q)).Items.Select(i => i.BoothId).ShouldContain(id, q);
        }

        using var anonymous = new Browserless(fixture.App);
        var page = await anonymous.GetAsync($"/booths/{id}");
        anonymous.LastResponse!.StatusCode.ShouldBe(HttpStatusCode.OK);
        anonymous.LastResponse.Headers.CacheControl!.Public.ShouldBeTrue();
        page.QuerySelector("[data-testid=booth-name]")!.TextContent.ShouldBe("明亮云展台");
        page.QuerySelector("[data-testid=booth-offline]")!.TextContent.ShouldContain("E2-2");
        page.QuerySelector("[data-testid=booth-3d]")!.GetAttribute("href").ShouldBe("https://3d.example/hall");
        page.QuerySelector("[data-testid=booth-smart-service]")!.GetAttribute("href").ShouldBe("https://chat.example/li");
        page.QuerySelector("[data-testid=booth-tags]")!.TextContent.ShouldContain("照明");
        page.QuerySelector("[data-testid=booth-contact]").ShouldBeNull(); // show-contact off
        page.Body!.TextContent.ShouldNotContain("13503537946");
        page.QuerySelectorAll("[data-testid=booth-products] [data-testid=product-card]").Select(e => e.GetAttribute("data-id"))
            .ShouldContain(fixture.Ids["lamp"].ToString(CultureInfo.InvariantCulture));
        page.QuerySelector("[data-testid=booth-showcase-link]").ShouldBeNull(); // no displayable showcase
        var product = await anonymous.GetAsync($"/products/{fixture.Ids["lamp"]}");
        product.QuerySelector("[data-testid=product-booth-link]")!.GetAttribute("href").ShouldBe($"/booths/{id}");

        // An edit sends it back to review: hidden at once, before the outbox has run.
        await fixture.App.WithDbAsync(async db =>
        {
            var booth = await db.Set<Booth>().FirstAsync(b => b.Id == id);
            booth.Edit(Details("明亮云展台", false, ["照明"]), fixture.App.Clock.GetUtcNow()).ShouldBeNull();
            await db.SaveChangesAsync();
        });
        await anonymous.GetAsync($"/booths/{id}");
        anonymous.LastResponse.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await FindAsync<BoothHit>("booths", "明亮")).Items.ShouldBeEmpty();
        (await anonymous.GetAsync($"/products/{fixture.Ids["lamp"]}")).QuerySelector("[data-testid=product-booth-link]").ShouldBeNull();
        await OnboardingApi.DispatchOutboxAsync(fixture.App);
        (await fixture.App.WithDbAsync(db => db.Set<SearchBooth>().AnyAsync(b => b.BoothId == id))).ShouldBeFalse();
        await anonymous.GetAsync("/booths/999999999");
        anonymous.LastResponse.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_banned_showcase_hides_the_exhibitor_and_its_booth_at_once_and_the_outbox_drops_their_rows()
    {
        var id = await BoothAsync(fixture.MeiweiId, "美味厨具云展台", showContact: true, "厨具");
        using var anonymous = new Browserless(fixture.App);
        var page = await anonymous.GetAsync($"/booths/{id}");
        page.QuerySelector("[data-testid=booth-contact]")!.TextContent.ShouldContain("13503537946");
        page.QuerySelector("[data-testid=booth-showcase-link]").ShouldNotBeNull();

        var organizer = await fixture.ClientAsAsync(DemoUsers.Organizer);
        (await organizer.PostJsonAsync($"/api/v1/showcases/{fixture.MeiweiId}/ban", new { reason = "违规" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        try
        {
            (await FindAsync<ExhibitorHit>("exhibitors", "美味")).Items.ShouldBeEmpty();
            (await FindAsync<BoothHit>("booths", "美味")).Items.ShouldBeEmpty();
            await anonymous.GetAsync($"/booths/{id}");
            anonymous.LastResponse!.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            await OnboardingApi.DispatchOutboxAsync(fixture.App);
            (await fixture.App.WithDbAsync(db => db.Set<SearchExhibitor>().AnyAsync(e => e.EnterpriseId == fixture.MeiweiId))).ShouldBeFalse();
            (await fixture.App.WithDbAsync(db => db.Set<SearchBooth>().AnyAsync(b => b.BoothId == id))).ShouldBeFalse();
        }
        finally
        {
            (await organizer.PostJsonAsync($"/api/v1/showcases/{fixture.MeiweiId}/unban")).StatusCode.ShouldBe(HttpStatusCode.OK);
            await OnboardingApi.DispatchOutboxAsync(fixture.App);
        }

        (await FindAsync<ExhibitorHit>("exhibitors", "美味")).Items.Select(i => i.EnterpriseId).ShouldContain(fixture.MeiweiId);
        (await FindAsync<BoothHit>("booths", "美味")).Items.Select(i => i.BoothId).ShouldContain(id);
    }

    [Fact]
    public async Task Adversarial_queries_never_fail_on_the_exhibitor_and_booth_indexes()
    {
        await BoothAsync(fixture.OtherEnterpriseId, "明亮云展台", showContact: false, "照明");
        foreach (var what in new[] { "exhibitors", "booths" })
        {
            foreach (var q in Adversarial)
            {
                await FindAsync<ExhibitorHit>(what, q);
            }

            using var client = fixture.Anonymous();
            foreach (var query in new[] { "after=r9_x", "after=p", "after=%00", "size=-5", "size=abc", "after=r-1_-1" })
            {
                (await client.GetAsync($"/api/v1/search/{what}?q=a&{query}")).StatusCode.ShouldBe(HttpStatusCode.OK, query);
            }
        }

        using var browser = new Browserless(fixture.App);
        foreach (var q in Adversarial.Take(30))
        {
            await browser.GetAsync($"/search?tab=booths&q={Uri.EscapeDataString(q)}");
            browser.LastResponse!.StatusCode.ShouldBe(HttpStatusCode.OK, q);
        }
    }

    [Fact]
    public async Task The_search_page_has_product_exhibitor_and_booth_tabs_with_counts_and_the_rebuild_restores_both_indexes()
    {
        var booth = await BoothAsync(fixture.OtherEnterpriseId, "明亮云展台", showContact: false, "照明");
        using var browser = new Browserless(fixture.App);
        var products = await browser.GetAsync("/search?q=" + Uri.EscapeDataString("水壶"));
        using var client = fixture.Anonymous();
        var expected = (await (await client.GetAsync("/api/v1/search/products?q=" + Uri.EscapeDataString("水壶"))).ReadAsync<SearchPage>()).Count;
        expected.ShouldBeGreaterThanOrEqualTo(2);
        products.QuerySelector("[data-testid=search-tab-products]")!.GetAttribute("data-count").ShouldBe(expected.ToString(CultureInfo.InvariantCulture));
        products.QuerySelectorAll("[data-testid=search-hit]").Length.ShouldBe(expected);
        products.QuerySelector("[data-testid=search-tab-exhibitors]")!.GetAttribute("data-count").ShouldBe("0");
        var exhibitors = await browser.GetAsync("/search?tab=exhibitors&q=" + Uri.EscapeDataString("炒锅"));
        exhibitors.QuerySelectorAll("[data-testid=search-exhibitor]").Select(e => e.GetAttribute("data-id")).ShouldBe([fixture.MeiweiId.ToString(CultureInfo.InvariantCulture)]);
        exhibitors.QuerySelector("[data-testid=search-tab-exhibitors]")!.ClassList.ShouldContain("active");
        var booths = await browser.GetAsync("/search?tab=booths&q=" + Uri.EscapeDataString("照明"));
        booths.QuerySelectorAll("[data-testid=search-booth]").Select(e => e.GetAttribute("data-id")).ShouldBe([booth.ToString(CultureInfo.InvariantCulture)]);
        booths.QuerySelector("[data-testid=search-booth-name] a, [data-testid=search-booth-name]")!.GetAttribute("href").ShouldBe($"/booths/{booth}");

        var before = await fixture.App.WithDbAsync(async db => (await db.Set<SearchExhibitor>().CountAsync(), await db.Set<SearchBooth>().CountAsync()));
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<DirectoryIndexer>().RebuildAsync(CancellationToken.None)).ShouldBe(before);
        }

        (await FindAsync<BoothHit>("booths", "照明")).Items.Select(i => i.BoothId).ShouldBe([booth]);
        (await FindAsync<ExhibitorHit>("exhibitors", "炒锅")).Items.Select(i => i.EnterpriseId).ShouldBe([fixture.MeiweiId]);
    }
}

[Trait("Provider", "sqlite")]
public sealed class DirectorySearchTestsOnSqlite(FrontFixture<SqliteDb> f) : DirectorySearchTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class DirectorySearchTestsOnPostgres(FrontFixture<PostgresDb> f) : DirectorySearchTests<PostgresDb>(f);

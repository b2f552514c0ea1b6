using System.Net;
using FairHall.Modules.Catalog;
using FairHall.Modules.Discovery;
using FairHall.Modules.Exhibitors;
using FairHall.Tests.Accounts;
using FairHall.Tests.Infrastructure;
using FairHall.Tests.Onboarding;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Tests.Search;

/// <summary>Visibility, index upkeep through the outbox, filters, sorts, paging, highlighting, suggestions and the /search page (BUY-1, X-2).</summary>
[Trait("Req", "BUY-1")]
[Trait("Req", "X-2")]
public abstract class SearchBehaviourTests<TDb>(SearchFixture<TDb> fixture) : IClassFixture<SearchFixture<TDb>> where TDb : TestDb, new()
{
    private static readonly string[] Adversarial =
    [
        "", " ", "\"", "\"\"\"", "*", "cup*", "\"水杯\"", "NEAR", "NEAR(cup lamp)", "OR", "AND", "NOT", "cup OR lamp", "-", "-cup", "(", ")", "((水杯",
        ":", "terms:cup", "name_zh:水杯", "'", "' OR '1'='1", "'; DROP TABLE products; --", "\\", "&", "|", "!", "<->", "cup:*", "水杯 & !灯",
        "^", "{", "}", "[", "]", "%", "_", "？！。，", "🙂🙂", "\u0000", new string('水', 1000), new string('x', 1000), string.Concat(Enumerable.Repeat("a ", 500)),
    ];

    private async Task<SearchPage> SearchAsync(string query)
    {
        using var client = fixture.Anonymous();
        var response = await client.GetAsync("/api/v1/search/products?" + query);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.ReadAsync<SearchPage>();
    }

    private Task<SearchPage> FindAsync(string q, string more = "") => SearchAsync($"q={Uri.EscapeDataString(q)}&size=50{more}");

    private async Task<List<long>> AllPagesAsync(string query)
    {
        var ids = new List<long>();
        string? after = null;
        for (var guard = 0; guard < 100; guard++)
        {
            var page = await SearchAsync(query + (after is null ? "" : "&after=" + Uri.EscapeDataString(after)));
            ids.AddRange(page.Items.Select(i => i.ProductId));
            if (page.Next is not { } next)
            {
                return ids;
            }

            after = next;
        }

        throw new InvalidOperationException("paging does not end");
    }

    [Fact]
    public async Task Unlisted_delisted_banned_hidden_draft_and_other_session_products_are_never_found()
    {
        var hidden = SearchFixture<TDb>.Hidden.Select(h => fixture.Ids[h]).ToHashSet();
        foreach (var q in new[] { "水杯", "cup", "杯", "未上架", "已下架", "已封禁", "草稿", "往届", "已隐藏" })
        {
            (await FindAsync(q)).Items.ShouldNotContain(i => hidden.Contains(i.ProductId), q);
        }

        foreach (var sort in new[] { "relevance", "newest", "popularity" })
        {
            var all = await AllPagesAsync($"sort={sort}&size=7");
            all.ShouldNotContain(id => hidden.Contains(id));
            all.Distinct().Count().ShouldBe(all.Count, "no product on two pages");
        }
    }

    [Fact]
    public async Task Delisting_removes_a_product_at_once_and_the_outbox_removes_its_index_row_relisting_brings_it_back()
    {
        var id = fixture.Ids["Phone case"];
        (await FindAsync("手机壳")).Items.Select(i => i.ProductId).ShouldBe([id]);
        var exhibitor = await fixture.ClientAsAsync(DemoUsers.ExhibitorAdmin);

        (await exhibitor.PostJsonAsync($"/api/v1/enterprise/products/{id}/delist")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await FindAsync("手机壳")).Items.ShouldBeEmpty(); // the page check hides it before the outbox has run
        await OnboardingApi.DispatchOutboxAsync(fixture.App);
        (await fixture.App.WithDbAsync(db => db.Set<SearchProduct>().AnyAsync(d => d.ProductId == id))).ShouldBeFalse();
        (await FindAsync("phone case")).Count.ShouldBe(0);

        await fixture.App.WithDbAsync(async db =>
        {
            (await db.Set<Product>().SingleAsync(p => p.Id == id)).List(fixture.App.Clock.GetUtcNow()).ShouldBeNull(); // the quota is not this test's subject
            await db.SaveChangesAsync();
        });
        await OnboardingApi.DispatchOutboxAsync(fixture.App);
        (await FindAsync("手机壳")).Items.Select(i => i.ProductId).ShouldBe([id]);
    }

    [Fact]
    public async Task A_ban_or_an_edit_takes_the_product_out_and_a_new_listing_is_found_under_its_new_name()
    {
        var banned = fixture.Ids["Bluetooth speaker"];
        var edited = fixture.Ids["Electric toothbrush"];
        await fixture.App.WithDbAsync(async db =>
        {
            var now = fixture.App.Clock.GetUtcNow();
            var b = await db.Set<Product>().SingleAsync(p => p.Id == banned);
            b.Ban("假冒", now).ShouldBeNull();
            var e = await db.Set<Product>().SingleAsync(p => p.Id == edited);
            e.Edit(e.Details with { NameZh = "声波电动牙刷", NameEn = "Sonic toothbrush" }, now).ShouldBeNull();
            await db.SaveChangesAsync();
        });
        await OnboardingApi.DispatchOutboxAsync(fixture.App);
        (await FindAsync("蓝牙")).Count.ShouldBe(0);
        (await FindAsync("牙刷")).Count.ShouldBe(0);

        await fixture.App.WithDbAsync(async db =>
        {
            var now = fixture.App.Clock.GetUtcNow();
            var e = await db.Set<Product>().SingleAsync(p => p.Id == edited);
            (e.Approve(now) ?? e.List(now)).ShouldBeNull();
            await db.SaveChangesAsync();
        });
        await OnboardingApi.DispatchOutboxAsync(fixture.App);
        var found = await FindAsync("声波");
        found.Items.Single().ProductId.ShouldBe(edited);
        (await FindAsync("sonic")).Items.Single().NameEnHtml.ShouldBe("<mark>Sonic</mark> toothbrush");
    }

    [Fact]
    public async Task Renaming_an_exhibitor_reindexes_its_products()
    {
        (await FindAsync("宁波明亮")).Count.ShouldBe(8);
        await fixture.App.WithDbAsync(async db =>
        {
            var e = await db.Set<Enterprise>().SingleAsync(x => x.Id == fixture.OtherEnterpriseId);
            e.NameZh = "宁波光辉照明有限公司";
            await db.SaveChangesAsync();
        });
        await OnboardingApi.DispatchOutboxAsync(fixture.App);
        (await FindAsync("光辉照明")).Count.ShouldBe(8);
        (await FindAsync("宁波明亮")).Count.ShouldBe(0);
        (await FindAsync("光辉")).Items.ShouldAllBe(i => i.EnterpriseNameZh == "宁波光辉照明有限公司");
    }

    [Fact]
    public async Task Filters_narrow_the_results()
    {
        var lamps = fixture.ZoneIds[1];
        (await FindAsync("LED", $"&zone={lamps}")).Count.ShouldBe(4);
        (await FindAsync("LED", $"&zone={fixture.ZoneIds[0]}")).Count.ShouldBe(0);
        (await FindAsync("", "&category=家纺")).Items.ShouldAllBe(i => i.Category == "家纺");
        (await FindAsync("杯", "&category=家纺")).Items.Select(i => i.NameEn).ShouldBe(["Silicone cup coaster"]);
        var zhejiang = await FindAsync("", "&origin=浙江&hasPrice=true");
        zhejiang.Items.ShouldAllBe(i => i.Origin == "浙江" && i.PriceFen != null);
        zhejiang.Count.ShouldBe(SearchFixture<TDb>.Corpus.Count(c => c.Origin == "浙江" && c.Price != null));
        var noQuote = await FindAsync("", "&hasPrice=false");
        noQuote.Items.ShouldAllBe(i => i.PriceFen == null);
        noQuote.Count.ShouldBe(SearchFixture<TDb>.Corpus.Count(c => c.Price == null));
        var fresh = await FindAsync("", "&isNew=on");
        fresh.Items.ShouldAllBe(i => i.IsNew);
        fresh.Items.Select(i => i.NameEn).ShouldContain("LED desk lamp");
        (await FindAsync("cup", "&isNew=true")).Items.Select(i => i.NameEn).ShouldBe(["Stainless steel vacuum cup", "Kids straw cup"], ignoreOrder: true);
    }

    [Fact]
    public async Task Sorts_are_stable_and_keyset_paging_visits_every_result_once()
    {
        var newest = await FindAsync("", "&sort=newest");
        newest.Items[0].NameEn.ShouldBe("Coffee machine"); // listed last

        var cups = await FindAsync("杯");
        var paged = await AllPagesAsync("q=%E6%9D%AF&size=3");
        paged.ShouldBe(cups.Items.Select(i => i.ProductId).ToList());
        foreach (var sort in new[] { "newest", "popularity" })
        {
            (await AllPagesAsync($"q=%E6%9D%AF&size=4&sort={sort}")).OrderBy(x => x).ShouldBe(cups.Items.Select(i => i.ProductId).OrderBy(x => x));
        }

        // Popularity is the index order: among equally popular products those with a price come first.
        var popular = await AllPagesAsync("sort=popularity&size=9");
        var priced = (await FindAsync("", "&hasPrice=true")).Count;
        var firstUnpriced = popular.FindIndex(id => SearchFixture<TDb>.Corpus.Any(c => c.Price == null && fixture.Ids[c.En] == id));
        firstUnpriced.ShouldBeGreaterThanOrEqualTo(priced);
    }

    [Fact]
    public async Task Matched_terms_are_highlighted_in_encoded_names()
    {
        var hit = (await FindAsync("保温杯")).Items.Single();
        hit.NameZhHtml.ShouldBe("不锈钢<mark>保温杯</mark>");
        hit.NameEnHtml.ShouldBe("Stainless steel vacuum cup");
        (await FindAsync("ＬＥＤ")).Items.Single(i => i.NameEn == "LED flashlight").NameZhHtml.ShouldBe("<mark>ＬＥＤ</mark>强光手电筒");
        (await FindAsync("bedding 4")).Items.Single().NameEnHtml.ShouldBe("<mark>Bedding</mark> set, <mark>4</mark> pieces");
    }

    [Fact]
    public async Task Suggestions_complete_product_names_in_the_language_typed()
    {
        using var client = fixture.Anonymous();
        var zh = await (await client.GetAsync("/api/v1/search/suggest?q=" + Uri.EscapeDataString("保温"))).ReadAsync<SuggestProducts.Response>();
        zh.Suggestions.ShouldBe(["保温壶", "保温饭盒", "不锈钢保温杯"], ignoreOrder: true);
        var en = await (await client.GetAsync("/api/v1/search/suggest?q=cu")).ReadAsync<SuggestProducts.Response>();
        en.Suggestions.ShouldContain("Kitchen cupboard");
        en.Suggestions.ShouldContain("Glass water cup");
        en.Suggestions.ShouldNotContain(s => s.Contains("水杯"));
        (await (await client.GetAsync("/api/v1/search/suggest?q=%22%2A")).ReadAsync<SuggestProducts.Response>()).Suggestions.ShouldBeEmpty();
    }

    [Fact]
    [Trait("Req", "X-4")]
    public async Task Adversarial_queries_answer_200_with_sane_results_through_the_api_and_the_page()
    {
        using var client = fixture.Anonymous();
        var plain = (await FindAsync("水杯")).Items.Select(i => i.ProductId).ToList();
        var listed = await fixture.App.WithDbAsync(db => db.Set<Product>().Where(PublicProducts.Rule).CountAsync(p => p.SessionId == fixture.SessionId));
        foreach (var q in Adversarial)
        {
            var page = await FindAsync(q);
            page.Count.ShouldBeLessThanOrEqualTo(listed, q);
            var html = await client.GetAsync("/search?q=" + Uri.EscapeDataString(q));
            html.StatusCode.ShouldBe(HttpStatusCode.OK, q);
            var suggest = await client.GetAsync("/api/v1/search/suggest?q=" + Uri.EscapeDataString(q));
            suggest.StatusCode.ShouldBe(HttpStatusCode.OK, q);
        }

        (await FindAsync("\"水杯\"")).Items.Select(i => i.ProductId).ShouldBe(plain);
        (await FindAsync("((水杯")).Items.Select(i => i.ProductId).ShouldBe(plain);
        (await FindAsync("cup*")).Count.ShouldBe((await FindAsync("cup")).Count);
        (await FindAsync("'; DROP TABLE products; --")).Count.ShouldBe(0);
        (await FindAsync("")).Count.ShouldBe(listed); // nothing typed: browse everything
        (await SearchAsync("zone=abc&hasPrice=maybe&sort=%27&after=garbage&size=-5")).Items.Count.ShouldBe(1);
        (await SearchAsync("size=100000")).Items.Count.ShouldBe(Math.Min(SearchRequest.MaxSize, listed));
    }

    [Fact]
    public async Task The_search_page_is_public_and_shows_results_counts_prices_and_no_quote_in_both_languages()
    {
        using var client = fixture.Anonymous();
        var zh = await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("纸杯"));
        zh.ShouldContain("一次性<mark>纸杯</mark>");
        zh.ShouldContain("暂无报价");
        zh.ShouldContain("共 1 件展品");
        zh.ShouldContain($"href=\"/products/{fixture.Ids["Disposable paper cups"]}\"");

        var en = await client.GetStringAsync("/search?culture=en&ui-culture=en&q=cup&sort=newest&hasPrice=true");
        en.ShouldContain("<mark>cup</mark>");
        en.ShouldContain("¥59.00");
        en.ShouldNotContain("No quote");
        en.ShouldContain("value=\"newest\" selected");

        var paged = await client.GetStringAsync("/search?size=5");
        paged.ShouldContain("data-testid=\"search-next\"");
    }
}

[Trait("Provider", "sqlite")]
public sealed class SearchBehaviourTestsOnSqlite(SearchFixture<SqliteDb> f) : SearchBehaviourTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class SearchBehaviourTestsOnPostgres(SearchFixture<PostgresDb> f) : SearchBehaviourTests<PostgresDb>(f);

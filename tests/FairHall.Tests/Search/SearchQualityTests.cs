using System.Net;
using FairHall.Modules.Catalog;
using FairHall.Modules.Discovery;
using FairHall.Tests.Accounts;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace FairHall.Tests.Search;

/// <summary>
/// Search quality on the fixed corpus, the same on both engines: for each query the expected results (the first
/// ones in the expected order where relevance decides, else as a set) and the exact count. The table printed
/// by the test is the quality table of the report. Chinese two-character words, single characters, English words
/// and prefixes, mixed and full-width queries (BUY-1, X-2).
/// </summary>
[Trait("Req", "BUY-1")]
[Trait("Req", "X-2")]
public abstract class SearchQualityTests<TDb>(SearchFixture<TDb> fixture, ITestOutputHelper output) : IClassFixture<SearchFixture<TDb>> where TDb : TestDb, new()
{
    /// <summary>A query, its expected first results (ordered when <paramref name="Ordered"/>), and the exact number of results.</summary>
    public sealed record Case(string Q, string[] Top, bool Ordered, int Count);

    // Decision: an English query's last word is a prefix, so "cup" finds "cups" and "cupboard"; exact words rank first.
    public static readonly Case[] Cases =
    [
        new("水杯", ["Glass water cup", "Kids straw cup"], false, 2),
        new("保温杯", ["Stainless steel vacuum cup"], true, 1),
        new("保温", ["Thermos flask", "Insulated lunch box", "Stainless steel vacuum cup"], false, 3),
        new("杯", ["Stainless steel vacuum cup", "Glass water cup", "Kids straw cup", "Ceramic mug", "Disposable paper cups", "Double wall glass", "Silicone cup coaster", "Tea cup set"], false, 10), // + two in category 杯壶, after the names
        new("灯具", ["LED desk lamp", "LED ceiling light", "Crystal chandelier", "Solar garden light", "Eye-care table lamp", "LED flashlight", "LED bulb E27 9W", "Fabric lamp shade"], false, 8),
        new("台灯", ["LED desk lamp", "Eye-care table lamp"], false, 2),
        new("灯", ["LED desk lamp", "LED ceiling light", "Crystal chandelier", "Solar garden light", "Eye-care table lamp", "LED bulb E27 9W", "Fabric lamp shade"], false, 8),
        new("cup", ["Stainless steel vacuum cup", "Glass water cup", "Kids straw cup", "Silicone cup coaster", "Tea cup set"], false, 7),
        new("cup ", ["Stainless steel vacuum cup", "Glass water cup", "Kids straw cup", "Silicone cup coaster", "Tea cup set"], false, 5),
        new("cupb", ["Kitchen cupboard"], true, 1),
        new("lamp", ["LED desk lamp", "Eye-care table lamp", "Fabric lamp shade"], false, 3),
        new("LED", ["LED desk lamp", "LED ceiling light", "LED flashlight", "LED bulb E27 9W"], false, 4),
        new("ＬＥＤ", ["LED desk lamp", "LED ceiling light", "LED flashlight", "LED bulb E27 9W"], false, 4),
        new("LED灯", ["LED bulb E27 9W"], true, 4),
        new("led lamp", ["LED desk lamp"], true, 1),
        new("不锈钢", ["Stainless steel vacuum cup", "Stainless steel wok", "Heavy stainless steel stock pot, 24 cm"], false, 3), // + a demo product
        new("Stainless Steel", ["Stainless steel vacuum cup", "Stainless steel wok", "Heavy stainless steel stock pot, 24 cm"], false, 3),
        new("实木", ["Kitchen cupboard", "Solid wood dining table", "Solid wood bookshelf"], false, 3),
        new("table", ["Folding table"], true, 4),
        new("宁波明亮", ["LED desk lamp", "LED ceiling light", "Crystal chandelier", "Solar garden light", "Eye-care table lamp", "LED flashlight", "LED bulb E27 9W", "Fabric lamp shade"], false, 8),
        new("咖啡", ["Coffee machine", "Ceramic mug"], true, 2),
        new("coffee", ["Coffee machine", "Ceramic mug"], true, 2),
        new("四件套", ["Bedding set, 4 pieces"], true, 1),
        new("E27", ["LED bulb E27 9W"], true, 1),
        new("水壶", ["Sports water bottle", "Electric kettle"], false, 2),
        new("壶", ["Thermos flask", "Sports water bottle", "Electric kettle"], false, 10), // names first, then category 杯壶
        new("布艺", ["Fabric sofa", "Fabric lamp shade"], false, 2),
        new("cup 水杯", ["Glass water cup", "Kids straw cup"], false, 2),
        new("手电", ["LED flashlight"], true, 1),
        new("chair", ["Ergonomic office chair"], true, 1),
        new("儿童", ["Kids straw cup", "Kids study desk"], false, 2),
        new("glass", ["Glass water cup", "Double wall glass"], false, 2),
        new("火箭", [], false, 0),
    ];

    [Fact]
    public async Task Each_query_finds_the_expected_products_in_the_expected_order()
    {
        using var client = fixture.Anonymous();
        var names = fixture.Ids.ToDictionary(x => x.Value, x => x.Key);
        foreach (var p in await fixture.App.WithDbAsync(db => db.Set<Product>().Select(p => new { p.Id, p.NameEn }).ToListAsync()))
        {
            names.TryAdd(p.Id, p.NameEn);
        }

        var failures = new List<string>();
        output.WriteLine("| query | expected (first) | count | got (first 8) | count |");
        output.WriteLine("|---|---|---|---|---|");
        foreach (var c in Cases)
        {
            var response = await client.GetAsync($"/api/v1/search/products?size=50&q={Uri.EscapeDataString(c.Q)}");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            var page = await response.ReadAsync<SearchPage>();
            var got = page.Items.Select(i => names[i.ProductId]).ToList();
            output.WriteLine($"| `{c.Q}` | {string.Join(", ", c.Top)} | {c.Count} | {string.Join(", ", got.Take(8))} | {page.Count} |");
            var first = got.Take(c.Top.Length).ToList();
            var ok = page.Count == c.Count && got.Count == c.Count
                && (c.Ordered ? first.SequenceEqual(c.Top) : first.ToHashSet().SetEquals(c.Top));
            if (!ok)
            {
                failures.Add($"{c.Q}: expected [{string.Join(", ", c.Top)}] of {c.Count}, got [{string.Join(", ", got)}] of {page.Count}");
            }
        }

        failures.ShouldBeEmpty();
    }
}

[Trait("Provider", "sqlite")]
public sealed class SearchQualityTestsOnSqlite(SearchFixture<SqliteDb> f, ITestOutputHelper o) : SearchQualityTests<SqliteDb>(f, o);

[Trait("Provider", "postgres")]
public sealed class SearchQualityTestsOnPostgres(SearchFixture<PostgresDb> f, ITestOutputHelper o) : SearchQualityTests<PostgresDb>(f, o);

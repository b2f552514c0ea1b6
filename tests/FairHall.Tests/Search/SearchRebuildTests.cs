using System.Net;
using FairHall.Modules.Catalog;
using FairHall.Modules.Discovery;
using FairHall.Modules.Packages;
using FairHall.Tests.Accounts;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Tests.Search;

/// <summary>The index rebuilt in batches from the catalog, and counts capped where exact counts would be slow (BUY-1, X-2).</summary>
[Trait("Req", "BUY-1")]
[Trait("Req", "X-2")]
public abstract class SearchRebuildTests<TDb>(QuietAppFixture<TDb> fixture) : IClassFixture<QuietAppFixture<TDb>> where TDb : TestDb, new()
{
    [Fact]
    public async Task Rebuild_indexes_every_listed_product_in_batches_and_counts_stop_at_the_cap()
    {
        var total = CatalogSearch.CountCap + 5;
        var demo = await fixture.App.WithDbAsync(db => db.Set<Product>().CountAsync(p => p.Status == ProductStatus.Listed));
        await fixture.App.WithDbAsync(async db =>
        {
            var now = fixture.App.Clock.GetUtcNow();
            var session = (await Sessions.CurrentAsync(db, fixture.App.Clock, CancellationToken.None))!.Id;
            var zone = await db.Set<FairHall.Modules.Fairs.Zone>().Where(z => z.SessionId == session).Select(z => z.Id).FirstAsync();
            var enterprise = await db.Users.Where(u => u.UserName == DemoUsers.ExhibitorAdmin).Select(u => u.EnterpriseId!.Value).FirstAsync();
            for (var i = 0; i < total + 1; i++)
            {
                var p = new Product(enterprise, session, new ProductDetails(zone, $"批量水杯{i}", $"Batch cup {i}", "", "", "杯壶", null, null, null, null, null, null, false), now.AddSeconds(i));
                (p.Submit(now) ?? p.Approve(now) ?? p.List(now.AddSeconds(i)) ?? (i == total ? p.Delist(now) : null)).ShouldBeNull();
                db.Add(p);
            }

            await db.SaveChangesAsync();
            // The rows were written without the outbox having run: the index is empty until it is rebuilt.
            (await db.Set<SearchProduct>().CountAsync()).ShouldBe(0);
        });

        var progress = new List<int>();
        var indexed = await fixture.App.WithDbAsync(async db =>
        {
            await using var scope = fixture.App.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ProductIndexer>().RebuildAsync(progress.Add, CancellationToken.None);
        });

        indexed.ShouldBe(total + demo);
        progress.ShouldBe([500, 1000, total + demo]);
        using var client = fixture.Anonymous();
        var page = await (await client.GetAsync("/api/v1/search/products?q=" + Uri.EscapeDataString("水杯"))).ReadAsync<SearchPage>();
        page.Count.ShouldBe(CatalogSearch.CountCap);
        page.CountCapped.ShouldBeTrue();
        page.Items.Count.ShouldBe(20);
        var html = await client.GetStringAsync("/search?q=cup");
        html.ShouldContain("超过 1,000 件展品");
        var exact = await (await client.GetAsync("/api/v1/search/products?q=" + Uri.EscapeDataString("批量水杯1000"))).ReadAsync<SearchPage>();
        exact.Items[0].NameZh.ShouldBe("批量水杯1000");
        (await client.GetAsync("/api/v1/search/products?q=" + Uri.EscapeDataString($"批量水杯{total}"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await client.GetAsync("/api/v1/search/products?q=" + Uri.EscapeDataString($"Batch cup {total}"))).ReadAsync<SearchPage>())
            .Items.ShouldNotContain(i => i.NameEn == $"Batch cup {total}"); // delisted before the rebuild
    }
}

[Trait("Provider", "sqlite")]
public sealed class SearchRebuildTestsOnSqlite(QuietAppFixture<SqliteDb> f) : SearchRebuildTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class SearchRebuildTestsOnPostgres(QuietAppFixture<PostgresDb> f) : SearchRebuildTests<PostgresDb>(f);

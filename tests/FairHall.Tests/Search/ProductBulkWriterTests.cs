using FairHall.Modules.Catalog;
using FairHall.Modules.Discovery;
using FairHall.Modules.Packages;
using FairHall.Platform.Outbox;
using FairHall.Tests.Accounts;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Tests.Search;

/// <summary>
/// The bulk path shared by the CSV import and the bench load: each batch is written in one transaction and its public
/// products are indexed in it by the search indexer, instead of queuing one outbox event per product.
/// </summary>
[Trait("Req", "X-2")]
[Trait("Req", "X-3")]
public abstract class ProductBulkWriterTests<TDb>(QuietAppFixture<TDb> fixture) : IClassFixture<QuietAppFixture<TDb>> where TDb : TestDb, new()
{
    [Fact]
    public async Task A_batch_of_listed_products_is_searchable_at_once_without_outbox_events_and_drafts_stay_out_of_the_index()
    {
        var tag = $"批写{Guid.NewGuid():N}"[..10];
        var before = await fixture.App.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.Type.Contains(nameof(ProductChanged))));
        var (written, ids, draftId) = await fixture.App.WithDbAsync(async db =>
        {
            await using var scope = fixture.App.Services.CreateAsyncScope();
            var writer = scope.ServiceProvider.GetRequiredService<ProductBulkWriter>();
            var scoped = scope.ServiceProvider.GetRequiredService<FairHall.Platform.Data.FairHallDbContext>();
            var now = fixture.App.Clock.GetUtcNow();
            var session = (await Sessions.CurrentAsync(db, fixture.App.Clock, CancellationToken.None))!.Id;
            var zone = await db.Set<FairHall.Modules.Fairs.Zone>().Where(z => z.SessionId == session).Select(z => z.Id).FirstAsync();
            var enterprise = await db.Users.Where(u => u.UserName == DemoUsers.ExhibitorAdmin).Select(u => u.EnterpriseId!.Value).FirstAsync();
            List<Product> batch = [];
            for (var i = 0; i < 30; i++)
            {
                var p = new Product(enterprise, session, new ProductDetails(zone, $"{tag}水杯{i}", $"Bulk cup {i}", "", "", "杯壶", null, null, null, null, null, null, false), now);
                (p.Submit(now) ?? p.Approve(now) ?? (p.Status == ProductStatus.Listed ? null : p.List(now))).ShouldBeNull();
                batch.Add(p);
            }

            var draft = new Product(enterprise, session, new ProductDetails(zone, $"{tag}草稿", "Bulk draft", "", "", "杯壶", null, null, null, null, null, null, false), now);
            batch.Add(draft);
            var all = batch.ToList();
            var count = await writer.WriteAsync(batch, CancellationToken.None);
            batch.ShouldBeEmpty(); // the batch is handed over and emptied
            scoped.ChangeTracker.Entries().ShouldBeEmpty();
            return (count, all.Take(30).Select(p => p.Id).ToList(), draft.Id);
        });

        written.ShouldBe(31);
        var indexed = await fixture.App.WithDbAsync(db => db.Set<SearchProduct>().Where(d => ids.Contains(d.ProductId) || d.ProductId == draftId).Select(d => d.ProductId).ToListAsync());
        indexed.ShouldBe(ids, ignoreOrder: true);
        (await fixture.App.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.Type.Contains(nameof(ProductChanged))))).ShouldBe(before);

        using var client = fixture.Anonymous();
        var page = await (await client.GetAsync("/api/v1/search/products?size=50&q=" + Uri.EscapeDataString(tag))).ReadAsync<SearchPage>();
        page.Items.Select(i => i.ProductId).ShouldBe(ids, ignoreOrder: true);
    }

    [Fact]
    public async Task An_empty_batch_writes_nothing()
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<ProductBulkWriter>().WriteAsync([], CancellationToken.None)).ShouldBe(0);
    }
}

[Trait("Provider", "sqlite")]
public sealed class ProductBulkWriterTestsOnSqlite(QuietAppFixture<SqliteDb> f) : ProductBulkWriterTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class ProductBulkWriterTestsOnPostgres(QuietAppFixture<PostgresDb> f) : ProductBulkWriterTests<PostgresDb>(f);

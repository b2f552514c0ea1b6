using FairHall.Modules.Catalog;
using FairHall.Modules.Exhibitors;
using FairHall.Platform.Data;
using FairHall.Platform.Outbox;
using FairHall.Platform.Search;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Discovery;

/// <summary>A product was added, changed or deleted: its search row is brought in step.</summary>
public sealed record ProductChanged(long ProductId) : IOutboxEvent;

/// <summary>An enterprise's name changed: the rows of its products carry the name.</summary>
public sealed record EnterpriseRenamed(long EnterpriseId) : IOutboxEvent;

/// <summary>
/// Keeps <c>search_products</c> and the engine's term table in step with the catalog: re-reads the product and
/// writes its row when <see cref="PublicProducts"/> admits it, removes it otherwise. Runs from the outbox (in the
/// dispatcher's transaction) and from <c>search-rebuild</c>.
/// </summary>
internal sealed class ProductIndexer(FairHallDbContext db, ISearchTermStore terms)
    : IOutboxHandler<ProductChanged>, IOutboxHandler<EnterpriseRenamed>
{
    public const int BatchSize = 500;

    public Task HandleAsync(ProductChanged evt, CancellationToken ct) => RefreshAsync([evt.ProductId], ct);

    public async Task HandleAsync(EnterpriseRenamed evt, CancellationToken ct)
    {
        long after = 0;
        while (true)
        {
            var ids = await db.Set<Product>().AsNoTracking().Where(p => p.EnterpriseId == evt.EnterpriseId && p.Id > after)
                .OrderBy(p => p.Id).Select(p => p.Id).Take(BatchSize).ToListAsync(ct);
            if (ids.Count == 0)
            {
                return;
            }

            await RefreshAsync(ids, ct);
            after = ids[^1];
        }
    }

    /// <summary>Writes or removes the rows of these products from what the catalog says now.</summary>
    public async Task RefreshAsync(IReadOnlyList<long> productIds, CancellationToken ct)
    {
        var products = await LoadAsync(db.Set<Product>().Where(p => productIds.Contains(p.Id)), ct);
        var existing = await db.Set<SearchProduct>().Where(d => productIds.Contains(d.ProductId)).ToListAsync(ct);
        await terms.DeleteAsync(existing.Select(d => d.DocKey).ToList(), ct);
        db.RemoveRange(existing);
        await db.SaveChangesAsync(ct);

        var popularity = await Engagement.ProductPopularity.ReadAsync(db, productIds, ct);
        var fresh = products.Where(x => PublicProducts.IsPublic(x.Product)).Select(x => Document(x, popularity.GetValueOrDefault(x.Product.Id))).ToList();
        db.AddRange(fresh.Select(x => x.Row));
        await db.SaveChangesAsync(ct);
        await terms.InsertAsync(fresh.Select(x => (x.Row.DocKey, x.Terms)).ToList(), ct);
    }

    /// <summary>
    /// Empties the index and fills it again, <see cref="BatchSize"/> products at a time (keyset on id), each batch in
    /// its own transaction. A batch that collides with the outbox handler writing the same product is read and
    /// written again: both write what the catalog says, so either outcome is right.
    /// </summary>
    public async Task<int> RebuildAsync(Action<int>? progress, CancellationToken ct)
    {
        await terms.ClearAsync(ct);
        await db.Set<SearchProduct>().ExecuteDeleteAsync(ct);
        long after = 0;
        var written = 0;
        while (true)
        {
            var ids = await db.Set<Product>().AsNoTracking().Where(p => p.Id > after).Where(PublicProducts.Rule)
                .OrderBy(p => p.Id).Select(p => p.Id).Take(BatchSize).ToListAsync(ct);
            if (ids.Count == 0)
            {
                return written;
            }

            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await using var tx = await db.Database.BeginTransactionAsync(ct);
                    await RefreshAsync(ids, ct);
                    await tx.CommitAsync(ct);
                    break;
                }
                catch (DbUpdateException) when (attempt < 3)
                {
                    db.ChangeTracker.Clear();
                }
            }

            db.ChangeTracker.Clear();
            written += ids.Count;
            after = ids[^1];
            progress?.Invoke(written);
        }
    }

    private async Task<List<Source>> LoadAsync(IQueryable<Product> products, CancellationToken ct) =>
        await products.AsNoTracking().Include(p => p.Tags)
            .Join(db.Set<Enterprise>().AsNoTracking(), p => p.EnterpriseId, e => e.Id, (p, e) => new Source(p, e.NameZh, e.NameEn))
            .ToListAsync(ct);

    private static (SearchProduct Row, IReadOnlyList<string> Terms) Document(Source x, long popularity)
    {
        var p = x.Product;
        var row = new SearchProduct
        {
            ProductId = p.Id,
            DocKey = SearchProduct.KeyOf(StaticScore(p, popularity), p.Id),
            SessionId = p.SessionId,
            ZoneId = p.ZoneId,
            EnterpriseId = p.EnterpriseId,
            NameZh = p.NameZh,
            NameEn = p.NameEn,
            EnterpriseNameZh = x.EnterpriseNameZh,
            EnterpriseNameEn = x.EnterpriseNameEn,
            Category = p.Category,
            Origin = p.Origin,
            Brand = p.Brand,
            PriceFen = p.MarketPriceFen ?? p.WholesalePriceFen,
            HasPrice = p.MarketPriceFen is not null || p.WholesalePriceFen is not null,
            NewUntilTicks = p.IsNew && p.NewMarkedAt is { } marked ? (marked + Product.NewTagLifetime).UtcTicks : 0,
            ListedTicks = (p.ListedAt ?? p.UpdatedAt).UtcTicks,
            Popularity = popularity,
        };
        var words = Tokenizer.IndexTerms(p.NameZh, p.NameEn, p.Category, p.Brand, p.Origin, p.Model, x.EnterpriseNameZh, x.EnterpriseNameEn, p.DescriptionZh, p.DescriptionEn);
        var tags = p.Tags.Where(t => !string.IsNullOrWhiteSpace(t.Value)).Select(t => TagTerms.Of(t.ZoneTagId, t.Value));
        return (row, [.. words, .. tags]);
    }

    /// <summary>
    /// The index order: popularity first (BUY-3 counters will feed it), then completeness, so that among equally
    /// popular products those with a price, a brand and a description come first. Ties fall to the newest id.
    /// </summary>
    private static long StaticScore(Product p, long popularity) =>
        popularity * 8
        + (p.MarketPriceFen is not null || p.WholesalePriceFen is not null ? 4 : 0)
        + (string.IsNullOrWhiteSpace(p.Brand) ? 0 : 2)
        + (string.IsNullOrWhiteSpace(p.DescriptionZh) && string.IsNullOrWhiteSpace(p.DescriptionEn) ? 0 : 1);

    private sealed record Source(Product Product, string EnterpriseNameZh, string EnterpriseNameEn);
}

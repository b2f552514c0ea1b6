using FairHall.Platform.Data;

namespace FairHall.Modules.Catalog;

/// <summary>
/// The search side of a bulk write (implemented by Discovery): while suspended, products added to the context do
/// not each queue an index event; <see cref="IndexAsync"/> then indexes the batch's public products in the batch's
/// own transaction, the way <c>search-rebuild</c> does.
/// </summary>
internal interface IProductBatchIndex
{
    IDisposable SuspendAddedEvents(FairHallDbContext db);

    Task IndexAsync(IReadOnlyList<long> productIds, CancellationToken ct);
}

/// <summary>
/// Writes new products in batches: one transaction per batch, the audit interceptor's rows in it, public products
/// indexed in the same transaction (no outbox event per product), change tracker emptied afterwards. The CSV import
/// and the Canton-scale bench load go through it, so what the bench measures is the platform's own bulk path.
/// </summary>
internal sealed class ProductBulkWriter(FairHallDbContext db, IProductBatchIndex index)
{
    /// <summary>
    /// Writes the batch (and <paramref name="alongside"/>, other new rows that belong to the same transaction, such as an
    /// import's row errors) and empties it; returns how many products were written.
    /// </summary>
    public async Task<int> WriteAsync(List<Product> batch, CancellationToken ct, IEnumerable<object>? alongside = null)
    {
        var extra = alongside?.ToList() ?? [];
        if (batch.Count == 0 && extra.Count == 0)
        {
            return 0;
        }

        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            using (index.SuspendAddedEvents(db))
            {
                db.AddRange(batch);
                db.AddRange(extra);
                await db.SaveChangesAsync(ct); // the audit interceptor writes the batch's audit rows in the same transaction
            }

            var listed = batch.Where(p => p.IsPublic).Select(p => p.Id).ToList();
            if (listed.Count > 0)
            {
                await index.IndexAsync(listed, ct);
            }

            await tx.CommitAsync(ct);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }

        var count = batch.Count;
        batch.Clear();
        return count;
    }
}

using FairHall.Modules.Catalog;
using FairHall.Platform.Data;

namespace FairHall.Modules.Discovery;

/// <summary>The catalog's bulk writes indexed batch by batch by <see cref="ProductIndexer"/> (the search-rebuild path).</summary>
internal sealed class ProductBatchIndex(ProductIndexer indexer) : IProductBatchIndex
{
    public IDisposable SuspendAddedEvents(FairHallDbContext db) => SearchIndexInterceptor.SuspendAddedEvents(db);

    public Task IndexAsync(IReadOnlyList<long> productIds, CancellationToken ct) => indexer.RefreshAsync(productIds, ct);
}

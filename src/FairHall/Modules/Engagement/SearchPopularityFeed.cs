using FairHall.Modules.Discovery;
using FairHall.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Engagement;

/// <summary>
/// Feeds product popularity into the search index (<see cref="SearchProduct.Popularity"/>, part of its static
/// order) periodically and for changed products only: counters mark a product <see cref="ItemStat.SearchDue"/>;
/// this feed reads the marked rows, re-indexes those whose <see cref="Popularity.Bucket"/> moved, and clears the
/// mark unless the counters changed meanwhile (then the next run takes them).
/// </summary>
internal sealed class SearchPopularityFeed(FairHallDbContext db, ProductIndexer indexer)
{
    public const int BatchSize = 500;

    /// <summary>Runs until no marked product is left; returns how many were re-indexed.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var reindexed = 0;
        long after = -1;
        while (true)
        {
            var due = await db.Set<ItemStat>().AsNoTracking().Where(s => s.SearchDue && s.Kind == EngageKind.Product && s.ItemId > after)
                .OrderBy(s => s.ItemId).Take(BatchSize).Select(s => new { s.ItemId, s.Views, s.Favorites, s.IndexedPopularity, s.UpdatedAt }).ToListAsync(ct);
            if (due.Count == 0)
            {
                return reindexed;
            }

            var changed = due.Where(d => Popularity.Bucket(d.Views, d.Favorites) != d.IndexedPopularity).Select(d => d.ItemId).ToList();
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await WriteAsync(changed, due.Select(d => (d.ItemId, Popularity.Bucket(d.Views, d.Favorites), d.UpdatedAt)).ToList(), ct);
                    break;
                }
                catch (DbUpdateException) when (attempt < 3)
                {
                    // The outbox's indexer wrote the same product meanwhile: both write what the catalog says; read again.
                    db.ChangeTracker.Clear();
                }
            }

            db.ChangeTracker.Clear();
            reindexed += changed.Count;
            after = due[^1].ItemId;
        }
    }

    private async Task WriteAsync(List<long> changed, List<(long ItemId, long Bucket, DateTimeOffset UpdatedAt)> due, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (changed.Count > 0)
        {
            await indexer.RefreshAsync(changed, ct);
        }

        foreach (var (itemId, bucket, updatedAt) in due)
        {
            await db.Set<ItemStat>().Where(s => s.Kind == EngageKind.Product && s.ItemId == itemId && s.UpdatedAt == updatedAt)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.SearchDue, false).SetProperty(x => x.IndexedPopularity, bucket), ct);
        }

        await tx.CommitAsync(ct);
    }
}

/// <summary>Runs the search feed every <see cref="EngagementOptions.SearchFeedSeconds"/>.</summary>
internal sealed class SearchPopularityWorker(IServiceScopeFactory scopes, EngagementOptions options, ILogger<SearchPopularityWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Timers || options.SearchFeedSeconds <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.SearchFeedSeconds));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<SearchPopularityFeed>().RunAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    log.LogError(ex, "Search popularity feed failed; trying again later.");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}

using FairHall.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Engagement;

/// <summary>
/// Drains <see cref="ViewBuffer"/> and writes the views in one transaction per batch: per item one upsert of its
/// counters (every visitor), per signed-in buyer and item one upsert of the aggregate row; unknown or no longer
/// public items are dropped. On a crash what is still in memory (at most one flush interval of beacons, by
/// default 5 s) is lost; a failed batch is rolled back as a whole and dropped (logged), never half-written.
/// A normal shutdown flushes what is left.
/// </summary>
internal sealed class ViewFlusher(ViewBuffer buffer, IServiceScopeFactory scopes, ILogger<ViewFlusher> log)
{
    public const int MaxBatch = 5_000;

    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>Writes everything buffered so far; returns how many beacons were taken.</summary>
    public async Task<int> FlushAsync(CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            var total = 0;
            while (true)
            {
                var hits = new List<ViewHit>();
                while (hits.Count < MaxBatch && buffer.Reader.TryRead(out var hit))
                {
                    hits.Add(hit);
                }

                if (hits.Count == 0)
                {
                    return total;
                }

                total += hits.Count;
                try
                {
                    await WriteAsync(hits, ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    log.LogError(ex, "Dropped {Count} view beacons: the batch could not be written.", hits.Count);
                }
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task WriteAsync(List<ViewHit> hits, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FairHallDbContext>();
        var items = scope.ServiceProvider.GetRequiredService<PublicItems>();
        var known = new Dictionary<(EngageKind, long), PublicItem>();
        foreach (var group in hits.GroupBy(h => h.Kind))
        {
            foreach (var (id, item) in await items.FindManyAsync(group.Key, group.Select(h => h.ItemId).ToHashSet(), ct))
            {
                known[(group.Key, id)] = item;
            }
        }

        var accepted = hits.Where(h => known.ContainsKey((h.Kind, h.ItemId))).ToList();
        if (accepted.Count == 0)
        {
            return;
        }

        var now = accepted.Max(h => h.At);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var g in accepted.GroupBy(h => (h.Kind, h.ItemId)).OrderBy(g => g.Key))
        {
            await Popularity.AddAsync(db, known[g.Key], g.Sum(h => (long)h.Views), 0, g.Sum(h => (long)h.Seconds), now, ct);
        }

        foreach (var g in accepted.Where(h => h.BuyerUserId is not null).GroupBy(h => (User: h.BuyerUserId!.Value, h.Kind, h.ItemId)).OrderBy(g => g.Key))
        {
            await Popularity.AddBuyerViewAsync(db, g.Key.User, known[(g.Key.Kind, g.Key.ItemId)], g.Sum(h => (long)h.Views), g.Sum(h => (long)h.Seconds),
                g.Min(h => h.At), g.Max(h => h.At), ct);
        }

        await tx.CommitAsync(ct);
    }
}

/// <summary>Flushes the view buffer every few seconds, and once more on shutdown.</summary>
internal sealed class ViewFlushWorker(ViewFlusher flusher, EngagementOptions options, ILogger<ViewFlushWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Timers)
        {
            return;
        }

        // A real timer, not the injectable clock: this is plumbing, and tests call the flusher directly.
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(0.2, options.FlushSeconds)));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await flusher.FlushAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    log.LogError(ex, "View flush failed; trying again.");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await flusher.FlushAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning(ex, "Views buffered at shutdown could not be written.");
        }
    }
}

using System.Text.Json;
using FairHall.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Platform.Outbox;

/// <summary>
/// Delivers due outbox messages to their handlers. Safe to run on several nodes at once: a message is only
/// worked on by the node whose conditional UPDATE claimed it (one row changed), and each handler's delivery
/// is recorded with a unique (message, handler) key in the handler's own transaction.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IEnumerable<OutboxHandlerRegistration> registrations,
    OutboxOptions options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> log)
{
    private readonly ILookup<string, OutboxHandlerRegistration> handlersByEvent = registrations.ToLookup(r => r.EventName, StringComparer.Ordinal);

    /// <summary>Delivers every message that is due now, batch after batch; returns how many this node claimed.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken ct = default)
    {
        var claimed = 0;
        while (true)
        {
            var ids = await DueIdsAsync(ct);
            var claimedInBatch = 0;
            foreach (var id in ids)
            {
                ct.ThrowIfCancellationRequested();
                if (await TryClaimAsync(id, ct) is { } lockedUntil)
                {
                    claimedInBatch++;
                    await ProcessAsync(id, lockedUntil, ct);
                }
            }

            claimed += claimedInBatch;
            // A short batch means nothing more is due; a batch another node took entirely means it is on it.
            if (ids.Count < options.BatchSize || claimedInBatch == 0)
            {
                return claimed;
            }
        }
    }

    private async Task<List<long>> DueIdsAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FairHallDbContext>();
        var now = clock.GetUtcNow();
        return await db.Set<OutboxMessage>()
            .Where(m => m.ProcessedAt == null && m.NextAttemptAt <= now && m.Attempts < options.MaxAttempts
                        && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.Id)
            .Select(m => m.Id)
            .Take(options.BatchSize)
            .ToListAsync(ct);
    }

    /// <summary>The row-level claim: only the node whose UPDATE changed the row proceeds.</summary>
    private async Task<DateTimeOffset?> TryClaimAsync(long id, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FairHallDbContext>();
        var now = clock.GetUtcNow();
        // Whole milliseconds, so that the value compares equal after a round trip through timestamptz (µs).
        var until = Truncate(now.AddSeconds(options.LockSeconds));
        var changed = await db.Set<OutboxMessage>()
            .Where(m => m.Id == id && m.ProcessedAt == null && m.NextAttemptAt <= now && m.Attempts < options.MaxAttempts
                        && (m.LockedUntil == null || m.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, (DateTimeOffset?)until), ct);
        return changed == 1 ? until : null;
    }

    private async Task ProcessAsync(long id, DateTimeOffset lockedUntil, CancellationToken ct)
    {
        OutboxMessage message;
        List<string> delivered;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FairHallDbContext>();
            message = await db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == id, ct);
            delivered = await db.Set<OutboxDelivery>().Where(d => d.MessageId == id).Select(d => d.Handler).ToListAsync(ct);
        }

        var handlers = handlersByEvent[message.Type].ToList();
        if (handlers.Count == 0)
        {
            log.LogWarning("Outbox message {Id} of type {Type} has no handler; marking it processed.", id, message.Type);
        }

        string? error = null;
        object? evt = null;
        if (handlers.Count > 0)
        {
            try
            {
                evt = JsonSerializer.Deserialize(message.Payload, handlers[0].EventType)
                    ?? throw new JsonException("The payload is null.");
            }
            catch (JsonException ex)
            {
                error = $"payload: {ex.Message}";
            }
        }

        foreach (var handler in handlers.Where(h => evt is not null && !delivered.Contains(h.Name)))
        {
            try
            {
                await RunHandlerAsync(handler, id, evt!, ct);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                // Other handlers still run: one failing channel must not hold back the others.
                log.LogWarning(ex, "Outbox handler {Handler} failed for message {Id}.", handler.Name, id);
                error ??= $"{handler.Name}: {ex.GetType().Name}: {ex.Message}";
            }
        }

        await FinishAsync(message, lockedUntil, error, CancellationToken.None);
    }

    private async Task RunHandlerAsync(OutboxHandlerRegistration handler, long messageId, object evt, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FairHallDbContext>();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await handler.Invoke(scope.ServiceProvider.GetRequiredService(handler.HandlerType), evt, ct);
        db.Set<OutboxDelivery>().Add(new OutboxDelivery { MessageId = messageId, Handler = handler.Name, DeliveredAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    private async Task FinishAsync(OutboxMessage message, DateTimeOffset lockedUntil, string? error, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FairHallDbContext>();
        var now = clock.GetUtcNow();
        // Only while this node still holds the claim: after an expired lock another node owns the message.
        var mine = db.Set<OutboxMessage>().Where(m => m.Id == message.Id && m.LockedUntil == lockedUntil);
        if (error is null)
        {
            await mine.ExecuteUpdateAsync(s => s
                .SetProperty(m => m.ProcessedAt, (DateTimeOffset?)now)
                .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null)
                .SetProperty(m => m.LastError, (string?)null), ct);
            return;
        }

        var attempts = message.Attempts + 1;
        var next = now + options.RetryDelay(attempts);
        var lastError = error.Length > 2000 ? error[..2000] : error;
        await mine.ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Attempts, attempts)
            .SetProperty(m => m.NextAttemptAt, next)
            .SetProperty(m => m.LastError, lastError)
            .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null), ct);
        if (attempts >= options.MaxAttempts)
        {
            log.LogError("Outbox message {Id} ({Type}) failed {Attempts} times and is no longer retried: {Error}",
                message.Id, message.Type, attempts, lastError);
        }
    }

    private static DateTimeOffset Truncate(DateTimeOffset t) =>
        new(t.UtcTicks - (t.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
}

using FairHall.Platform.Data;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Platform.Outbox;

/// <summary>Which outbox messages an operator looks at.</summary>
public enum OutboxState
{
    /// <summary>Not yet attempted.</summary>
    Pending,

    /// <summary>Failed at least once, still being retried.</summary>
    Retrying,

    /// <summary>Failed as many times as allowed: waits for someone to act.</summary>
    Failed,

    /// <summary>Delivered to every handler.</summary>
    Processed,
}

/// <summary>GET /api/v1/outbox — the organizer's view of events waiting, retrying, failed or delivered.</summary>
internal static class ListOutboxMessages
{
    public const int PageSize = 50;

    public sealed record Item(long Id, string Type, DateTimeOffset OccurredAt, int Attempts, DateTimeOffset NextAttemptAt, DateTimeOffset? ProcessedAt, string? LastError);

    public sealed record Counts(int Pending, int Retrying, int Failed);

    public sealed record Response(Counts Counts, IReadOnlyList<Item> Items, long? NextAfterId);

    public static async Task<Response> HandleAsync(FairHallDbContext db, OutboxOptions options, OutboxState state, long? afterId, CancellationToken ct)
    {
        var open = db.Set<OutboxMessage>().AsNoTracking().Where(m => m.ProcessedAt == null);
        var counts = new Counts(
            await open.CountAsync(m => m.Attempts == 0, ct),
            await open.CountAsync(m => m.Attempts > 0 && m.Attempts < options.MaxAttempts, ct),
            await open.CountAsync(m => m.Attempts >= options.MaxAttempts, ct));

        var q = state switch
        {
            OutboxState.Pending => open.Where(m => m.Attempts == 0),
            OutboxState.Retrying => open.Where(m => m.Attempts > 0 && m.Attempts < options.MaxAttempts),
            OutboxState.Failed => open.Where(m => m.Attempts >= options.MaxAttempts),
            OutboxState.Processed => db.Set<OutboxMessage>().AsNoTracking().Where(m => m.ProcessedAt != null),
            _ => throw new ArgumentOutOfRangeException(nameof(state)),
        };
        if (afterId is { } after)
        {
            q = q.Where(m => m.Id < after);
        }

        var rows = await q.OrderByDescending(m => m.Id).Take(PageSize + 1)
            .Select(m => new Item(m.Id, m.Type, m.OccurredAt, m.Attempts, m.NextAttemptAt, m.ProcessedAt, m.LastError))
            .ToListAsync(ct);
        var items = rows.Take(PageSize).ToList();
        return new Response(counts, items, rows.Count > PageSize ? items[^1].Id : null);
    }

    public static void MapListOutboxMessages(this RouteGroupBuilder group) =>
        group.MapGet("/", async (FairHallDbContext db, OutboxOptions options, OutboxState? state, long? afterId, CancellationToken ct) =>
                TypedResults.Ok(await HandleAsync(db, options, state ?? OutboxState.Failed, afterId, ct)))
            .RequireAuthorization(Policies.Organizer)
            .WithSummary("Outbox messages by state (default: failed), newest first, with counts.");
}

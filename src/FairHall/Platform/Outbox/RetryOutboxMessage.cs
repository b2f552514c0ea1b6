using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Platform.Outbox;

/// <summary>
/// POST /api/v1/outbox/{id}/retry — gives an undelivered message a fresh set of attempts, due now. Handlers that
/// already succeeded for it are not run again (their deliveries are recorded).
/// </summary>
internal static class RetryOutboxMessage
{
    public static async Task<Result<Done>> HandleAsync(FairHallDbContext db, TimeProvider clock, long id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var changed = await db.Set<OutboxMessage>()
            .Where(m => m.Id == id && m.ProcessedAt == null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Attempts, 0)
                .SetProperty(m => m.NextAttemptAt, now)
                .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null), ct);
        if (changed == 1)
        {
            return Done.Value;
        }

        return await db.Set<OutboxMessage>().AnyAsync(m => m.Id == id, ct)
            ? Error.Conflict("outbox_already_processed")
            : Error.NotFound();
    }

    public static void MapRetryOutboxMessage(this RouteGroupBuilder group) =>
        group.MapPost("/{id:long}/retry", async (long id, FairHallDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                (await HandleAsync(db, clock, id, ct)).ToHttp(http, _ => TypedResults.NoContent()))
            .RequireAuthorization(Policies.Organizer)
            .WithSummary("Retry an undelivered outbox message now.");
}

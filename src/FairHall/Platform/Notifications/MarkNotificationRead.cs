using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Platform.Notifications;

/// <summary>POST /api/v1/notifications/{id}/read — marks one of the caller's own notifications read.</summary>
internal static class MarkNotificationRead
{
    public sealed record Response(long Id, DateTimeOffset ReadAt);

    public static async Task<Result<Response>> HandleAsync(FairHallDbContext db, TimeProvider clock, long userId, long id, CancellationToken ct)
    {
        // Someone else's notification is "not found", never "forbidden": its existence is not revealed.
        var notification = await db.Set<Notification>().SingleOrDefaultAsync(n => n.Id == id && n.UserId == userId, ct);
        if (notification is null)
        {
            return Error.NotFound();
        }

        notification.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return new Response(notification.Id, notification.ReadAt!.Value);
    }

    public static void MapMarkNotificationRead(this RouteGroupBuilder group) =>
        group.MapPost("/{id:long}/read", async (long id, ICurrentActor me, FairHallDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                (await HandleAsync(db, clock, me.UserId ?? 0, id, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .WithName("MarkNotificationRead");
}

using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Platform.Notifications;

/// <summary>POST /api/v1/notifications/read-all — marks all of the caller's unread notifications read.</summary>
internal static class MarkAllNotificationsRead
{
    public sealed record Response(int Marked);

    public static async Task<Result<Response>> HandleAsync(FairHallDbContext db, TimeProvider clock, long userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        // One UPDATE, however many there are; notifications are not audited, so bypassing SaveChanges loses nothing.
        var marked = await db.Set<Notification>()
            .Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, (DateTimeOffset?)now), ct);
        return new Response(marked);
    }

    public static void MapMarkAllNotificationsRead(this RouteGroupBuilder group) =>
        group.MapPost("/read-all", async (ICurrentActor me, FairHallDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                (await HandleAsync(db, clock, me.UserId ?? 0, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .WithName("MarkAllNotificationsRead");
}

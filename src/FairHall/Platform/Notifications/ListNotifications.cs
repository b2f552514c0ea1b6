using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Platform.Notifications;

/// <summary>GET /api/v1/notifications?afterId=&amp;limit= — the caller's own notifications, newest first.</summary>
internal static class ListNotifications
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public sealed record Item(long Id, string Title, string Body, string TitleZh, string TitleEn, string BodyZh, string BodyEn,
        string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

    /// <summary><see cref="NextAfterId"/> is null on the last page; pass it as afterId for the next one.</summary>
    public sealed record Response(IReadOnlyList<Item> Items, int Unread, long? NextAfterId);

    public static async Task<Result<Response>> HandleAsync(FairHallDbContext db, long userId, long? afterId, int? limit, CancellationToken ct)
    {
        var take = Math.Clamp(limit ?? DefaultLimit, 1, MaxLimit);
        var query = db.Set<Notification>().AsNoTracking().Where(n => n.UserId == userId);
        if (afterId is { } after)
        {
            query = query.Where(n => n.Id < after);
        }

        // One row more than asked tells whether there is a next page without a count.
        var rows = await query.OrderByDescending(n => n.Id).Take(take + 1).ToListAsync(ct);
        var unread = await db.Set<Notification>().CountAsync(n => n.UserId == userId && n.ReadAt == null, ct);
        var page = rows.Take(take).Select(n => new Item(
            n.Id, Bilingual.Pick(n.TitleZh, n.TitleEn), Bilingual.Pick(n.BodyZh, n.BodyEn),
            n.TitleZh, n.TitleEn, n.BodyZh, n.BodyEn, n.Link, n.CreatedAt, n.ReadAt)).ToList();
        return new Response(page, unread, rows.Count > take ? page[^1].Id : null);
    }

    public static void MapListNotifications(this RouteGroupBuilder group) =>
        group.MapGet("/", async (long? afterId, int? limit, ICurrentActor me, FairHallDbContext db, HttpContext http, CancellationToken ct) =>
                (await HandleAsync(db, me.UserId ?? 0, afterId, limit, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .WithName("ListNotifications");
}

using FairHall.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Engagement;

/// <summary>
/// The counter writes of BUY-3 as single-statement upserts (<c>INSERT … ON CONFLICT … DO UPDATE</c>, the same SQL
/// on SQLite ≥ 3.24 and PostgreSQL), so that the view flush and concurrent favorite clicks add to the same row
/// without reading it first and without losing an increment.
/// </summary>
internal static class Popularity
{
    /// <summary>
    /// The popularity the search index orders by: a power-of-two bucket of views + 4 × favorites. An order of
    /// magnitude more interest moves a product up; a single view does not rewrite its index row.
    /// </summary>
    public static long Bucket(long views, long favorites)
    {
        var interest = Math.Max(0, views) + (4 * Math.Max(0, favorites));
        return interest <= 0 ? 0 : 64 - long.LeadingZeroCount(interest);
    }

    private static object Instant(FairHallDbContext db, DateTimeOffset at) => db.Database.IsSqlite() ? at.UtcTicks : at.ToUniversalTime();

    /// <summary>Adds to an item's counters, creating the row on first use. Products are marked for the search feed.</summary>
    public static Task AddAsync(FairHallDbContext db, PublicItem item, long views, long favorites, long seconds, DateTimeOffset now, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO item_stats (kind, item_id, session_id, zone_id, enterprise_id, views, favorites, seconds, indexed_popularity, search_due, updated_at)
            VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, 0, {8}, {9})
            ON CONFLICT (kind, item_id) DO UPDATE SET
                views = item_stats.views + excluded.views,
                favorites = CASE WHEN item_stats.favorites + excluded.favorites < 0 THEN 0 ELSE item_stats.favorites + excluded.favorites END,
                seconds = item_stats.seconds + excluded.seconds,
                search_due = excluded.search_due OR item_stats.search_due,
                updated_at = excluded.updated_at
            """,
            [item.Kind.ToString(), item.Id, item.SessionId, ZoneParameter(db, item.ZoneId), item.EnterpriseId, views, Math.Max(0, favorites), seconds,
                item.Kind == EngageKind.Product, Instant(db, now)],
            ct);

    /// <summary>One favorite less; never below zero, never creates a row.</summary>
    public static Task RemoveFavoriteAsync(FairHallDbContext db, EngageKind kind, long itemId, DateTimeOffset now, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync(
            """
            UPDATE item_stats SET favorites = CASE WHEN favorites > 0 THEN favorites - 1 ELSE 0 END,
                search_due = CASE WHEN kind = 'Product' THEN {2} ELSE search_due END, updated_at = {3}
            WHERE kind = {0} AND item_id = {1}
            """,
            [kind.ToString(), itemId, true, Instant(db, now)],
            ct);

    /// <summary>Adds one buyer's views and seconds of one item to its single aggregate row.</summary>
    public static Task AddBuyerViewAsync(FairHallDbContext db, long userId, PublicItem item, long views, long seconds, DateTimeOffset first, DateTimeOffset last, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO item_views (user_id, kind, item_id, enterprise_id, views, seconds, first_at, last_at)
            VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7})
            ON CONFLICT (user_id, kind, item_id) DO UPDATE SET
                views = item_views.views + excluded.views,
                seconds = item_views.seconds + excluded.seconds,
                last_at = CASE WHEN excluded.last_at > item_views.last_at THEN excluded.last_at ELSE item_views.last_at END
            """,
            [userId, item.Kind.ToString(), item.Id, item.EnterpriseId, views, seconds, Instant(db, first), Instant(db, last)],
            ct);

    /// <summary>A typed null, so that PostgreSQL knows the parameter's type.</summary>
    private static object ZoneParameter(FairHallDbContext db, long? zoneId) =>
        zoneId is { } z ? z : db.Database.IsSqlite()
            ? new Microsoft.Data.Sqlite.SqliteParameter { Value = DBNull.Value }
            : new Npgsql.NpgsqlParameter { Value = DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint };
}

/// <summary>What the search indexer asks for: the popularity bucket of each product (0 without counters).</summary>
internal static class ProductPopularity
{
    public static async Task<Dictionary<long, long>> ReadAsync(FairHallDbContext db, IReadOnlyCollection<long> productIds, CancellationToken ct) =>
        (await db.Set<ItemStat>().AsNoTracking().Where(s => s.Kind == EngageKind.Product && productIds.Contains(s.ItemId))
            .Select(s => new { s.ItemId, s.Views, s.Favorites }).ToListAsync(ct))
        .ToDictionary(s => s.ItemId, s => Popularity.Bucket(s.Views, s.Favorites));
}

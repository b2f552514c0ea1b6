using FairHall.Modules.Packages;
using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace FairHall.Modules.Engagement;

/// <summary>One entry of a hot list.</summary>
public sealed record HotItem(EngageKind Kind, long Id, string NameZh, string NameEn, string? ImageUrl, long? PriceFen, string Url, long Views, long Favorites);

/// <summary>
/// Hot lists (BUY-3, seed 003 展台展示渠道: 热门展台 by views, 热门展品 by views or favorites), per zone and overall
/// for the current session. Reads the top rows of <see cref="ItemStat"/> through its (session, kind, zone, counter
/// desc) indexes, drops what is no longer public, and keeps the answer for <see cref="CacheSeconds"/> — a request
/// never scans the counters.
/// </summary>
internal sealed class HotLists(FairHallDbContext db, PublicItems items, ItemCards cards, TimeProvider clock, IMemoryCache cache)
{
    public const int MaxCount = 20;
    public const int CacheSeconds = 30;

    public async Task<IReadOnlyList<HotItem>> TopAsync(EngageKind kind, long? zoneId, bool byFavorites, int count, CancellationToken ct)
    {
        var key = $"hot:{kind}:{zoneId}:{byFavorites}";
        if (!cache.TryGetValue(key, out IReadOnlyList<HotItem>? list) || list is null)
        {
            list = await ReadAsync(kind, zoneId, byFavorites, ct);
            cache.Set(key, list, TimeSpan.FromSeconds(CacheSeconds));
        }

        return [.. list.Take(Math.Clamp(count, 1, MaxCount))];
    }

    private async Task<IReadOnlyList<HotItem>> ReadAsync(EngageKind kind, long? zoneId, bool byFavorites, CancellationToken ct)
    {
        var session = await Sessions.CurrentAsync(db, clock, ct);
        if (session is null)
        {
            return [];
        }

        var q = db.Set<ItemStat>().AsNoTracking().Where(s => s.SessionId == session.Id && s.Kind == kind);
        if (zoneId is { } zone)
        {
            q = q.Where(s => s.ZoneId == zone);
        }

        q = byFavorites
            ? q.Where(s => s.Favorites > 0).OrderByDescending(s => s.Favorites).ThenByDescending(s => s.ItemId)
            : q.Where(s => s.Views > 0).OrderByDescending(s => s.Views).ThenByDescending(s => s.ItemId);
        // Twice as many as shown: a few may have been delisted or banned since they were counted.
        var top = await q.Take(MaxCount * 2).Select(s => new { s.ItemId, s.Views, s.Favorites }).ToListAsync(ct);
        var ids = top.Select(t => t.ItemId).ToList();
        var visible = await items.FindManyAsync(kind, ids, ct);
        var card = await cards.ReadAsync(kind, [.. visible.Keys], ct);
        return [.. top.Where(t => visible.ContainsKey(t.ItemId) && card.ContainsKey(t.ItemId)).Take(MaxCount).Select(t =>
        {
            var c = card[t.ItemId];
            return new HotItem(kind, t.ItemId, c.NameZh, c.NameEn, c.ImageUrl, c.PriceFen, EngageKinds.Url(kind, t.ItemId), t.Views, t.Favorites);
        })];
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/hot/{kind}", async (string kind, long? zone, string? by, int? limit, HotLists hot, HttpContext http, CancellationToken ct) =>
            {
                if (EngageKinds.Parse(kind) is not { } k)
                {
                    return (IResult)Error.NotFound().ToProblem(http);
                }

                var favorites = string.Equals(by, "favorites", StringComparison.OrdinalIgnoreCase) && k == EngageKind.Product;
                http.Response.Headers.CacheControl = $"public, max-age={CacheSeconds}";
                return TypedResults.Ok(await hot.TopAsync(k, zone, favorites, limit ?? 10, ct));
            })
            .AllowAnonymous().WithTags("Engagement")
            .WithSummary("Hot products|booths|exhibitors of the current session, overall or in a zone, by views (default) or favorites (products), top 20 at most (BUY-3).");
}

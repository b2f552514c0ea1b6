using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Catalog.Media;

/// <summary>GET /api/v1/enterprise/media?kind=&amp;after=&amp;limit= — the enterprise's media, newest first, keyset-paged by id (CAT-5).</summary>
internal static class ListMedia
{
    public sealed record Response(IReadOnlyList<MediaRef> Items, long? Next);

    internal sealed class Handler(FairHallDbContext db, ICurrentActor actor, IMediaLookup lookup)
    {
        /// <summary>The caller's own assets among <paramref name="ids"/> (others are absent).</summary>
        public async Task<IReadOnlyDictionary<long, MediaRef>> FindAsync(IReadOnlyCollection<long> ids, CancellationToken ct) =>
            actor.EnterpriseId is { } enterpriseId ? await lookup.FindAsync(enterpriseId, ids, ct) : new Dictionary<long, MediaRef>();

        public async Task<Result<Response>> HandleAsync(MediaKind? kind, long? after, int? limit, CancellationToken ct)
        {
            if (actor.EnterpriseId is not { } enterpriseId)
            {
                return Error.Forbidden();
            }

            var take = Math.Clamp(limit ?? 48, 1, 200);
            var query = db.Set<MediaAsset>().AsNoTracking().Where(a => a.EnterpriseId == enterpriseId);
            if (kind is { } k)
            {
                query = query.Where(a => a.Kind == k);
            }

            if (after is { } cursor)
            {
                query = query.Where(a => a.Id < cursor);
            }

            var rows = await query.OrderByDescending(a => a.Id).Take(take + 1).ToListAsync(ct);
            var items = rows.Take(take).Select(a => a.ToRef()).ToList();
            return new Response(items, rows.Count > take ? items[^1].Id : null);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/enterprise/media", async (MediaKind? kind, long? after, int? limit, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(kind, after, limit, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Exhibitor).WithTags("Media").WithSummary("The enterprise's media library, keyset-paged.");
}

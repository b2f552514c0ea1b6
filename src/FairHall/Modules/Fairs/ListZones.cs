using System.Security.Claims;
using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Fairs;

/// <summary>
/// GET /api/v1/sessions/{sessionId}/zones — zones of a session, keyset-paged by id, optionally filtered by phase
/// and searched by code or name. Buyers browse them anonymously; only organizers see inactive zones.
/// </summary>
internal static class ListZones
{
    public sealed record Request(long SessionId, long? AfterId = null, int? Limit = null, string? Q = null, int? Phase = null, bool IncludeInactive = false);

    internal sealed class Handler(FairHallDbContext db)
    {
        public async Task<Result<Page<ZoneListItem>>> HandleAsync(Request request, CancellationToken ct)
        {
            var after = request.AfterId ?? 0;
            var query = db.Set<Zone>().AsNoTracking().Include(z => z.Associations).Include(z => z.Tags)
                .Where(z => z.SessionId == request.SessionId && z.Id > after);
            if (!request.IncludeInactive)
            {
                query = query.Where(z => z.IsActive);
            }

            if (request.Phase is { } phase)
            {
                query = query.Where(z => z.PhaseNumber == phase);
            }

            if (!string.IsNullOrWhiteSpace(request.Q))
            {
                // lower() on both sides: case-insensitive for Latin letters on SQLite and PostgreSQL alike.
                var q = request.Q.Trim().ToLowerInvariant();
                query = query.Where(z => z.Code.ToLower().Contains(q) || z.NameZh.Contains(q) || z.NameEn.ToLower().Contains(q));
            }

            return await query.OrderBy(z => z.Id).AsSplitQuery()
                .ToPageAsync(Paging.Clamp(request.Limit), z => z.Id, ZoneListItem.From, ct);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/sessions/{sessionId:long}/zones", async (long sessionId, long? afterId, int? limit, string? q, int? phase, bool? includeInactive,
                Handler handler, HttpContext http, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var request = new Request(sessionId, afterId, limit, q, phase, includeInactive == true && user.IsInRole(Roles.Organizer));
                return (await handler.HandleAsync(request, ct)).ToHttp(http, v => TypedResults.Ok(v));
            })
            .AllowAnonymous().WithTags("Zones").WithSummary("List the zones of a session (keyset: afterId, limit ≤ 200; q searches code and name; phase filters).");
}

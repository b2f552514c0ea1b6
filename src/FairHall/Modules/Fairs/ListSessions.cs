using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Fairs;

/// <summary>GET /api/v1/fairs/{fairId}/sessions — sessions of a fair, newest first, keyset-paged by id.</summary>
internal static class ListSessions
{
    public sealed record Request(long FairId, long? AfterId, int? Limit);

    internal sealed class Handler(FairHallDbContext db)
    {
        public async Task<Result<Page<SessionView>>> HandleAsync(Request request, CancellationToken ct)
        {
            // Newest first: a later session always has a larger id, so the keyset runs downwards.
            var query = db.Set<Session>().AsNoTracking().Include(s => s.Phases).Where(s => s.FairId == request.FairId);
            if (request.AfterId is { } after)
            {
                query = query.Where(s => s.Id < after);
            }

            return await query.OrderByDescending(s => s.Id).ToPageAsync(Paging.Clamp(request.Limit), s => s.Id, SessionView.From, ct);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/fairs/{fairId:long}/sessions", async (long fairId, long? afterId, int? limit, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(new Request(fairId, afterId, limit), ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .AllowAnonymous().WithTags("Sessions").WithSummary("List the sessions of a fair, newest first (keyset: afterId, limit ≤ 200).");
}

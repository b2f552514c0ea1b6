using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Fairs;

/// <summary>GET /api/v1/sessions/{id}.</summary>
internal static class GetSession
{
    internal sealed class Handler(FairHallDbContext db)
    {
        public async Task<Result<SessionView>> HandleAsync(long id, CancellationToken ct)
        {
            var session = await db.Set<Session>().AsNoTracking().Include(s => s.Phases).FirstOrDefaultAsync(s => s.Id == id, ct);
            return session is null ? Error.NotFound() : SessionView.From(session);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/sessions/{id:long}", async (long id, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .AllowAnonymous().WithTags("Sessions").WithSummary("Get one session with its phases.");
}

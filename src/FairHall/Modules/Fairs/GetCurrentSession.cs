using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Fairs;

/// <summary>
/// GET /api/v1/sessions/current — the session people work in today: the latest one whose application has
/// opened (its online service runs until shortly before the next opens, FAIR-1), with counts for dashboards.
/// </summary>
internal static class GetCurrentSession
{
    public sealed record Response(
        SessionView Session, string FairNameZh, string FairNameEn, DateOnly Today,
        int Zones, int Delegations, int Associations, int Institutions);

    internal sealed class Handler(FairHallDbContext db, TimeProvider clock)
    {
        public async Task<Result<Response>> HandleAsync(CancellationToken ct)
        {
            // Few sessions exist (one a half-year), so reading their calendars is cheap.
            var sessions = await db.Set<Session>().AsNoTracking().Include(s => s.Fair).Include(s => s.Phases)
                .OrderByDescending(s => s.ApplicationOpensOn).Take(20).ToListAsync(ct);
            var current = sessions.FirstOrDefault(s => s.ApplicationOpensOn <= s.Today(clock)) ?? sessions.LastOrDefault();
            if (current is null)
            {
                return Error.NotFound();
            }

            var fairId = current.FairId;
            return new Response(
                SessionView.From(current), current.Fair!.NameZh, current.Fair.NameEn, current.Today(clock),
                await db.Set<Zone>().CountAsync(z => z.SessionId == current.Id, ct),
                await db.Set<Delegation>().CountAsync(d => d.FairId == fairId, ct),
                await db.Set<Association>().CountAsync(a => a.FairId == fairId, ct),
                await db.Set<Institution>().CountAsync(i => i.FairId == fairId, ct));
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/sessions/current", async (Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .AllowAnonymous().WithTags("Sessions").WithSummary("The current session with its calendar and counts.");
}

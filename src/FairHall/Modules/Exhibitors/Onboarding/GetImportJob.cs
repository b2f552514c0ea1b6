using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Exhibitors.Onboarding;

/// <summary>
/// GET /api/v1/eligibility/imports/{id} — progress, preview and refused rows of an import;
/// GET /api/v1/sessions/{sessionId}/eligibility/imports — the session's imports, newest first.
/// </summary>
internal static class GetImportJob
{
    internal sealed class Handler(FairHallDbContext db, ImportViews views)
    {
        public async Task<Result<ImportJobView>> HandleAsync(long id, CancellationToken ct)
        {
            var job = await db.Set<ImportJob>().AsNoTracking().FirstOrDefaultAsync(j => j.Id == id && j.Kind != ImportKind.Products, ct);
            return job is null ? Error.NotFound() : await views.ViewAsync(job, withDetails: true, ct);
        }

        public async Task<IReadOnlyList<ImportJobView>> ListAsync(long sessionId, CancellationToken ct)
        {
            var jobs = await db.Set<ImportJob>().AsNoTracking().Where(j => j.SessionId == sessionId && j.Kind != ImportKind.Products).OrderByDescending(j => j.Id).Take(50).ToListAsync(ct);
            var list = new List<ImportJobView>();
            foreach (var job in jobs)
            {
                list.Add(await views.ViewAsync(job, withDetails: false, ct));
            }

            return list;
        }
    }

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/eligibility/imports/{id:long}", async (long id, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Organizer).WithTags("Eligibility").WithSummary("An import: progress, preview, refused rows.");
        api.MapGet("/sessions/{sessionId:long}/eligibility/imports", async (long sessionId, Handler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.ListAsync(sessionId, ct)))
            .RequireAuthorization(Policies.Organizer).WithTags("Eligibility").WithSummary("The session's imports, newest first.");
    }
}

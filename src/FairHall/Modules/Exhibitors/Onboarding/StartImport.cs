using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Exhibitors.Onboarding;

/// <summary>POST /api/v1/eligibility/imports/{id}/start — queues a previewed import for the background worker.</summary>
internal static class StartImport
{
    internal sealed class Handler(FairHallDbContext db, ImportQueue queue, ImportViews views)
    {
        public async Task<Result<ImportJobView>> HandleAsync(long id, CancellationToken ct)
        {
            var job = await db.Set<ImportJob>().FirstOrDefaultAsync(j => j.Id == id && j.Kind != ImportKind.Products, ct);
            if (job is null)
            {
                return Error.NotFound();
            }

            if (job.Status != ImportStatus.Uploaded)
            {
                return Error.Conflict("import_already_started");
            }

            job.Status = ImportStatus.Queued;
            await db.SaveChangesAsync(ct);
            queue.Enqueue(job.Id);
            return await views.ViewAsync(job, withDetails: false, ct);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/eligibility/imports/{id:long}/start", async (long id, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).ToHttp(http, v => TypedResults.Accepted($"/api/v1/eligibility/imports/{id}", v)))
            .RequireAuthorization(Policies.Organizer).WithTags("Eligibility").WithSummary("Start a previewed import (runs in the background).");
}

using FairHall.Modules.Reviews;
using FairHall.Platform.Audit;
using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Exhibitors.Onboarding;

/// <summary>
/// GET /api/v1/qualifications/{id}/licence — the licence file, for the enterprise's admin and for the reviewer
/// responsible for the qualification (others: 404). A reviewer's download is audited as a "view" (X-4).
/// </summary>
internal static class DownloadLicence
{
    internal sealed class Handler(FairHallDbContext db, ICurrentActor actor, ReviewScope scope, FileStore files, TimeProvider clock)
    {
        public async Task<Result<OnboardingFile>> HandleAsync(long qualificationId, CancellationToken ct)
        {
            var q = await db.Set<Qualification>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == qualificationId, ct);
            if (q is null)
            {
                return Error.NotFound();
            }

            var owner = actor.IsInRole(Roles.ExhibitorAdmin) && actor.EnterpriseId == q.EnterpriseId;
            if (!owner)
            {
                var visible = await (await scope.ApplyAsync(db.Set<ReviewItem>().AsNoTracking(), ct))
                    .AnyAsync(i => i.SubjectType == QualificationReviewHandler.Type && i.SubjectId == q.Id, ct);
                if (!visible)
                {
                    return Error.NotFound();
                }

                db.Add(new AuditEntry
                {
                    At = clock.GetUtcNow(),
                    ActorUserId = actor.UserId,
                    ActorName = actor.Name,
                    Action = "view",
                    EntityType = nameof(OnboardingFile),
                    EntityId = q.LicenceFileId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    After = $"{{\"qualification\":{q.Id}}}",
                });
                await db.SaveChangesAsync(ct);
            }

            var file = await db.Set<OnboardingFile>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == q.LicenceFileId, ct);
            return file is null ? Error.NotFound() : file;
        }

        public Task<Stream?> OpenAsync(OnboardingFile file, CancellationToken ct) => files.OpenAsync(file, ct);
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/qualifications/{id:long}/licence", async (long id, Handler handler, HttpContext http, CancellationToken ct) =>
            {
                var found = await handler.HandleAsync(id, ct);
                if (!found.IsSuccess)
                {
                    return (IResult)found.Error.ToProblem(http);
                }

                var stream = await handler.OpenAsync(found.Value, ct);
                return stream is null ? Error.NotFound().ToProblem(http) : (IResult)TypedResults.File(stream, found.Value.ContentType, found.Value.FileName);
            })
            .RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute
            {
                // The owner or a reviewer: one attribute with roles, since several policies would all have to pass.
                Roles = string.Join(',', Roles.ExhibitorAdmin, Roles.DelegationReviewer, Roles.AssociationReviewer, Roles.InstitutionReviewer, Roles.Organizer),
            }).WithTags("Qualification").WithSummary("Download the business licence of a qualification.");
}

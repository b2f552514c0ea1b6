using System.Globalization;
using FairHall.Modules.Packages;
using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Exhibitors.Showcase;

/// <summary>
/// PUT /api/v1/enterprise/showcase — only the enterprise admin (CAT-1; sub-accounts 403). The status follows the
/// table: a missing required field makes it 资料未完善; complete info goes to the reviewer on every save.
/// Videos are limited by the package (PKG-2); media must be the enterprise's own and of the right kind.
/// </summary>
internal static class SaveShowcase
{
    internal sealed class Handler(
        FairHallDbContext db, IValidator<ShowcaseForm> validator, Showcases showcases, ShowcaseMediaCheck media, ShowcaseReviewSubmitter submitter,
        Entitlements entitlements, ICurrentActor me, TextCatalog texts, TimeProvider clock)
    {
        public async Task<Result<ShowcaseView>> HandleAsync(ShowcaseForm form, CancellationToken ct)
        {
            if (me.EnterpriseId is not { } enterpriseId || !me.IsInRole(Roles.ExhibitorAdmin))
            {
                return Error.Forbidden();
            }

            if (await validator.CheckAsync(form, ct) is { } invalid)
            {
                return invalid;
            }

            var details = form.ToDetails();
            var videoLimit = await GetMyShowcase.VideoLimitAsync(entitlements, enterpriseId, ct);
            if (videoLimit is { } limit && details.VideoMediaIds.Distinct().Count() > limit)
            {
                return Error.Invalid("VideoMediaIds", string.Format(CultureInfo.InvariantCulture, texts.Get("Showcase.Field.TooManyVideos"), limit));
            }

            if (await media.CheckAsync(enterpriseId, details, ct) is { } badMedia)
            {
                return badMedia;
            }

            var now = clock.GetUtcNow();
            var showcase = await showcases.OfAsync(enterpriseId, now, ct);
            if (form.Version is { } seen && showcase.Id != 0 && seen != showcase.Version)
            {
                return Error.Conflict("conflict");
            }

            if (showcase.Save(details, now) is { } illegal)
            {
                return illegal;
            }

            var enterprise = await db.Set<Enterprise>().AsNoTracking().FirstAsync(e => e.Id == enterpriseId, ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            try
            {
                if (showcase.Id == 0)
                {
                    db.Add(showcase);
                }

                await db.SaveChangesAsync(ct);
                if (showcase.IsComplete && await submitter.SubmitAsync(showcase, enterprise, ct) is { } error)
                {
                    db.ChangeTracker.Clear();
                    return error;
                }

                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Two saves at once: the second read a stale version (or created the row twice).
                db.ChangeTracker.Clear();
                return Error.Conflict("conflict");
            }

            return await showcases.ViewAsync(showcase, videoLimit, ct);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/enterprise/showcase", async (ShowcaseForm form, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(form, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.ExhibitorAdmin).WithTags("Showcase").WithSummary("Save the enterprise's showcase info (admin only).");
}

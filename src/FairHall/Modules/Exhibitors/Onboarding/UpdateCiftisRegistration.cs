using FairHall.Modules.Reviews;
using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Exhibitors.Onboarding;

/// <summary>
/// PUT /api/v1/ciftis/registrations/{id}?key=… — the registrant edits while Pending, or after a rejection
/// (which resubmits it); locked while In review (409) and final once Approved (422).
/// </summary>
internal static class UpdateCiftisRegistration
{
    internal sealed class Handler(FairHallDbContext db, IValidator<CiftisForm> validator, ReviewQueue queue, TimeProvider clock)
    {
        public async Task<Result<GetCiftisRegistration.Response>> HandleAsync(long id, string? key, CiftisForm form, CancellationToken ct)
        {
            var r = await GetCiftisRegistration.FindAsync(db, id, key, ct);
            if (r is null)
            {
                return Error.NotFound();
            }

            if (await validator.CheckAsync(form, ct) is { } invalid)
            {
                return invalid;
            }

            if (r.Edit(form.ToDetails(), clock.GetUtcNow()) is { } illegal)
            {
                return illegal;
            }

            var code = await db.Set<InvitationCode>().Where(c => c.Id == r.InvitationCodeId).Select(c => c.Code).FirstAsync(ct);
            var submitted = await queue.SubmitAsync(CiftisReviewHandler.Submission(r, code), ct);
            if (!submitted.IsSuccess)
            {
                return submitted.Error;
            }

            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return Error.Conflict("conflict");
            }

            return new GetCiftisRegistration.Response(r.Id, r.Status, r.RejectionReason, code, form, r.EnterpriseId, r.SubmittedAt, r.Version);
        }
    }

    internal sealed class FormValidator : AbstractValidator<CiftisForm>
    {
        public FormValidator(TextCatalog texts) => Include(new CiftisFormRules(texts));
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/ciftis/registrations/{id:long}", async (long id, string? key, CiftisForm form, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(id, key, form, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .AllowAnonymous().WithTags("CIFTIS").WithSummary("Edit or resubmit a CIFTIS registration with its access key.");
}

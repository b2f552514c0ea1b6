using FairHall.Modules.Reviews;
using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Web;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Exhibitors.Onboarding;

/// <summary>
/// POST /api/v1/ciftis/registrations — an enterprise registers as CIFTIS exhibitor with an invitation code
/// (FAIR-6). The code is used up by one conditional UPDATE in the registration's transaction: of any number of
/// racing registrations exactly one wins. The answer carries the secret access key for later edits.
/// </summary>
internal static class RegisterForCiftis
{
    public sealed record Request(string? InvitationCode, CiftisForm Form);

    public sealed record Response(long Id, string AccessKey, CiftisStatus Status);

    internal sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TextCatalog texts)
        {
            RuleFor(x => x.InvitationCode).NotEmpty().WithName(_ => texts.Get("Onboarding.C.Code"));
            RuleFor(x => x.Form).NotNull().SetValidator(new CiftisFormRules(texts));
        }
    }

    internal sealed class Handler(FairHallDbContext db, IValidator<Request> validator, TextCatalog texts, ReviewQueue queue, TimeProvider clock)
    {
        public async Task<Result<Response>> HandleAsync(Request request, CancellationToken ct)
        {
            if (await validator.CheckAsync(request, ct) is { } invalid)
            {
                return Unprefixed(invalid);
            }

            var code = InvitationCode.Normalize(request.InvitationCode);
            var now = clock.GetUtcNow();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var won = await db.Set<InvitationCode>().Where(c => c.Code == code && c.UsedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedAt, now), ct);
            if (won == 0)
            {
                await tx.RollbackAsync(ct);
                var exists = await db.Set<InvitationCode>().AnyAsync(c => c.Code == code, ct);
                return Error.Invalid("InvitationCode", texts.Get(exists ? "Onboarding.C.CodeUsed" : "Onboarding.C.CodeUnknown"));
            }

            var row = await db.Set<InvitationCode>().AsNoTracking().FirstAsync(c => c.Code == code, ct);
            var key = CiftisForm.NewKey();
            var registration = new CiftisRegistration(row.Id, row.InstitutionId, CiftisForm.HashKey(key), request.Form.ToDetails(), now);
            db.Add(registration);
            await db.SaveChangesAsync(ct);
            var submitted = await queue.SubmitAsync(CiftisReviewHandler.Submission(registration, row.Code), ct);
            if (!submitted.IsSuccess)
            {
                return submitted.Error;
            }

            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return new Response(registration.Id, key, registration.Status);
        }

        /// <summary>Field names as the form shows them ("ContactName", not "Form.ContactName").</summary>
        private static Error Unprefixed(Error error) =>
            Error.Invalid(error.Fields!.ToDictionary(f => f.Key.StartsWith("Form.", StringComparison.Ordinal) ? f.Key[5..] : f.Key, f => f.Value));
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/ciftis/registrations", async (Request request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(request, ct)).ToHttp(http, v => TypedResults.Created($"/api/v1/ciftis/registrations/{v.Id}", v)))
            .AllowAnonymous().RequireRateLimiting(RateLimits.Register).WithTags("CIFTIS").WithSummary("Register as CIFTIS exhibitor with an invitation code.");
}

using FairHall.Modules.Exhibitors;
using FairHall.Modules.Fairs;
using FairHall.Modules.Reviews;
using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Exhibitors.Onboarding;

/// <summary>
/// PUT /api/v1/enterprise/qualification — the exhibitor admin saves the qualification form, which submits it to
/// the enterprise's delegation (FAIR-4, FAIR-5). Allowed while Pending (not yet claimed by a reviewer) and after
/// a rejection; an Enabled qualification is final for the session.
/// </summary>
internal static class SubmitQualification
{
    public sealed record Request(
        string? NameZh, string? NameEn, string? CreditCode, long? LicenceFileId, string? RegisteredRegion, IReadOnlyList<long>? ZoneIds,
        TaxpayerType? TaxpayerType, bool HasExportRecordForm, bool IsPovertyArea, string? PovertyCountyCode, long? Version = null);

    internal sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TextCatalog texts)
        {
            RuleFor(x => x.NameZh).NotEmpty().MaximumLength(200).WithName(_ => texts.Get("Onboarding.Q.NameZh"));
            RuleFor(x => x.NameEn).NotEmpty().MaximumLength(300).WithName(_ => texts.Get("Onboarding.Q.NameEn"));
            RuleFor(x => x.CreditCode).NotEmpty().WithName(_ => texts.Get("Onboarding.Q.CreditCode"))
                .Must(CreditCode.IsValid).When(x => !string.IsNullOrWhiteSpace(x.CreditCode))
                .WithMessage(_ => texts.Get("Onboarding.Q.CreditCodeInvalid"));
            RuleFor(x => x.LicenceFileId).NotNull().WithMessage(_ => texts.Get("Onboarding.Q.LicenceRequired"));
            RuleFor(x => x.RegisteredRegion).NotEmpty().MaximumLength(100).WithName(_ => texts.Get("Onboarding.Q.Region"));
            RuleFor(x => x.ZoneIds).Must(z => z is { Count: > 0 and <= 10 }).WithMessage(_ => texts.Get("Onboarding.Q.ZonesRequired"));
            RuleFor(x => x.TaxpayerType).NotNull().IsInEnum().WithName(_ => texts.Get("Onboarding.Q.Taxpayer"));
            RuleFor(x => x.PovertyCountyCode).Must(c => PovertyCounties.Find(c) is not null).When(x => x.IsPovertyArea)
                .WithMessage(_ => texts.Get("Onboarding.Q.CountyRequired"));
        }
    }

    internal sealed class Handler(
        FairHallDbContext db, IValidator<Request> validator, TextCatalog texts, ICurrentActor actor, OnboardingContext context,
        ReviewQueue queue, TimeProvider clock)
    {
        public async Task<Result<QualificationView>> HandleAsync(Request request, CancellationToken ct)
        {
            if (actor.EnterpriseId is not { } enterpriseId)
            {
                return Error.Forbidden();
            }

            var session = await context.CurrentSessionAsync(ct);
            var enterprise = await db.Set<Enterprise>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == enterpriseId, ct);
            if (session is null || enterprise is null)
            {
                return Error.NotFound();
            }

            var fields = (await validator.CheckAsync(request, ct))?.Fields?.ToDictionary() ?? [];
            await CheckReferencesAsync(request, enterpriseId, session.Id, fields, ct);
            if (fields.Count > 0)
            {
                return Error.Invalid(fields);
            }

            if (enterprise.DelegationId is not { } delegationId)
            {
                return Error.Rule("enterprise_without_delegation");
            }

            var details = new QualificationDetails(
                request.NameZh!.Trim(), request.NameEn!.Trim(), CreditCode.Normalize(request.CreditCode), request.LicenceFileId!.Value,
                request.RegisteredRegion!.Trim(), request.ZoneIds!, request.TaxpayerType!.Value, request.HasExportRecordForm,
                request.IsPovertyArea, request.IsPovertyArea ? request.PovertyCountyCode : null);
            var now = clock.GetUtcNow();

            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var q = await db.Set<Qualification>().FirstOrDefaultAsync(x => x.EnterpriseId == enterpriseId && x.SessionId == session.Id, ct);
            if (q is null)
            {
                q = new Qualification(enterpriseId, session.Id, details, now);
                db.Add(q);
            }
            else
            {
                if (request.Version is { } seen && seen != q.Version)
                {
                    return Error.Conflict("conflict");
                }

                if (q.Submit(details, now) is { } illegal)
                {
                    return illegal;
                }
            }

            try
            {
                await db.SaveChangesAsync(ct);
                var zones = await db.Set<Zone>().AsNoTracking().Where(z => q.ZoneIds.Contains(z.Id)).OrderBy(z => z.SortOrder).ToListAsync(ct);
                var submitted = await queue.SubmitAsync(new ReviewSubmission(
                    QualificationReviewHandler.Type, q.Id, ReviewerKind.Delegation, delegationId, enterpriseId,
                    q.NameZh, q.NameEn, $"{q.NameZh} {q.NameEn} {q.CreditCode}", QualificationReviewHandler.Snapshot(q, zones)), ct);
                if (!submitted.IsSuccess)
                {
                    await tx.RollbackAsync(ct);
                    db.ChangeTracker.Clear();
                    return submitted.Error;
                }

                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return Error.Conflict("conflict");
            }

            return await context.ViewAsync(enterpriseId, ct);
        }

        private async Task CheckReferencesAsync(Request request, long enterpriseId, long sessionId, Dictionary<string, string[]> fields, CancellationToken ct)
        {
            if (request.LicenceFileId is { } fileId && !await db.Set<OnboardingFile>().AnyAsync(f => f.Id == fileId && f.EnterpriseId == enterpriseId, ct))
            {
                fields.TryAdd("LicenceFileId", [texts.Get("Onboarding.Q.LicenceRequired")]);
            }

            if (request.ZoneIds is { Count: > 0 } ids)
            {
                var known = await db.Set<Zone>().CountAsync(z => ids.Contains(z.Id) && z.SessionId == sessionId && z.IsActive, ct);
                if (known != ids.Distinct().Count())
                {
                    fields.TryAdd("ZoneIds", [texts.Get("Onboarding.Q.ZoneUnknown")]);
                }
            }
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/enterprise/qualification", async (Request request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(request, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.ExhibitorAdmin).WithTags("Qualification").WithSummary("Save (and so submit) the qualification form.");
}

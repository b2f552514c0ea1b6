using FairHall.Modules.Exhibitors;
using FairHall.Modules.Fairs;
using FairHall.Modules.Reviews;
using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Exhibitors.Onboarding;

/// <summary>What the exhibitor admin sees of the enterprise's qualification; <see cref="Submitted"/> is false before the first save.</summary>
public sealed record QualificationView(
    long? Id, long EnterpriseId, string EnterpriseNameZh, string EnterpriseNameEn, long SessionId, bool Submitted,
    QualificationStatus Status, bool InReview, string? RejectionReason, string NameZh, string NameEn, string CreditCode,
    long? LicenceFileId, string? LicenceFileName, string RegisteredRegion, IReadOnlyList<long> ZoneIds, TaxpayerType? TaxpayerType,
    bool HasExportRecordForm, bool IsPovertyArea, string? PovertyCountyCode, bool PovertyApproved, DateTimeOffset? SubmittedAt, long Version);

/// <summary>Reads what every qualification use case needs: the current session and the caller's enterprise.</summary>
internal sealed class OnboardingContext(FairHallDbContext db, GetCurrentSession.Handler current)
{
    public async Task<SessionView?> CurrentSessionAsync(CancellationToken ct)
    {
        var found = await current.HandleAsync(ct);
        return found.IsSuccess ? found.Value.Session : null;
    }

    public async Task<Result<QualificationView>> ViewAsync(long enterpriseId, CancellationToken ct)
    {
        var session = await CurrentSessionAsync(ct);
        var enterprise = await db.Set<Enterprise>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == enterpriseId, ct);
        if (session is null || enterprise is null)
        {
            return Error.NotFound();
        }

        var q = await db.Set<Qualification>().AsNoTracking().FirstOrDefaultAsync(x => x.EnterpriseId == enterpriseId && x.SessionId == session.Id, ct);
        if (q is null)
        {
            return new QualificationView(null, enterprise.Id, enterprise.NameZh, enterprise.NameEn, session.Id, false, QualificationStatus.Pending, false, null,
                enterprise.NameZh, enterprise.NameEn, "", null, null, "", [], null, false, false, null, false, null, 0);
        }

        var file = await db.Set<OnboardingFile>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == q.LicenceFileId, ct);
        var review = await db.Set<ReviewItem>().AsNoTracking()
            .FirstOrDefaultAsync(i => i.SubjectType == QualificationReviewHandler.Type && i.SubjectId == q.Id, ct);
        return new QualificationView(q.Id, enterprise.Id, enterprise.NameZh, enterprise.NameEn, session.Id, true, q.Status,
            review?.Status == ReviewStatus.Claimed, q.RejectionReason, q.NameZh, q.NameEn, q.CreditCode, q.LicenceFileId, file?.FileName,
            q.RegisteredRegion, q.ZoneIds, q.TaxpayerType, q.HasExportRecordForm, q.IsPovertyArea, q.PovertyCountyCode, q.PovertyApproved,
            q.SubmittedAt, q.Version);
    }
}

using System.Globalization;
using FairHall.Modules.Fairs;
using FairHall.Modules.Reviews;
using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Exhibitors.Onboarding;

/// <summary>
/// Connects qualifications to the review queue: the delegation's decision makes the qualification Enabled or
/// Rejected, and approval makes the enterprise eligible (kind c), poverty-area status included (FAIR-4/5).
/// </summary>
internal sealed class QualificationReviewHandler(FairHallDbContext db) : IReviewSubjectHandler
{
    public const string Type = "qualification";

    public string SubjectType => Type;

    public string NameZh => "企业资质";

    public string NameEn => "Qualification";

    public async Task<Result<ReviewNotice>> OnMovedAsync(ReviewItem item, ReviewAction action, string? reason, DateTimeOffset now, CancellationToken ct)
    {
        if (action is not (ReviewAction.Approve or ReviewAction.Reject))
        {
            return new ReviewNotice([], null);
        }

        var q = await db.Set<Qualification>().FirstOrDefaultAsync(x => x.Id == item.SubjectId, ct);
        if (q is null)
        {
            return Error.NotFound();
        }

        if ((action == ReviewAction.Approve ? q.Approve(now) : q.Reject(reason ?? "", now)) is { } illegal)
        {
            return illegal;
        }

        if (action == ReviewAction.Approve)
        {
            var record = await db.Set<EligibilityRecord>().FirstOrDefaultAsync(r => r.SessionId == q.SessionId && r.EnterpriseId == q.EnterpriseId, ct);
            if (record is null)
            {
                record = new EligibilityRecord(q.SessionId, q.EnterpriseId);
                db.Add(record);
            }

            record.GrantByQualification(q.PovertyApproved, q.PovertyCountyCode, now);
        }

        return new ReviewNotice(await EnterpriseContacts.AdminsAsync(db, q.EnterpriseId, ct), "/enterprise/qualification");
    }

    /// <summary>What the delegation reviews, frozen at submission.</summary>
    public static ReviewSnapshot Snapshot(Qualification q, IReadOnlyList<Zone> zones)
    {
        var county = PovertyCounties.Find(q.PovertyCountyCode);
        return new ReviewSnapshot(
        [
            new("NameZh", "企业中文名称", "Chinese name", q.NameZh),
            new("NameEn", "企业英文名称", "English name", q.NameEn),
            new("CreditCode", "统一社会信用代码", "Unified social credit code", q.CreditCode, Sensitive: true),
            new("Licence", "营业执照", "Business licence", $"/api/v1/qualifications/{q.Id.ToString(CultureInfo.InvariantCulture)}/licence"),
            new("RegisteredRegion", "注册地", "Registered region", q.RegisteredRegion),
            new("Zones", "申请展区", "Zones applied for", string.Join("、", zones.Select(z => $"{z.Code} {z.NameZh}"))),
            new("TaxpayerType", "纳税人类型", "Taxpayer type", q.TaxpayerType == TaxpayerType.General ? "一般纳税人 / General" : "小规模纳税人 / Small-scale"),
            new("ExportRecordForm", "对外贸易经营者备案登记表", "Foreign-trade operator record form", q.HasExportRecordForm ? "有 / Yes" : "无 / No"),
            new("PovertyArea", "脱贫地区企业", "Poverty-area enterprise", q.IsPovertyArea ? $"是 / Yes · {county?.LabelZh} ({county?.NameEn})" : "否 / No"),
        ]);
    }
}

using FairHall.Modules.Exhibitors;
using FairHall.Modules.Fairs;
using FairHall.Platform.Outcomes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Exhibitors.Onboarding;

/// <summary>FAIR-4 statuses, shown next to the enterprise name.</summary>
public enum QualificationStatus
{
    /// <summary>待审核: not completed yet, or waiting for the delegation. Packages may already be bought.</summary>
    Pending,

    /// <summary>已启用: the enterprise is eligible to exhibit online.</summary>
    Enabled,

    /// <summary>审核驳回: with a reason; the enterprise edits and resubmits.</summary>
    Rejected,
}

public enum QualificationAction
{
    /// <summary>保存（即提交审核）.</summary>
    Submit,

    /// <summary>交易团审核通过.</summary>
    Approve,

    /// <summary>交易团驳回.</summary>
    Reject,
}

/// <summary>一般纳税人 / 小规模纳税人: decides the invoice type later (PAY).</summary>
public enum TaxpayerType
{
    /// <summary>一般纳税人.</summary>
    General,

    /// <summary>小规模纳税人.</summary>
    SmallScale,
}

/// <summary>The status machine of a qualification as one table.</summary>
public static class QualificationTransitions
{
    public static QualificationStatus? Next(QualificationStatus from, QualificationAction action) => (from, action) switch
    {
        (QualificationStatus.Pending, QualificationAction.Submit) => QualificationStatus.Pending, // edited while waiting
        (QualificationStatus.Rejected, QualificationAction.Submit) => QualificationStatus.Pending,
        (QualificationStatus.Pending, QualificationAction.Approve) => QualificationStatus.Enabled,
        (QualificationStatus.Pending, QualificationAction.Reject) => QualificationStatus.Rejected,
        (QualificationStatus.Pending, _) or (QualificationStatus.Enabled, _) or (QualificationStatus.Rejected, _) => null,
        _ => throw new ArgumentOutOfRangeException(nameof(from), from, null),
    };

    public static Error Illegal(QualificationStatus from, QualificationAction action) => (from, action) switch
    {
        (QualificationStatus.Enabled, QualificationAction.Submit) => Error.Rule("qualification_already_enabled"),
        _ => Error.Rule("qualification_not_pending"),
    };
}

/// <summary>What the exhibitor admin fills in (FAIR-4, FAIR-5).</summary>
public sealed record QualificationDetails(
    string NameZh, string NameEn, string CreditCode, long LicenceFileId, string RegisteredRegion, IReadOnlyList<long> ZoneIds,
    TaxpayerType TaxpayerType, bool HasExportRecordForm, bool IsPovertyArea, string? PovertyCountyCode);

/// <summary>
/// The qualification (企业资质及参展展区) of one enterprise for one session. Saving submits it to the
/// enterprise's delegation; the review decides it, including the poverty-area declaration (FAIR-5).
/// </summary>
public sealed class Qualification
{
    private Qualification()
    {
    }

    public Qualification(long enterpriseId, long sessionId, QualificationDetails details, DateTimeOffset now)
    {
        EnterpriseId = enterpriseId;
        SessionId = sessionId;
        Status = QualificationStatus.Pending;
        Apply(details, now);
    }

    public long Id { get; private set; }
    public long EnterpriseId { get; private set; }
    public long SessionId { get; private set; }
    public string NameZh { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public string CreditCode { get; private set; } = "";
    public long LicenceFileId { get; private set; }
    public string RegisteredRegion { get; private set; } = "";
    public List<long> ZoneIds { get; private set; } = [];
    public TaxpayerType TaxpayerType { get; private set; }
    public bool HasExportRecordForm { get; private set; }
    public bool IsPovertyArea { get; private set; }
    public string? PovertyCountyCode { get; private set; }

    /// <summary>FAIR-5: the delegation approved the poverty-area declaration (the A package is free).</summary>
    public bool PovertyApproved { get; private set; }

    public QualificationStatus Status { get; private set; }
    public string? RejectionReason { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public long Version { get; private set; }

    public Error? Submit(QualificationDetails details, DateTimeOffset now)
    {
        if (Move(QualificationAction.Submit) is { } illegal)
        {
            return illegal;
        }

        RejectionReason = null;
        DecidedAt = null;
        Apply(details, now);
        return null;
    }

    public Error? Approve(DateTimeOffset now)
    {
        if (Move(QualificationAction.Approve) is { } illegal)
        {
            return illegal;
        }

        PovertyApproved = IsPovertyArea;
        DecidedAt = now;
        return null;
    }

    public Error? Reject(string reason, DateTimeOffset now)
    {
        if (Move(QualificationAction.Reject) is { } illegal)
        {
            return illegal;
        }

        RejectionReason = reason;
        DecidedAt = now;
        return null;
    }

    private Error? Move(QualificationAction action)
    {
        if (QualificationTransitions.Next(Status, action) is not { } next)
        {
            return QualificationTransitions.Illegal(Status, action);
        }

        Status = next;
        Version++;
        return null;
    }

    private void Apply(QualificationDetails d, DateTimeOffset now)
    {
        NameZh = d.NameZh;
        NameEn = d.NameEn;
        CreditCode = d.CreditCode;
        LicenceFileId = d.LicenceFileId;
        RegisteredRegion = d.RegisteredRegion;
        ZoneIds = [.. d.ZoneIds.Distinct().Order()];
        TaxpayerType = d.TaxpayerType;
        HasExportRecordForm = d.HasExportRecordForm;
        IsPovertyArea = d.IsPovertyArea;
        PovertyCountyCode = d.IsPovertyArea ? d.PovertyCountyCode : null;
        PovertyApproved = false;
        SubmittedAt = now;
    }
}

internal sealed class QualificationConfiguration : IEntityTypeConfiguration<Qualification>
{
    public void Configure(EntityTypeBuilder<Qualification> b)
    {
        b.ToTable("qualifications");
        b.Property(x => x.NameZh).HasMaxLength(200);
        b.Property(x => x.NameEn).HasMaxLength(300);
        b.Property(x => x.CreditCode).HasMaxLength(18);
        b.Property(x => x.RegisteredRegion).HasMaxLength(100);
        b.Property(x => x.TaxpayerType).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.PovertyCountyCode).HasMaxLength(12);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.RejectionReason).HasMaxLength(1000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Session>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OnboardingFile>().WithMany().HasForeignKey(x => x.LicenceFileId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.EnterpriseId, x.SessionId }).IsUnique();
        b.HasIndex(x => new { x.SessionId, x.Status });
    }
}

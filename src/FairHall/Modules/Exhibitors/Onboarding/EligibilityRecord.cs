using FairHall.Modules.Exhibitors;
using FairHall.Modules.Fairs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Exhibitors.Onboarding;

/// <summary>The three kinds of online eligibility (FAIR-3; seed 000 §一).</summary>
public enum EligibilityKind
{
    /// <summary>（一）本届线下展参展企业及联营企业.</summary>
    OfflineExhibitor,

    /// <summary>（二）往届（如127–135届）曾在线上参展的企业.</summary>
    OnlineHistory,

    /// <summary>（三）新申请企业: eligible only after qualification approval.</summary>
    NewApplicant,
}

/// <summary>
/// Whether an enterprise may exhibit online in a session, and why. Kinds (a) and (b) are eligible at once and
/// entitled to the Basic package (the packages module reads <see cref="BasicPackageEntitled"/>); kind (c) after
/// its qualification is approved. <see cref="PovertyAreaApproved"/> (FAIR-5) makes the A package free.
/// </summary>
public sealed class EligibilityRecord
{
    private EligibilityRecord()
    {
    }

    public EligibilityRecord(long sessionId, long enterpriseId)
    {
        SessionId = sessionId;
        EnterpriseId = enterpriseId;
        Kind = EligibilityKind.NewApplicant;
    }

    public long Id { get; private set; }
    public long SessionId { get; private set; }
    public long EnterpriseId { get; private set; }
    public EligibilityKind Kind { get; private set; }
    public bool IsEligible { get; private set; }
    public bool BasicPackageEntitled { get; private set; }
    public bool PovertyAreaApproved { get; private set; }
    public string? PovertyCountyCode { get; private set; }

    /// <summary>Why, in words an organizer can check: "线下展商 …", "联营企业 of …", "第134届线上（套餐 A）".</summary>
    public string Basis { get; private set; } = "";

    public DateTimeOffset UpdatedAt { get; private set; }
    public long Version { get; private set; }

    /// <summary>Kinds (a)/(b) found in imported data: eligible with the Basic package, no application needed.</summary>
    public void GrantAutomatically(EligibilityKind kind, string basis, DateTimeOffset now)
    {
        Kind = kind;
        IsEligible = true;
        BasicPackageEntitled = true;
        Basis = basis;
        Touch(now);
    }

    /// <summary>Kind (c): the delegation approved the qualification.</summary>
    public void GrantByQualification(bool povertyApproved, string? countyCode, DateTimeOffset now)
    {
        if (!BasicPackageEntitled)
        {
            Kind = EligibilityKind.NewApplicant;
            Basis = "qualification";
        }

        IsEligible = true;
        PovertyAreaApproved = povertyApproved;
        PovertyCountyCode = povertyApproved ? countyCode : null;
        Touch(now);
    }

    /// <summary>Imported data no longer supports (a)/(b): falls back to what the qualification says.</summary>
    public void Revoke(bool qualificationEnabled, DateTimeOffset now)
    {
        Kind = EligibilityKind.NewApplicant;
        IsEligible = qualificationEnabled;
        BasicPackageEntitled = false;
        Basis = qualificationEnabled ? "qualification" : "";
        Touch(now);
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }
}

internal sealed class EligibilityRecordConfiguration : IEntityTypeConfiguration<EligibilityRecord>
{
    public void Configure(EntityTypeBuilder<EligibilityRecord> b)
    {
        b.ToTable("eligibility_records");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.PovertyCountyCode).HasMaxLength(12);
        b.Property(x => x.Basis).HasMaxLength(300);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Session>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.SessionId, x.EnterpriseId }).IsUnique();
    }
}

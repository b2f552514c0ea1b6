using FairHall.Modules.Exhibitors;
using FairHall.Platform.Outcomes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Exhibitors.Onboarding;

public enum ParticipationType
{
    /// <summary>线上参展商: cannot apply for badges.</summary>
    OnlineOnly,

    /// <summary>线上线下参展商.</summary>
    OnlineOffline,
}

public enum UnitNature
{
    /// <summary>企业.</summary>
    Enterprise,

    /// <summary>其他机构.</summary>
    Other,
}

public enum CompanyType
{
    /// <summary>内资.</summary>
    Domestic,

    /// <summary>港澳台商投资.</summary>
    HongKongMacaoTaiwan,

    /// <summary>外商投资.</summary>
    Foreign,
}

/// <summary>FAIR-6 statuses of a CIFTIS exhibitor registration.</summary>
public enum CiftisStatus
{
    /// <summary>待审核: editable.</summary>
    Pending,

    /// <summary>审核中: locked while the institution reviews it.</summary>
    InReview,

    /// <summary>审核通过: the enterprise is an exhibitor.</summary>
    Approved,

    /// <summary>被驳回: reason shown; edit and resubmit.</summary>
    Rejected,
}

public enum CiftisAction
{
    /// <summary>修改 / 重新提交.</summary>
    Edit,

    /// <summary>组展机构开始审核.</summary>
    Lock,

    /// <summary>退回待审核.</summary>
    Unlock,

    /// <summary>审核通过.</summary>
    Approve,

    /// <summary>驳回.</summary>
    Reject,
}

public static class CiftisTransitions
{
    public static CiftisStatus? Next(CiftisStatus from, CiftisAction action) => (from, action) switch
    {
        (CiftisStatus.Pending or CiftisStatus.Rejected, CiftisAction.Edit) => CiftisStatus.Pending,
        (CiftisStatus.Pending, CiftisAction.Lock) => CiftisStatus.InReview,
        (CiftisStatus.InReview, CiftisAction.Unlock) => CiftisStatus.Pending,
        (CiftisStatus.Pending or CiftisStatus.InReview, CiftisAction.Approve) => CiftisStatus.Approved,
        (CiftisStatus.Pending or CiftisStatus.InReview, CiftisAction.Reject) => CiftisStatus.Rejected,
        (CiftisStatus.Pending, _) or (CiftisStatus.InReview, _) or (CiftisStatus.Approved, _) or (CiftisStatus.Rejected, _) => null,
        _ => throw new ArgumentOutOfRangeException(nameof(from), from, null),
    };

    public static Error Illegal(CiftisStatus from) => from switch
    {
        CiftisStatus.InReview => Error.Conflict("review_in_progress"),
        CiftisStatus.Approved => Error.Rule("registration_approved"),
        _ => Error.Rule("review_illegal_transition"),
    };
}

/// <summary>What the registrant fills in (seed 003 PART 02: 参展信息 and 企业信息).</summary>
public sealed record CiftisDetails(
    ParticipationType ParticipationType, string ContactName, string ContactTitle, string ContactPhone, string ContactEmail,
    IReadOnlyList<string> Purposes, string Content, string Needs, string CompanyName, UnitNature UnitNature, bool IsMainland,
    string? CreditCode, string Industry, CompanyType CompanyType, bool IsFortune500, string? Fortune500Name, string? Website, string Intro);

/// <summary>
/// A CIFTIS exhibitor registration with an invitation code (FAIR-6). The company lives here until the issuing
/// institution approves it; then it is linked to (or becomes) an <see cref="Enterprise"/>. The registrant
/// returns through a secret access key (no account is needed to register).
/// </summary>
public sealed class CiftisRegistration
{
    private CiftisRegistration()
    {
    }

    public CiftisRegistration(long invitationCodeId, long institutionId, string accessKeyHash, CiftisDetails details, DateTimeOffset now)
    {
        InvitationCodeId = invitationCodeId;
        InstitutionId = institutionId;
        AccessKeyHash = accessKeyHash;
        Status = CiftisStatus.Pending;
        Apply(details, now);
    }

    public long Id { get; private set; }
    public long InvitationCodeId { get; private set; }
    public long InstitutionId { get; private set; }
    public string AccessKeyHash { get; private set; } = "";
    public ParticipationType ParticipationType { get; private set; }
    public string ContactName { get; private set; } = "";
    public string ContactTitle { get; private set; } = "";
    public string ContactPhone { get; private set; } = "";
    public string ContactEmail { get; private set; } = "";
    public List<string> Purposes { get; private set; } = [];
    public string Content { get; private set; } = "";
    public string Needs { get; private set; } = "";
    public string CompanyName { get; private set; } = "";
    public UnitNature UnitNature { get; private set; }
    public bool IsMainland { get; private set; }
    public string? CreditCode { get; private set; }
    public string Industry { get; private set; } = "";
    public CompanyType CompanyType { get; private set; }
    public bool IsFortune500 { get; private set; }
    public string? Fortune500Name { get; private set; }
    public string? Website { get; private set; }
    public string Intro { get; private set; } = "";
    public CiftisStatus Status { get; private set; }
    public string? RejectionReason { get; private set; }
    public long? EnterpriseId { get; private set; }
    public Enterprise? Enterprise { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public long Version { get; private set; }

    public Error? Edit(CiftisDetails details, DateTimeOffset now)
    {
        if (Move(CiftisAction.Edit) is { } illegal)
        {
            return illegal;
        }

        RejectionReason = null;
        Apply(details, now);
        return null;
    }

    public Error? Lock() => Move(CiftisAction.Lock);

    public Error? Unlock() => Move(CiftisAction.Unlock);

    public Error? Reject(string reason)
    {
        if (Move(CiftisAction.Reject) is { } illegal)
        {
            return illegal;
        }

        RejectionReason = reason;
        return null;
    }

    /// <summary>Approval links the registration to its enterprise, a new one or the one of the same name.</summary>
    public Error? Approve(Enterprise enterprise)
    {
        if (Move(CiftisAction.Approve) is { } illegal)
        {
            return illegal;
        }

        Enterprise = enterprise;
        return null;
    }

    private Error? Move(CiftisAction action)
    {
        if (CiftisTransitions.Next(Status, action) is not { } next)
        {
            return CiftisTransitions.Illegal(Status);
        }

        Status = next;
        Version++;
        return null;
    }

    private void Apply(CiftisDetails d, DateTimeOffset now)
    {
        ParticipationType = d.ParticipationType;
        ContactName = d.ContactName;
        ContactTitle = d.ContactTitle;
        ContactPhone = d.ContactPhone;
        ContactEmail = d.ContactEmail;
        Purposes = [.. d.Purposes];
        Content = d.Content;
        Needs = d.Needs;
        CompanyName = d.CompanyName;
        UnitNature = d.UnitNature;
        IsMainland = d.IsMainland;
        CreditCode = d.CreditCode;
        Industry = d.Industry;
        CompanyType = d.CompanyType;
        IsFortune500 = d.IsFortune500;
        Fortune500Name = d.IsFortune500 ? d.Fortune500Name : null;
        Website = d.Website;
        Intro = d.Intro;
        SubmittedAt = now;
    }
}

internal sealed class CiftisRegistrationConfiguration : IEntityTypeConfiguration<CiftisRegistration>
{
    public void Configure(EntityTypeBuilder<CiftisRegistration> b)
    {
        b.ToTable("ciftis_registrations");
        b.Property(x => x.AccessKeyHash).HasMaxLength(64);
        b.Property(x => x.ParticipationType).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.UnitNature).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.CompanyType).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.ContactName).HasMaxLength(50);
        b.Property(x => x.ContactTitle).HasMaxLength(50);
        b.Property(x => x.ContactPhone).HasMaxLength(32);
        b.Property(x => x.ContactEmail).HasMaxLength(100);
        b.Property(x => x.Content).HasMaxLength(1000);
        b.Property(x => x.Needs).HasMaxLength(1000);
        b.Property(x => x.CompanyName).HasMaxLength(200);
        b.Property(x => x.CreditCode).HasMaxLength(18);
        b.Property(x => x.Industry).HasMaxLength(100);
        b.Property(x => x.Fortune500Name).HasMaxLength(200);
        b.Property(x => x.Website).HasMaxLength(300);
        b.Property(x => x.Intro).HasMaxLength(1000);
        b.Property(x => x.RejectionReason).HasMaxLength(1000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<InvitationCode>().WithMany().HasForeignKey(x => x.InvitationCodeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Enterprise).WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.SetNull);
        // The second guard of single use: even a bug in the conditional update could not attach two registrations.
        b.HasIndex(x => x.InvitationCodeId).IsUnique();
        b.HasIndex(x => new { x.InstitutionId, x.Status });
    }
}

using FairHall.Platform.Outcomes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Exhibitors.Showcase;

/// <summary>What the enterprise admin fills in (CAT-1/4); media are ids of the enterprise's media library.</summary>
public sealed record ShowcaseDetails(
    string? IntroZh, string? IntroEn, string? MainProductsZh, string? MainProductsEn, long? LogoMediaId,
    string? ContactName, string? ContactPhone, string? ContactEmail, string? AddressZh, string? AddressEn,
    bool? ContainsMap, string? MapApprovalNumber, long? MapDocumentMediaId,
    string? Website, int? FoundedYear, string? Employees, string? Fax, string? Postcode,
    IReadOnlyList<long> ImageMediaIds, IReadOnlyList<long> VideoMediaIds);

/// <summary>
/// The showcase (企业展示中心) information of one enterprise. Its status follows <see cref="ShowcaseTransitions"/>:
/// a missing required field makes it 资料未完善, the reviewer's rejection 待整改, the organizer's ban 已封禁.
/// </summary>
public sealed class EnterpriseShowcase
{
    /// <summary>The required fields in the order the form shows them (the completeness meter names the missing ones).</summary>
    public static readonly string[] RequiredFields =
    [
        "IntroZh", "IntroEn", "MainProductsZh", "MainProductsEn", "LogoMediaId", "ContactName", "ContactPhone", "ContactEmail",
        "AddressZh", "AddressEn", "ContainsMap",
    ];

    /// <summary>Optional fields that enrich the showcase (seed 001: 企业信息完整度提醒).</summary>
    public static readonly string[] OptionalFields = ["Website", "FoundedYear", "Employees", "Fax", "Postcode", "ImageMediaIds", "VideoMediaIds"];

    private EnterpriseShowcase()
    {
    }

    public EnterpriseShowcase(long enterpriseId, DateTimeOffset now)
    {
        EnterpriseId = enterpriseId;
        Status = ShowcaseStatus.Incomplete;
        UpdatedAt = now;
    }

    public long Id { get; private set; }
    public long EnterpriseId { get; private set; }
    public string? IntroZh { get; private set; }
    public string? IntroEn { get; private set; }
    public string? MainProductsZh { get; private set; }
    public string? MainProductsEn { get; private set; }
    public long? LogoMediaId { get; private set; }
    public string? ContactName { get; private set; }
    public string? ContactPhone { get; private set; }
    public string? ContactEmail { get; private set; }
    public string? AddressZh { get; private set; }
    public string? AddressEn { get; private set; }

    /// <summary>CAT-4: 上传信息是否包含地图 — must be answered; yes needs the approval number and document.</summary>
    public bool? ContainsMap { get; private set; }

    public string? MapApprovalNumber { get; private set; }
    public long? MapDocumentMediaId { get; private set; }
    public string? Website { get; private set; }
    public int? FoundedYear { get; private set; }
    public string? Employees { get; private set; }
    public string? Fax { get; private set; }
    public string? Postcode { get; private set; }
    public List<long> ImageMediaIds { get; private set; } = [];
    public List<long> VideoMediaIds { get; private set; } = [];
    public ShowcaseStatus Status { get; private set; }

    /// <summary>Why the reviewer asked for rectification, or why the organizer banned it.</summary>
    public string? StatusReason { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }
    public long Version { get; private set; }

    public bool IsComplete => Missing().Count == 0;

    public ShowcaseDetails Details => new(
        IntroZh, IntroEn, MainProductsZh, MainProductsEn, LogoMediaId, ContactName, ContactPhone, ContactEmail, AddressZh, AddressEn,
        ContainsMap, MapApprovalNumber, MapDocumentMediaId, Website, FoundedYear, Employees, Fax, Postcode, ImageMediaIds, VideoMediaIds);

    /// <summary>The required fields not filled in, in form order.</summary>
    public IReadOnlyList<string> Missing() => MissingOf(Details);

    public static IReadOnlyList<string> MissingOf(ShowcaseDetails d)
    {
        var filled = new Dictionary<string, bool>
        {
            ["IntroZh"] = Has(d.IntroZh),
            ["IntroEn"] = Has(d.IntroEn),
            ["MainProductsZh"] = Has(d.MainProductsZh),
            ["MainProductsEn"] = Has(d.MainProductsEn),
            ["LogoMediaId"] = d.LogoMediaId is not null,
            ["ContactName"] = Has(d.ContactName),
            ["ContactPhone"] = Has(d.ContactPhone),
            ["ContactEmail"] = Has(d.ContactEmail),
            ["AddressZh"] = Has(d.AddressZh),
            ["AddressEn"] = Has(d.AddressEn),
            ["ContainsMap"] = d.ContainsMap is not null && (d.ContainsMap == false || (Has(d.MapApprovalNumber) && d.MapDocumentMediaId is not null)),
        };
        return [.. RequiredFields.Where(f => !filled[f])];
    }

    /// <summary>Optional fields still empty (suggestions of the completeness meter).</summary>
    public IReadOnlyList<string> Suggestions()
    {
        var filled = new Dictionary<string, bool>
        {
            ["Website"] = Has(Website),
            ["FoundedYear"] = FoundedYear is not null,
            ["Employees"] = Has(Employees),
            ["Fax"] = Has(Fax),
            ["Postcode"] = Has(Postcode),
            ["ImageMediaIds"] = ImageMediaIds.Count > 0,
            ["VideoMediaIds"] = VideoMediaIds.Count > 0,
        };
        return [.. OptionalFields.Where(f => !filled[f])];
    }

    /// <summary>0–100: required fields weigh three times as much as optional ones.</summary>
    public int CompletenessPercent()
    {
        var total = RequiredFields.Length * 3 + OptionalFields.Length;
        var done = (RequiredFields.Length - Missing().Count) * 3 + OptionalFields.Length - Suggestions().Count;
        return (int)Math.Round(100.0 * done / total);
    }

    public Error? Save(ShowcaseDetails d, DateTimeOffset now)
    {
        var complete = MissingOf(d).Count == 0;
        if (Move(ShowcaseAction.Save, complete, now) is { } illegal)
        {
            return illegal;
        }

        IntroZh = Clean(d.IntroZh);
        IntroEn = Clean(d.IntroEn);
        MainProductsZh = Clean(d.MainProductsZh);
        MainProductsEn = Clean(d.MainProductsEn);
        LogoMediaId = d.LogoMediaId;
        ContactName = Clean(d.ContactName);
        ContactPhone = Clean(d.ContactPhone);
        ContactEmail = Clean(d.ContactEmail);
        AddressZh = Clean(d.AddressZh);
        AddressEn = Clean(d.AddressEn);
        ContainsMap = d.ContainsMap;
        MapApprovalNumber = d.ContainsMap == true ? Clean(d.MapApprovalNumber) : null;
        MapDocumentMediaId = d.ContainsMap == true ? d.MapDocumentMediaId : null;
        Website = Clean(d.Website);
        FoundedYear = d.FoundedYear;
        Employees = Clean(d.Employees);
        Fax = Clean(d.Fax);
        Postcode = Clean(d.Postcode);
        ImageMediaIds = [.. d.ImageMediaIds.Distinct()];
        VideoMediaIds = [.. d.VideoMediaIds.Distinct()];
        if (Status != ShowcaseStatus.NeedsRectification)
        {
            StatusReason = null;
        }

        return null;
    }

    public Error? Approve(DateTimeOffset now) => Move(ShowcaseAction.Approve, IsComplete, now) ?? Reason(null);

    public Error? Reject(string reason, DateTimeOffset now) => Move(ShowcaseAction.Reject, IsComplete, now) ?? Reason(reason);

    public Error? Ban(string reason, DateTimeOffset now) => Move(ShowcaseAction.Ban, IsComplete, now) ?? Reason(reason);

    public Error? Unban(DateTimeOffset now) => Move(ShowcaseAction.Unban, IsComplete, now) ?? Reason(null);

    /// <summary>CAT-1: shown to the public only while Displayable and with at least one listed product.</summary>
    public bool IsPublic(bool hasListedProduct) => Status == ShowcaseStatus.Displayable && hasListedProduct;

    private static bool Has(string? s) => !string.IsNullOrWhiteSpace(s);

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private Error? Reason(string? reason)
    {
        StatusReason = reason;
        return null;
    }

    private Error? Move(ShowcaseAction action, bool complete, DateTimeOffset now)
    {
        if (ShowcaseTransitions.Next(Status, action, complete) is not { } next)
        {
            return ShowcaseTransitions.Illegal(Status, action);
        }

        Status = next;
        UpdatedAt = now;
        Version++;
        return null;
    }
}

internal sealed class EnterpriseShowcaseConfiguration : IEntityTypeConfiguration<EnterpriseShowcase>
{
    public void Configure(EntityTypeBuilder<EnterpriseShowcase> b)
    {
        b.ToTable("enterprise_showcases");
        b.Property(x => x.IntroZh).HasMaxLength(ShowcaseLimits.IntroZh);
        b.Property(x => x.IntroEn).HasMaxLength(ShowcaseLimits.IntroEn);
        b.Property(x => x.MainProductsZh).HasMaxLength(ShowcaseLimits.MainProductsZh);
        b.Property(x => x.MainProductsEn).HasMaxLength(ShowcaseLimits.MainProductsEn);
        b.Property(x => x.ContactName).HasMaxLength(ShowcaseLimits.ContactName);
        b.Property(x => x.ContactPhone).HasMaxLength(ShowcaseLimits.ContactPhone);
        b.Property(x => x.ContactEmail).HasMaxLength(ShowcaseLimits.ContactEmail);
        b.Property(x => x.AddressZh).HasMaxLength(ShowcaseLimits.AddressZh);
        b.Property(x => x.AddressEn).HasMaxLength(ShowcaseLimits.AddressEn);
        b.Property(x => x.MapApprovalNumber).HasMaxLength(ShowcaseLimits.MapApprovalNumber);
        b.Property(x => x.Website).HasMaxLength(ShowcaseLimits.Website);
        b.Property(x => x.Employees).HasMaxLength(ShowcaseLimits.Employees);
        b.Property(x => x.Fax).HasMaxLength(ShowcaseLimits.Fax);
        b.Property(x => x.Postcode).HasMaxLength(ShowcaseLimits.Postcode);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.StatusReason).HasMaxLength(1000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.EnterpriseId).IsUnique();
        b.HasIndex(x => x.Status);
    }
}

/// <summary>Field limits of enterprise info (characters).</summary>
public static class ShowcaseLimits
{
    public const int IntroZh = 2000;
    public const int IntroEn = 4000;
    public const int MainProductsZh = 200;
    public const int MainProductsEn = 400;
    public const int ContactName = 50;
    public const int ContactPhone = 30;
    public const int ContactEmail = 100;
    public const int AddressZh = 200;
    public const int AddressEn = 300;
    public const int MapApprovalNumber = 50;
    public const int Website = 200;
    public const int Employees = 30;
    public const int Fax = 30;
    public const int Postcode = 10;
    public const int Images = 10;
}

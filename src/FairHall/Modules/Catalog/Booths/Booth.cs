using FairHall.Modules.Exhibitors;
using FairHall.Platform.Outcomes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Catalog.Booths;

/// <summary>Everything of the CIFTIS booth application (CAT-7, seed 003 展台申请), already validated.</summary>
public sealed record BoothDetails(
    string Name, long LogoMediaId, string? WebsiteUrl, string Intro, string MainBusiness, IReadOnlyList<long> BannerMediaIds,
    IReadOnlyList<long> VideoMediaIds, IReadOnlyList<string> Tags, BoothArea Area, string? OfflineBoothNumber, string? Hall3dUrl,
    IReadOnlyList<string> Categories, string ContactName, string ContactPhone, string ContactEmail, string? Fax,
    string Country, string? Province, string? City, string? District, string Address, string? Postcode, bool ShowContact,
    bool SmartServiceEnabled, string? SmartServiceUrl);

/// <summary>A CIFTIS exhibitor's online booth (云展台). Reviewed by the institution that invited it; hidden unless approved.</summary>
public sealed class Booth
{
    private Booth()
    {
    }

    public Booth(long enterpriseId, long institutionId, BoothDetails details, DateTimeOffset now)
    {
        EnterpriseId = enterpriseId;
        InstitutionId = institutionId;
        Status = BoothStatus.Draft;
        Apply(details);
        UpdatedAt = now;
    }

    public long Id { get; private set; }
    public long EnterpriseId { get; private set; }

    /// <summary>谁邀请谁审核: the institution of the exhibitor's invitation code.</summary>
    public long InstitutionId { get; private set; }

    public string Name { get; private set; } = "";
    public long LogoMediaId { get; private set; }
    public string? WebsiteUrl { get; private set; }
    public string Intro { get; private set; } = "";
    public string MainBusiness { get; private set; } = "";
    public List<long> BannerMediaIds { get; private set; } = [];
    public List<long> VideoMediaIds { get; private set; } = [];
    public List<string> Tags { get; private set; } = [];
    public BoothArea Area { get; private set; }
    public string? OfflineBoothNumber { get; private set; }
    public string? Hall3dUrl { get; private set; }
    public List<string> Categories { get; private set; } = [];
    public string ContactName { get; private set; } = "";
    public string ContactPhone { get; private set; } = "";
    public string ContactEmail { get; private set; } = "";
    public string? Fax { get; private set; }
    public string Country { get; private set; } = "";
    public string? Province { get; private set; }
    public string? City { get; private set; }
    public string? District { get; private set; }
    public string Address { get; private set; } = "";
    public string? Postcode { get; private set; }
    public bool ShowContact { get; private set; } = true;
    public bool SmartServiceEnabled { get; private set; }
    public string? SmartServiceUrl { get; private set; }
    public BoothStatus Status { get; private set; }
    public string? StatusReason { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public long Version { get; private set; }

    /// <summary>Seed 003: 审核状态中的展台不对外显示 — only an approved booth is public.</summary>
    public bool IsPublic => Status == BoothStatus.Approved;

    public BoothDetails Details => new(
        Name, LogoMediaId, WebsiteUrl, Intro, MainBusiness, BannerMediaIds, VideoMediaIds, Tags, Area, OfflineBoothNumber, Hall3dUrl, Categories,
        ContactName, ContactPhone, ContactEmail, Fax, Country, Province, City, District, Address, Postcode, ShowContact, SmartServiceEnabled, SmartServiceUrl);

    /// <summary>Every edit after the first submission returns the booth to review (and hides it).</summary>
    public Error? Edit(BoothDetails details, DateTimeOffset now)
    {
        var wasApproved = Status == BoothStatus.Approved;
        if (Move(BoothAction.Save, now) is { } illegal)
        {
            return illegal;
        }

        if (wasApproved)
        {
            SubmittedAt = now;
        }

        Apply(details);
        return null;
    }

    public Error? Submit(DateTimeOffset now)
    {
        if (Move(BoothAction.Submit, now) is { } illegal)
        {
            return illegal;
        }

        SubmittedAt = now;
        StatusReason = null;
        return null;
    }

    public Error? Approve(DateTimeOffset now) => Move(BoothAction.Approve, now) ?? Reason(null);

    public Error? Reject(string reason, DateTimeOffset now) => Move(BoothAction.Reject, now) ?? Reason(reason);

    private Error? Reason(string? reason)
    {
        StatusReason = reason;
        return null;
    }

    private Error? Move(BoothAction action, DateTimeOffset now)
    {
        if (BoothTransitions.Next(Status, action) is not { } next)
        {
            return BoothTransitions.Illegal(Status, action);
        }

        Status = next;
        UpdatedAt = now;
        Version++;
        return null;
    }

    private void Apply(BoothDetails d)
    {
        Name = d.Name;
        LogoMediaId = d.LogoMediaId;
        WebsiteUrl = d.WebsiteUrl;
        Intro = d.Intro;
        MainBusiness = d.MainBusiness;
        BannerMediaIds = [.. d.BannerMediaIds];
        VideoMediaIds = [.. d.VideoMediaIds];
        Tags = [.. d.Tags];
        Area = d.Area;
        OfflineBoothNumber = d.OfflineBoothNumber;
        Hall3dUrl = d.Hall3dUrl;
        Categories = [.. d.Categories];
        ContactName = d.ContactName;
        ContactPhone = d.ContactPhone;
        ContactEmail = d.ContactEmail;
        Fax = d.Fax;
        Country = d.Country;
        Province = d.Province;
        City = d.City;
        District = d.District;
        Address = d.Address;
        Postcode = d.Postcode;
        ShowContact = d.ShowContact;
        SmartServiceEnabled = d.SmartServiceEnabled;
        SmartServiceUrl = d.SmartServiceEnabled ? d.SmartServiceUrl : null;
    }
}

/// <summary>One review round of a booth: approval is final in the queue, so each edit after it starts a new round.</summary>
public sealed class BoothReviewRound
{
    private BoothReviewRound()
    {
    }

    public BoothReviewRound(long boothId, DateTimeOffset now)
    {
        BoothId = boothId;
        StartedAt = now;
    }

    public long Id { get; private set; }
    public long BoothId { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
}

/// <summary>Field limits of CAT-7 (characters, counts).</summary>
public static class BoothLimits
{
    public const int Name = 100;
    public const int WebsiteUrl = 100;
    public const int Intro = 500;
    public const int MainBusiness = 200;
    public const int MaxBanners = 5;
    public const int MaxVideos = 2;
    public const int MaxTags = 10;
    public const int Tag = 20;
    public const int OfflineBoothNumber = 20;
    public const int Hall3dUrl = 100;
    public const int Category = 100;
    public const int ContactName = 20;
    public const int ContactPhone = 20;
    public const int ContactEmail = 50;
    public const int Fax = 30;
    public const int Region = 50;
    public const int Address = 100;
    public const int Postcode = 10;
    public const int SmartServiceUrl = 200;
    public const long ImageBytes = 2 * 1024 * 1024;
    public const long VideoBytes = 150L * 1024 * 1024;
}

internal sealed class BoothConfiguration : IEntityTypeConfiguration<Booth>, IEntityTypeConfiguration<BoothReviewRound>
{
    public void Configure(EntityTypeBuilder<Booth> b)
    {
        b.ToTable("booths");
        b.Property(x => x.Name).HasMaxLength(BoothLimits.Name);
        b.Property(x => x.WebsiteUrl).HasMaxLength(BoothLimits.WebsiteUrl);
        b.Property(x => x.Intro).HasMaxLength(BoothLimits.Intro);
        b.Property(x => x.MainBusiness).HasMaxLength(BoothLimits.MainBusiness);
        b.Property(x => x.Area).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.OfflineBoothNumber).HasMaxLength(BoothLimits.OfflineBoothNumber);
        b.Property(x => x.Hall3dUrl).HasMaxLength(BoothLimits.Hall3dUrl);
        b.Property(x => x.ContactName).HasMaxLength(BoothLimits.ContactName);
        b.Property(x => x.ContactPhone).HasMaxLength(BoothLimits.ContactPhone);
        b.Property(x => x.ContactEmail).HasMaxLength(BoothLimits.ContactEmail);
        b.Property(x => x.Fax).HasMaxLength(BoothLimits.Fax);
        b.Property(x => x.Country).HasMaxLength(BoothLimits.Region);
        b.Property(x => x.Province).HasMaxLength(BoothLimits.Region);
        b.Property(x => x.City).HasMaxLength(BoothLimits.Region);
        b.Property(x => x.District).HasMaxLength(BoothLimits.Region);
        b.Property(x => x.Address).HasMaxLength(BoothLimits.Address);
        b.Property(x => x.Postcode).HasMaxLength(BoothLimits.Postcode);
        b.Property(x => x.SmartServiceUrl).HasMaxLength(BoothLimits.SmartServiceUrl);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.StatusReason).HasMaxLength(1000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.EnterpriseId).IsUnique();
        b.HasIndex(x => new { x.InstitutionId, x.Status });
    }

    public void Configure(EntityTypeBuilder<BoothReviewRound> b)
    {
        b.ToTable("booth_review_rounds");
        b.HasOne<Booth>().WithMany().HasForeignKey(x => x.BoothId).OnDelete(DeleteBehavior.Cascade);
    }
}

using FairHall.Modules.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Exhibitors;

/// <summary>
/// An exhibiting enterprise (参展企业), owned by a trade delegation, or a CIFTIS organization (visitor
/// enterprise, institution). The onboarding issue adds eligibility, qualification and showcase data; accounts
/// link to it through <c>User.EnterpriseId</c>.
/// </summary>
public sealed class Enterprise
{
    public long Id { get; private set; }

    /// <summary>The name on the business licence: one account per name (ACC-7).</summary>
    public string NameZh { get; set; } = "";
    public string NameEn { get; set; } = "";
    public long? DelegationId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>ACC-7: the CIFTIS enterprise identifier (企业标识), lower-case, unique; null for Canton-style accounts.</summary>
    public string? Identifier { get; set; }

    /// <summary>ACC-8: how the enterprise registered; null when the organizer or demo data created it.</summary>
    public RegistrationType? RegistrationType { get; set; }

    public string? ContactName { get; set; }
    public string? ContactPhone { get; set; }

    /// <summary>
    /// ACC-6: bumped by every change that enables an account of the enterprise. It is a concurrency token, so
    /// two requests that both counted the enabled accounts cannot both commit: the second gets a conflict
    /// and counts again.
    /// </summary>
    public long AccountsVersion { get; private set; }

    public void TouchAccounts() => AccountsVersion++;
}

internal sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    public void Configure(EntityTypeBuilder<Enterprise> b)
    {
        b.ToTable("enterprises");
        b.Property(x => x.NameZh).HasMaxLength(200);
        b.Property(x => x.NameEn).HasMaxLength(300);
        b.Property(x => x.Identifier).HasMaxLength(20);
        b.Property(x => x.RegistrationType).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.ContactName).HasMaxLength(100);
        b.Property(x => x.ContactPhone).HasMaxLength(32);
        b.Property(x => x.AccountsVersion).IsConcurrencyToken();
        b.HasIndex(x => x.NameZh).IsUnique();
        b.HasIndex(x => x.Identifier).IsUnique();
        b.HasIndex(x => x.DelegationId);
    }
}

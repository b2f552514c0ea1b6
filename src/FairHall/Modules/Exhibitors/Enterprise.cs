using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Exhibitors;

/// <summary>
/// An exhibiting enterprise (参展企业), owned by a trade delegation. The onboarding issue adds eligibility,
/// qualification and showcase data; accounts link to it through <c>User.EnterpriseId</c>.
/// </summary>
public sealed class Enterprise
{
    public long Id { get; private set; }
    public string NameZh { get; set; } = "";
    public string NameEn { get; set; } = "";
    public long? DelegationId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    public void Configure(EntityTypeBuilder<Enterprise> b)
    {
        b.ToTable("enterprises");
        b.Property(x => x.NameZh).HasMaxLength(200);
        b.Property(x => x.NameEn).HasMaxLength(300);
        b.HasIndex(x => x.NameZh).IsUnique();
        b.HasIndex(x => x.DelegationId);
    }
}

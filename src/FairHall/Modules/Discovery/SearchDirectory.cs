using FairHall.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Discovery;

/// <summary>
/// The search row of one public exhibitor (displayable showcase with a public product, CAT-1): what its result card
/// needs. Terms live in <c>search_exhibitors_fts</c> under <see cref="DocKey"/> (static score, then enterprise id),
/// written by <see cref="DirectoryIndexer"/> with the same tokenizer as products.
/// </summary>
[NotAudited]
public sealed class SearchExhibitor
{
    public long EnterpriseId { get; set; }
    public long DocKey { get; set; }
    public string NameZh { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string MainProductsZh { get; set; } = "";
    public string MainProductsEn { get; set; } = "";
    public long? LogoMediaId { get; set; }
}

/// <summary>The search row of one public CIFTIS booth (approved, CAT-7); terms in <c>search_booths_fts</c>.</summary>
[NotAudited]
public sealed class SearchBooth
{
    public long BoothId { get; set; }
    public long DocKey { get; set; }
    public long EnterpriseId { get; set; }
    public string Name { get; set; } = "";
    public string Intro { get; set; } = "";
    public string Region { get; set; } = "";
    public string Tags { get; set; } = "";
    public string? OfflineBoothNumber { get; set; }
    public long LogoMediaId { get; set; }
}

internal sealed class SearchDirectoryConfiguration : IEntityTypeConfiguration<SearchExhibitor>, IEntityTypeConfiguration<SearchBooth>
{
    public void Configure(EntityTypeBuilder<SearchExhibitor> b)
    {
        b.ToTable("search_exhibitors");
        b.HasKey(x => x.EnterpriseId);
        b.Property(x => x.EnterpriseId).ValueGeneratedNever();
        b.Property(x => x.NameZh).HasMaxLength(200);
        b.Property(x => x.NameEn).HasMaxLength(300);
        b.Property(x => x.MainProductsZh).HasMaxLength(200);
        b.Property(x => x.MainProductsEn).HasMaxLength(300);
        b.HasIndex(x => x.DocKey).IsUnique();
    }

    public void Configure(EntityTypeBuilder<SearchBooth> b)
    {
        b.ToTable("search_booths");
        b.HasKey(x => x.BoothId);
        b.Property(x => x.BoothId).ValueGeneratedNever();
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Intro).HasMaxLength(200);
        b.Property(x => x.Region).HasMaxLength(200);
        b.Property(x => x.Tags).HasMaxLength(300);
        b.Property(x => x.OfflineBoothNumber).HasMaxLength(20);
        b.HasIndex(x => x.DocKey).IsUnique();
        b.HasIndex(x => x.EnterpriseId).IsUnique();
    }
}

using FairHall.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Discovery;

/// <summary>
/// The search index row of one public product: what filters, sorts and result cards need, copied from the
/// catalog by <see cref="ProductIndexer"/>. Its terms live in the engine's own table (<c>search_products_fts</c>:
/// FTS5 on SQLite, tsvector with GIN on PostgreSQL) under the same <see cref="DocKey"/>.
/// </summary>
[NotAudited]
public sealed class SearchProduct
{
    /// <summary>Static scores are shifted above the product id, so that the key orders by score, then newest id.</summary>
    public const int ScoreShift = 40;

    public long ProductId { get; set; }

    /// <summary>
    /// The index order (DESIGN "Data and search"): static score, then product id. The engines return matches in
    /// this order without ranking them, so the first N candidates are the best-scored ones.
    /// </summary>
    public long DocKey { get; set; }

    public long SessionId { get; set; }
    public long ZoneId { get; set; }
    public long EnterpriseId { get; set; }
    public string NameZh { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string EnterpriseNameZh { get; set; } = "";
    public string EnterpriseNameEn { get; set; } = "";
    public string Category { get; set; } = "";
    public string? Origin { get; set; }
    public string? Brand { get; set; }

    /// <summary>Market price, else wholesale price, in fen; null shows 暂无报价.</summary>
    public long? PriceFen { get; set; }

    public bool HasPrice { get; set; }

    /// <summary>UTC ticks until which the CAT-6 new tag shows; 0 when not new.</summary>
    public long NewUntilTicks { get; set; }

    /// <summary>UTC ticks of the listing: the "newest" order.</summary>
    public long ListedTicks { get; set; }

    /// <summary>Views and favorites (BUY-3 counters feed it); part of the static score.</summary>
    public long Popularity { get; set; }

    public static long KeyOf(long staticScore, long productId) => (Math.Clamp(staticScore, 0, (1L << 22) - 1) << ScoreShift) | productId;
}

internal sealed class SearchProductConfiguration : IEntityTypeConfiguration<SearchProduct>
{
    public void Configure(EntityTypeBuilder<SearchProduct> b)
    {
        b.ToTable("search_products");
        b.HasKey(x => x.ProductId);
        b.Property(x => x.ProductId).ValueGeneratedNever();
        b.Property(x => x.NameZh).HasMaxLength(200);
        b.Property(x => x.NameEn).HasMaxLength(300);
        b.Property(x => x.EnterpriseNameZh).HasMaxLength(200);
        b.Property(x => x.EnterpriseNameEn).HasMaxLength(300);
        b.Property(x => x.Category).HasMaxLength(100);
        b.Property(x => x.Origin).HasMaxLength(100);
        b.Property(x => x.Brand).HasMaxLength(100);
        b.HasIndex(x => x.DocKey).IsUnique();
        b.HasIndex(x => new { x.SessionId, x.DocKey });
        b.HasIndex(x => new { x.SessionId, x.ListedTicks, x.ProductId });
        b.HasIndex(x => x.EnterpriseId);
        b.HasIndex(x => new { x.SessionId, x.ZoneId, x.ListedTicks, x.ProductId }); // zone pages: newest first, per-zone counts
        b.HasIndex(x => new { x.SessionId, x.ZoneId, x.Category, x.DocKey }); // similar products: a zone's category by popularity
    }
}

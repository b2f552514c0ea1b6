using FairHall.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Engagement;

/// <summary>
/// The popularity counters of one item (BUY-3): views and seconds from every visitor (added by
/// <see cref="ViewFlusher"/>), favorites (kept by favorite/unfavorite). Hot lists read the top rows through the
/// indexes on (session, kind, zone, views|favorites desc) and (session, kind, views|favorites desc) — never a scan.
/// <see cref="SearchDue"/> marks products whose counters changed since the search index last took their popularity.
/// </summary>
[NotAudited]
public sealed class ItemStat
{
    public EngageKind Kind { get; private set; }
    public long ItemId { get; private set; }
    public long SessionId { get; private set; }

    /// <summary>The product's zone; for exhibitors and booths the first zone of the enterprise's qualification (null when none).</summary>
    public long? ZoneId { get; private set; }

    public long EnterpriseId { get; private set; }
    public long Views { get; private set; }
    public long Favorites { get; private set; }
    public long Seconds { get; private set; }

    /// <summary>The popularity bucket the search index holds for a product (see <see cref="Popularity.Bucket"/>).</summary>
    public long IndexedPopularity { get; private set; }

    public bool SearchDue { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
}

internal sealed class ItemStatConfiguration : IEntityTypeConfiguration<ItemStat>
{
    public void Configure(EntityTypeBuilder<ItemStat> b)
    {
        b.ToTable("item_stats");
        b.HasKey(x => new { x.Kind, x.ItemId });
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(x => new { x.SessionId, x.Kind, x.ZoneId, x.Views }).IsDescending(false, false, false, true);
        b.HasIndex(x => new { x.SessionId, x.Kind, x.ZoneId, x.Favorites }).IsDescending(false, false, false, true);
        b.HasIndex(x => new { x.SessionId, x.Kind, x.Views }).IsDescending(false, false, true);
        b.HasIndex(x => new { x.SessionId, x.Kind, x.Favorites }).IsDescending(false, false, true);
        b.HasIndex(x => new { x.SearchDue, x.Kind });
    }
}

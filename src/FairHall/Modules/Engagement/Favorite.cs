using FairHall.Modules.Accounts;
using FairHall.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Engagement;

/// <summary>
/// A buyer's favorite (收藏, BUY-2): one row per buyer and item (unique), so two clicks make one favorite. The owning
/// enterprise and the product's zone are copied at favoriting, so that leads (ORD-4) are read by enterprise and zone
/// without joining the catalog. Not audited: favorites are the buyer's own bookmarks, not administrative changes.
/// </summary>
[NotAudited]
public sealed class Favorite
{
    private Favorite()
    {
    }

    public Favorite(long userId, EngageKind kind, long itemId, long enterpriseId, long? zoneId, DateTimeOffset now)
    {
        UserId = userId;
        Kind = kind;
        ItemId = itemId;
        EnterpriseId = enterpriseId;
        ZoneId = zoneId;
        CreatedAt = now;
    }

    public long Id { get; private set; }
    public long UserId { get; private set; }
    public EngageKind Kind { get; private set; }
    public long ItemId { get; private set; }

    /// <summary>The exhibitor that owns the item.</summary>
    public long EnterpriseId { get; private set; }

    /// <summary>The product's zone (sub-account leads, ACC-5); null for exhibitors and booths.</summary>
    public long? ZoneId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}

internal sealed class FavoriteConfiguration : IEntityTypeConfiguration<Favorite>
{
    public void Configure(EntityTypeBuilder<Favorite> b)
    {
        b.ToTable("favorites");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.HasOne<User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.UserId, x.Kind, x.ItemId }).IsUnique();
        b.HasIndex(x => new { x.UserId, x.Kind, x.Id });
        b.HasIndex(x => new { x.EnterpriseId, x.Id });
    }
}

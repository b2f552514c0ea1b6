using FairHall.Modules.Accounts;
using FairHall.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Engagement;

/// <summary>
/// How one signed-in buyer viewed one item (BUY-2, ORD-4): a single aggregate row per buyer and item — views, total
/// visible seconds, first and last view — upserted by <see cref="ViewFlusher"/>; never one row per page view.
/// Anonymous visitors only add to <see cref="ItemStat"/>.
/// </summary>
[NotAudited]
public sealed class ItemView
{
    public long Id { get; private set; }
    public long UserId { get; private set; }
    public EngageKind Kind { get; private set; }
    public long ItemId { get; private set; }
    public long EnterpriseId { get; private set; }
    public long Views { get; private set; }
    public long Seconds { get; private set; }
    public DateTimeOffset FirstAt { get; private set; }
    public DateTimeOffset LastAt { get; private set; }
}

internal sealed class ItemViewConfiguration : IEntityTypeConfiguration<ItemView>
{
    public void Configure(EntityTypeBuilder<ItemView> b)
    {
        b.ToTable("item_views");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.HasOne<User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.UserId, x.Kind, x.ItemId }).IsUnique();
        b.HasIndex(x => new { x.EnterpriseId, x.UserId });
    }
}

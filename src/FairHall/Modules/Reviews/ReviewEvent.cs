using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Reviews;

/// <summary>One row of a review item's history: who did what when, why, and what they saw.</summary>
public sealed class ReviewEvent
{
    private ReviewEvent()
    {
    }

    internal ReviewEvent(ReviewItem item, ReviewAction action, ReviewStatus status, Actor by, DateTimeOffset at, string? reason, string snapshot)
    {
        Item = item;
        Action = action;
        Status = status;
        ActorUserId = by.UserId;
        ActorName = by.Name;
        At = at;
        Reason = reason;
        Round = item.Round;
        Snapshot = snapshot;
    }

    public long Id { get; private set; }
    public long ReviewItemId { get; private set; }
    public ReviewItem? Item { get; private set; }
    public ReviewAction Action { get; private set; }

    /// <summary>The status the item had after this event.</summary>
    public ReviewStatus Status { get; private set; }

    public long? ActorUserId { get; private set; }
    public string ActorName { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
    public string? Reason { get; private set; }
    public int Round { get; private set; }

    /// <summary>What was submitted or decided on, as JSON (<see cref="ReviewSnapshot"/>).</summary>
    public string Snapshot { get; private set; } = "{}";
}

internal sealed class ReviewEventConfiguration : IEntityTypeConfiguration<ReviewEvent>
{
    public void Configure(EntityTypeBuilder<ReviewEvent> b)
    {
        b.ToTable("review_events");
        b.Property(x => x.Action).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.ActorName).HasMaxLength(100);
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.HasOne(x => x.Item).WithMany().HasForeignKey(x => x.ReviewItemId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.ReviewItemId, x.Id });
    }
}

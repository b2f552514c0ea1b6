using FairHall.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Platform.Notifications;

/// <summary>An in-app message to one user, in both languages; the user marks it read.</summary>
[NotAudited]
public sealed class Notification
{
    public long Id { get; private set; }
    public long UserId { get; init; }
    public string TitleZh { get; init; } = "";
    public string TitleEn { get; init; } = "";
    public string BodyZh { get; init; } = "";
    public string BodyEn { get; init; } = "";
    public string? Link { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ReadAt { get; private set; }

    public bool IsRead => ReadAt is not null;

    /// <summary>Marking twice keeps the first time: the user read it then.</summary>
    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("notifications");
        b.Ignore(x => x.IsRead);
        b.Property(x => x.TitleZh).HasMaxLength(200);
        b.Property(x => x.TitleEn).HasMaxLength(300);
        b.Property(x => x.BodyZh).HasMaxLength(2000);
        b.Property(x => x.BodyEn).HasMaxLength(4000);
        b.Property(x => x.Link).HasMaxLength(500);
        // Keyset paging of one user's list, newest first.
        b.HasIndex(x => new { x.UserId, x.Id });
        // The unread badge counts (user, read_at is null) without scanning the user's whole history.
        b.HasIndex(x => new { x.UserId, x.ReadAt });
    }
}

using FairHall.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Platform.Notifications;

/// <summary>A text message the sandbox "sent": kept here for the organizer to read instead of going to a carrier.</summary>
[NotAudited]
public sealed class SmsMessage
{
    public long Id { get; private set; }
    public string Phone { get; init; } = "";
    public string Text { get; init; } = "";
    public string Purpose { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
}

internal sealed class SmsMessageConfiguration : IEntityTypeConfiguration<SmsMessage>
{
    public void Configure(EntityTypeBuilder<SmsMessage> b)
    {
        b.ToTable("sms_messages");
        b.Property(x => x.Phone).HasMaxLength(32);
        b.Property(x => x.Text).HasMaxLength(1000);
        b.Property(x => x.Purpose).HasMaxLength(50);
        // Searching by a phone number, newest first.
        b.HasIndex(x => new { x.Phone, x.Id });
    }
}

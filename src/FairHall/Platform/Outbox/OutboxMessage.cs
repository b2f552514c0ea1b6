using FairHall.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Platform.Outbox;

/// <summary>
/// An event written in the same transaction as the change that caused it, dispatched later by a background
/// worker to its handlers, with retries.
/// </summary>
[NotAudited]
public sealed class OutboxMessage
{
    public long Id { get; private set; }
    public string Type { get; init; } = "";
    public string Payload { get; init; } = "";
    public DateTimeOffset OccurredAt { get; init; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    public DateTimeOffset? ProcessedAt { get; set; }
    public string? LastError { get; set; }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("outbox_messages");
        b.Property(x => x.Type).HasMaxLength(200);
        b.Property(x => x.LastError).HasMaxLength(2000);
        b.HasIndex(x => new { x.ProcessedAt, x.NextAttemptAt });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Platform.Audit;

/// <summary>One recorded change: who, what, when, and the values before and after (JSON).</summary>
[NotAudited]
public sealed class AuditEntry
{
    public long Id { get; private set; }
    public DateTimeOffset At { get; init; }
    public long? ActorUserId { get; init; }
    public string ActorName { get; init; } = "";
    public string Action { get; init; } = "";
    public string EntityType { get; init; } = "";
    public string EntityId { get; init; } = "";
    public string? Before { get; init; }
    public string? After { get; init; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("audit_entries");
        b.Property(x => x.ActorName).HasMaxLength(100);
        b.Property(x => x.Action).HasMaxLength(20);
        b.Property(x => x.EntityType).HasMaxLength(100);
        b.Property(x => x.EntityId).HasMaxLength(100);
        b.HasIndex(x => new { x.EntityType, x.EntityId, x.Id });
        b.HasIndex(x => new { x.ActorUserId, x.Id });
    }
}

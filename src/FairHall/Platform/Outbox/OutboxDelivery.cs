using FairHall.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Platform.Outbox;

/// <summary>
/// Proof that one handler finished one outbox message. Written in the handler's own transaction; the unique
/// (message, handler) pair also stops a second node whose lock expired from committing the same work twice.
/// </summary>
[NotAudited]
public sealed class OutboxDelivery
{
    public long Id { get; private set; }
    public long MessageId { get; init; }
    public string Handler { get; init; } = "";
    public DateTimeOffset DeliveredAt { get; init; }
}

internal sealed class OutboxDeliveryConfiguration : IEntityTypeConfiguration<OutboxDelivery>
{
    public void Configure(EntityTypeBuilder<OutboxDelivery> b)
    {
        b.ToTable("outbox_deliveries");
        b.Property(x => x.Handler).HasMaxLength(200);
        b.HasIndex(x => new { x.MessageId, x.Handler }).IsUnique();
    }
}

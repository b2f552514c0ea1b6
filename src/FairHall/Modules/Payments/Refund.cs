using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Payments;

/// <summary>The states of a refund, kept apart from the order's because the gateway answers later.</summary>
public enum RefundStatus
{
    /// <summary>退款中.</summary>
    Requested,

    /// <summary>已退款.</summary>
    Succeeded,

    /// <summary>退款失败 (retried by the next sweep).</summary>
    Failed,
}

/// <summary>A refund through the gateway that took the money (PKG-8). One per order and reason.</summary>
public sealed class Refund
{
    private Refund()
    {
    }

    public Refund(long orderId, string refundNo, long amountFen, string reason, DateTimeOffset now)
    {
        OrderId = orderId;
        RefundNo = refundNo;
        AmountFen = amountFen;
        Reason = reason;
        Status = RefundStatus.Requested;
        CreatedAt = now;
    }

    public long Id { get; private set; }
    public long OrderId { get; private set; }
    public string RefundNo { get; private set; } = "";
    public long AmountFen { get; private set; }

    /// <summary>Stable code, e.g. <c>qualification_rejected</c>.</summary>
    public string Reason { get; private set; } = "";

    public RefundStatus Status { get; private set; }
    public string? GatewayRefundNo { get; private set; }
    public string? FailureReason { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public long Version { get; private set; }

    public void Succeed(string gatewayRefundNo, DateTimeOffset now)
    {
        Status = RefundStatus.Succeeded;
        GatewayRefundNo = gatewayRefundNo;
        FailureReason = null;
        CompletedAt = now;
        Version++;
    }

    public void Fail(string reason)
    {
        Status = RefundStatus.Failed;
        FailureReason = reason.Length > 500 ? reason[..500] : reason;
        Version++;
    }
}

/// <summary>
/// A lease on a scheduled job: a node runs the job only while it holds the row, so several nodes may schedule
/// the same sweep and one runs it (DESIGN: sweeps guarded by a database lease).
/// </summary>
public sealed class JobLease
{
    private JobLease()
    {
    }

    public JobLease(string name) => Name = name;

    public string Name { get; private set; } = "";
    public string Holder { get; private set; } = "";
    public DateTimeOffset LeasedUntil { get; private set; }
    public DateTimeOffset? LastRunAt { get; private set; }
    public long Version { get; private set; }

    public bool TryTake(string holder, DateTimeOffset now, TimeSpan duration)
    {
        if (LeasedUntil > now && Holder != holder)
        {
            return false;
        }

        Holder = holder;
        LeasedUntil = now + duration;
        Version++;
        return true;
    }

    public void Release(DateTimeOffset now)
    {
        LeasedUntil = now;
        LastRunAt = now;
        Version++;
    }
}

internal sealed class RefundConfiguration : IEntityTypeConfiguration<Refund>
{
    public void Configure(EntityTypeBuilder<Refund> b)
    {
        b.ToTable("payment_refunds");
        b.Property(x => x.RefundNo).HasMaxLength(32);
        b.Property(x => x.Reason).HasMaxLength(40);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.GatewayRefundNo).HasMaxLength(64);
        b.Property(x => x.FailureReason).HasMaxLength(500);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<PaymentOrder>().WithMany().HasForeignKey(x => x.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.RefundNo).IsUnique();
        // A sweep that runs twice (or on two nodes) cannot refund the same order for the same reason twice.
        b.HasIndex(x => new { x.OrderId, x.Reason }).IsUnique();
    }
}

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> b)
    {
        b.ToTable("job_leases");
        b.HasKey(x => x.Name);
        b.Property(x => x.Name).HasMaxLength(64);
        b.Property(x => x.Holder).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}

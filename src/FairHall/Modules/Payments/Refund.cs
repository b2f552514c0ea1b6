using FairHall.Platform.Outcomes;
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

public enum RefundAction
{
    /// <summary>网关受理退款.</summary>
    Succeed,

    /// <summary>网关拒绝或不可用.</summary>
    Fail,
}

/// <summary>The status machine of a refund as one table: a failed refund is retried by the next sweep.</summary>
public static class RefundTransitions
{
    public static RefundStatus? Next(RefundStatus from, RefundAction action) => (from, action) switch
    {
        (RefundStatus.Requested or RefundStatus.Failed, RefundAction.Succeed) => RefundStatus.Succeeded,
        (RefundStatus.Requested or RefundStatus.Failed, RefundAction.Fail) => RefundStatus.Failed,
        (RefundStatus.Requested, _) or (RefundStatus.Failed, _) or (RefundStatus.Succeeded, _) => null,
        _ => throw new ArgumentOutOfRangeException(nameof(from), from, null),
    };
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

    public Error? Succeed(string gatewayRefundNo, DateTimeOffset now)
    {
        if (Move(RefundAction.Succeed) is { } illegal)
        {
            return illegal;
        }

        GatewayRefundNo = gatewayRefundNo;
        FailureReason = null;
        CompletedAt = now;
        return null;
    }

    public Error? Fail(string reason)
    {
        if (Move(RefundAction.Fail) is { } illegal)
        {
            return illegal;
        }

        FailureReason = reason.Length > 500 ? reason[..500] : reason;
        return null;
    }

    private Error? Move(RefundAction action)
    {
        if (RefundTransitions.Next(Status, action) is not { } next)
        {
            return Error.Conflict("refund_state");
        }

        Status = next;
        Version++;
        return null;
    }
}

/// <summary>
/// A lease on a scheduled job: a node runs the job only while it holds the row, so several nodes may schedule
/// the same sweep and one runs it (DESIGN: sweeps guarded by a database lease). Taken and released only by
/// conditional UPDATEs in <see cref="Jobs.JobRunner"/>; <see cref="LastRunAt"/> also marks one-off jobs as done.
/// </summary>
public sealed class JobLease
{
    private JobLease()
    {
    }

    public JobLease(string name, DateTimeOffset expired)
    {
        Name = name;
        LeasedUntil = expired;
    }

    public string Name { get; private set; } = "";
    public string Holder { get; private set; } = "";
    public DateTimeOffset LeasedUntil { get; private set; }
    public DateTimeOffset? LastRunAt { get; private set; }
    public long Version { get; private set; }
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

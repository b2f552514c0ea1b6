using FairHall.Modules.Exhibitors;
using FairHall.Modules.Packages;
using FairHall.Platform.Outcomes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Payments;

/// <summary>The states of a payment order.</summary>
public enum PaymentStatus
{
    /// <summary>待支付.</summary>
    Created,

    /// <summary>支付中: the cashier (QR code) was opened at the gateway.</summary>
    Paying,

    /// <summary>已支付.</summary>
    Paid,

    /// <summary>已关闭: never paid.</summary>
    Closed,

    /// <summary>部分退款.</summary>
    PartiallyRefunded,

    /// <summary>已退款.</summary>
    Refunded,
}

public enum PaymentAction
{
    /// <summary>发起支付.</summary>
    StartPaying,

    /// <summary>支付成功（网关通知或对账查询）.</summary>
    ConfirmPaid,

    /// <summary>关闭订单.</summary>
    Close,

    /// <summary>部分退款.</summary>
    RefundPart,

    /// <summary>全额退款.</summary>
    RefundAll,
}

public enum GatewayKind
{
    /// <summary>沙箱（演示）.</summary>
    Sandbox,

    /// <summary>支付宝.</summary>
    Alipay,

    /// <summary>微信支付.</summary>
    WeChatPay,
}

/// <summary>The status machine of a payment order as one table.</summary>
public static class PaymentTransitions
{
    public static PaymentStatus? Next(PaymentStatus from, PaymentAction action) => (from, action) switch
    {
        (PaymentStatus.Created or PaymentStatus.Paying, PaymentAction.StartPaying) => PaymentStatus.Paying,
        (PaymentStatus.Created or PaymentStatus.Paying, PaymentAction.ConfirmPaid) => PaymentStatus.Paid,
        (PaymentStatus.Created or PaymentStatus.Paying, PaymentAction.Close) => PaymentStatus.Closed,
        (PaymentStatus.Paid or PaymentStatus.PartiallyRefunded, PaymentAction.RefundPart) => PaymentStatus.PartiallyRefunded,
        (PaymentStatus.Paid or PaymentStatus.PartiallyRefunded, PaymentAction.RefundAll) => PaymentStatus.Refunded,
        (PaymentStatus.Created, _) or (PaymentStatus.Paying, _) or (PaymentStatus.Paid, _) or (PaymentStatus.Closed, _)
            or (PaymentStatus.PartiallyRefunded, _) or (PaymentStatus.Refunded, _) => null,
        _ => throw new ArgumentOutOfRangeException(nameof(from), from, null),
    };
}

/// <summary>One line of an order: a tier or add-on packs for one session (by number, PKG-4).</summary>
public sealed class PaymentOrderLine
{
    private PaymentOrderLine()
    {
    }

    public PaymentOrderLine(int sessionNumber, GrantItem item, long listPriceFen, long amountFen, bool proRated)
    {
        SessionNumber = sessionNumber;
        Tier = item.Tier;
        AddOn = item.AddOn;
        Quantity = item.Quantity;
        ListPriceFen = listPriceFen;
        AmountFen = amountFen;
        ProRated = proRated;
    }

    public long Id { get; private set; }
    public long OrderId { get; private set; }
    public int SessionNumber { get; private set; }
    public PackageTier? Tier { get; private set; }
    public AddOnKind? AddOn { get; private set; }
    public int Quantity { get; private set; }
    public long ListPriceFen { get; private set; }
    public long AmountFen { get; private set; }
    public bool ProRated { get; private set; }

    public GrantItem Item => new(Tier, AddOn, Quantity);
}

/// <summary>A payment order (支付订单) for one purchase: amount, lines, gateway and its status machine.</summary>
public sealed class PaymentOrder
{
    private readonly List<PaymentOrderLine> lines = [];

    private PaymentOrder()
    {
    }

    public PaymentOrder(string orderNo, long enterpriseId, long userId, long fairId, GatewayKind gateway, IEnumerable<PaymentOrderLine> items, DateTimeOffset now)
    {
        OrderNo = orderNo;
        EnterpriseId = enterpriseId;
        UserId = userId;
        FairId = fairId;
        Gateway = gateway;
        lines.AddRange(items);
        AmountFen = lines.Sum(l => l.AmountFen);
        Status = PaymentStatus.Created;
        CreatedAt = now;
        AgreementAcceptedAt = now;
    }

    public long Id { get; private set; }
    public string OrderNo { get; private set; } = "";
    public long EnterpriseId { get; private set; }
    public long UserId { get; private set; }
    public long FairId { get; private set; }
    public GatewayKind Gateway { get; private set; }
    public PaymentStatus Status { get; private set; }
    public long AmountFen { get; private set; }
    public long RefundedFen { get; private set; }
    public string? GatewayTradeNo { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset AgreementAcceptedAt { get; private set; }
    public DateTimeOffset? PayingSince { get; private set; }
    public DateTimeOffset? PaidAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public long Version { get; private set; }
    public IReadOnlyList<PaymentOrderLine> Lines => lines;

    /// <summary>What the cashier shows (the gateway's QR content); kept so the cashier page can be opened again.</summary>
    public string? QrContent { get; private set; }

    public Error? StartPaying(DateTimeOffset now, string qrContent)
    {
        var error = Move(PaymentAction.StartPaying);
        PayingSince ??= error is null ? now : null;
        QrContent = error is null ? qrContent : QrContent;
        return error;
    }

    public Error? ConfirmPaid(string tradeNo, DateTimeOffset paidAt)
    {
        if (Move(PaymentAction.ConfirmPaid) is { } illegal)
        {
            return illegal;
        }

        GatewayTradeNo = tradeNo;
        PaidAt = paidAt;
        return null;
    }

    public Error? Close(DateTimeOffset now)
    {
        if (Move(PaymentAction.Close) is { } illegal)
        {
            return illegal;
        }

        ClosedAt = now;
        return null;
    }

    /// <summary>Records money that went back; the refund row holds the gateway's side.</summary>
    public Error? Refunded(long amountFen)
    {
        if (amountFen <= 0 || RefundedFen + amountFen > AmountFen)
        {
            return Error.Rule("refund_exceeds_paid");
        }

        if (Move(RefundedFen + amountFen == AmountFen ? PaymentAction.RefundAll : PaymentAction.RefundPart) is { } illegal)
        {
            return illegal;
        }

        RefundedFen += amountFen;
        return null;
    }

    private Error? Move(PaymentAction action)
    {
        if (PaymentTransitions.Next(Status, action) is not { } next)
        {
            return Error.Conflict("payment_state");
        }

        Status = next;
        Version++;
        return null;
    }
}

internal sealed class PaymentOrderConfiguration : IEntityTypeConfiguration<PaymentOrder>
{
    public void Configure(EntityTypeBuilder<PaymentOrder> b)
    {
        b.ToTable("payment_orders");
        b.Property(x => x.OrderNo).HasMaxLength(32);
        b.Property(x => x.Gateway).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.GatewayTradeNo).HasMaxLength(64);
        b.Property(x => x.QrContent).HasMaxLength(500);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.OrderNo).IsUnique();
        b.HasIndex(x => new { x.EnterpriseId, x.CreatedAt });
        b.HasIndex(x => new { x.Status, x.PayingSince });
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Lines).HasField("lines").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PaymentOrderLineConfiguration : IEntityTypeConfiguration<PaymentOrderLine>
{
    public void Configure(EntityTypeBuilder<PaymentOrderLine> b)
    {
        b.ToTable("payment_order_lines");
        b.Property(x => x.Tier).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.AddOn).HasConversion<string>().HasMaxLength(16);
        b.Ignore(x => x.Item);
    }
}

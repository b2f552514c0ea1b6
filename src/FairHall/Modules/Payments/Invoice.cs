using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Payments;

/// <summary>VAT invoice types (PKG-9).</summary>
public enum InvoiceType
{
    /// <summary>增值税普通发票.</summary>
    Ordinary,

    /// <summary>增值税专用发票 (general taxpayers only).</summary>
    Special,
}

public enum InvoiceKind
{
    /// <summary>蓝字发票.</summary>
    Blue,

    /// <summary>红字发票: reverses a blue invoice before a refund.</summary>
    Red,
}

/// <summary>
/// An issued e-invoice. Issued invoices never change (PKG-9): the entity has no setters and no methods; a
/// refund issues a red-letter invoice that points at the blue one.
/// </summary>
public sealed class Invoice
{
    private Invoice()
    {
    }

    public Invoice(long orderId, long enterpriseId, InvoiceKind kind, InvoiceType type, string title, string taxpayerId, long amountFen,
        string invoiceNo, DateTimeOffset issuedAt, long? reversesInvoiceId, string html, string xml)
    {
        OrderId = orderId;
        EnterpriseId = enterpriseId;
        Kind = kind;
        Type = type;
        Title = title;
        TaxpayerId = taxpayerId;
        AmountFen = amountFen;
        InvoiceNo = invoiceNo;
        IssuedAt = issuedAt;
        ReversesInvoiceId = reversesInvoiceId;
        Html = html;
        Xml = xml;
    }

    public long Id { get; private set; }
    public long OrderId { get; private set; }
    public long EnterpriseId { get; private set; }
    public InvoiceKind Kind { get; private set; }
    public InvoiceType Type { get; private set; }
    public string Title { get; private set; } = "";
    public string TaxpayerId { get; private set; } = "";

    /// <summary>Negative for a red-letter invoice.</summary>
    public long AmountFen { get; private set; }

    public string InvoiceNo { get; private set; } = "";
    public DateTimeOffset IssuedAt { get; private set; }
    public long? ReversesInvoiceId { get; private set; }
    public string Html { get; private set; } = "";
    public string Xml { get; private set; } = "";
}

internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> b)
    {
        b.ToTable("invoices");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.Type).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.TaxpayerId).HasMaxLength(20);
        b.Property(x => x.InvoiceNo).HasMaxLength(32);
        b.HasOne<PaymentOrder>().WithMany().HasForeignKey(x => x.OrderId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.InvoiceNo).IsUnique();
        // One blue and at most one red invoice per order, even when the admin clicks twice.
        b.HasIndex(x => new { x.OrderId, x.Kind }).IsUnique();
        b.HasIndex(x => x.EnterpriseId);
    }
}

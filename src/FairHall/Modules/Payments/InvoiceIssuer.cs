using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Xml.Linq;

namespace FairHall.Modules.Payments;

/// <summary>What an issuer needs: one invoice, blue or red, ready to number and render.</summary>
public sealed record InvoiceDraft(InvoiceKind Kind, InvoiceType Type, string Title, string TaxpayerId, long AmountFen, string OrderNo,
    IReadOnlyList<(string Item, long AmountFen)> Lines, string? ReversesInvoiceNo, DateTimeOffset IssuedAt);

public sealed record IssuedInvoice(string InvoiceNo, string Html, string Xml);

/// <summary>
/// Issues e-invoices (PKG-9). A tax-bureau platform (全电发票) would implement this; <see cref="SandboxInvoiceIssuer"/>
/// is the demo one. Issuing is the only operation: issued invoices never change, a red-letter one reverses.
/// </summary>
public interface IInvoiceIssuer
{
    Task<IssuedInvoice> IssueAsync(InvoiceDraft draft, CancellationToken ct);
}

/// <summary>The sandbox issuer: numbers the invoice (prefix SBX, not a tax-bureau number) and renders printable HTML and XML.</summary>
internal sealed class SandboxInvoiceIssuer : IInvoiceIssuer
{
    public Task<IssuedInvoice> IssueAsync(InvoiceDraft d, CancellationToken ct)
    {
        var no = "SBX" + d.IssuedAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyyMMdd", CultureInfo.InvariantCulture)
            + RandomNumberGenerator.GetInt32(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture)
            + RandomNumberGenerator.GetInt32(0, 10_000).ToString("D4", CultureInfo.InvariantCulture);
        return Task.FromResult(new IssuedInvoice(no, Html(no, d), Xml(no, d)));
    }

    private static string Y(long fen) => (fen / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    private static string TypeName(InvoiceType t) => t == InvoiceType.Special ? "增值税专用发票 VAT special invoice" : "增值税普通发票 VAT ordinary invoice";

    private static string Xml(string no, InvoiceDraft d)
    {
        var (net, tax) = InvoiceRules.SplitTax(d.AmountFen);
        var doc = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement("Invoice",
            new XAttribute("sandbox", "true"),
            new XElement("InvoiceNo", no),
            new XElement("Kind", d.Kind == InvoiceKind.Red ? "红字" : "蓝字"),
            new XElement("Type", d.Type.ToString()),
            new XElement("IssuedAt", d.IssuedAt.ToString("O", CultureInfo.InvariantCulture)),
            new XElement("Buyer", new XElement("Name", d.Title), new XElement("TaxpayerId", d.TaxpayerId)),
            new XElement("Seller", new XElement("Name", "FairHall 沙箱开票方")),
            new XElement("OrderNo", d.OrderNo),
            d.ReversesInvoiceNo is { } r ? new XElement("Reverses", r) : null,
            new XElement("Lines", d.Lines.Select(l => new XElement("Line", new XElement("Item", l.Item), new XElement("Amount", Y(l.AmountFen))))),
            new XElement("Net", Y(net)), new XElement("TaxRate", "0.06"), new XElement("Tax", Y(tax)), new XElement("Total", Y(d.AmountFen))));
        return doc.Declaration + "\n" + doc;
    }

    private static string Html(string no, InvoiceDraft d)
    {
        string E(string s) => WebUtility.HtmlEncode(s);
        var (net, tax) = InvoiceRules.SplitTax(d.AmountFen);
        var red = d.Kind == InvoiceKind.Red;
        var rows = string.Concat(d.Lines.Select(l => $"<tr><td>{E(l.Item)}</td><td class=\"n\">{Y(l.AmountFen)}</td></tr>"));
        var reverses = d.ReversesInvoiceNo is { } r ? $"<tr><th>冲红原发票 Reverses</th><td>{E(r)}</td></tr>" : "";
        var date = d.IssuedAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $$"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>{{E(no)}}</title>
            <style>body{font-family:"Noto Sans CJK SC",sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:{{(red ? "#b02a37" : "#212529")}}}
            table{width:100%;border-collapse:collapse;margin-bottom:1rem}td,th{border:1px solid #adb5bd;padding:.4rem;text-align:left}.n{text-align:right}
            .stamp{border:2px solid #b02a37;color:#b02a37;display:inline-block;padding:.2rem .6rem}</style></head>
            <body><h1>{{(red ? "红字" : "")}}{{E(TypeName(d.Type))}}</h1>
            <p class="stamp">沙箱 · SANDBOX — 非税务机关发票 / not a tax-bureau invoice</p>
            <table><tr><th>发票号码 Invoice No.</th><td>{{E(no)}}</td></tr><tr><th>开票日期 Date</th><td>{{date}}</td></tr>
            <tr><th>购买方 Buyer</th><td>{{E(d.Title)}}</td></tr><tr><th>纳税人识别号 Taxpayer ID</th><td>{{(d.TaxpayerId.Length > 0 ? E(d.TaxpayerId) : "—")}}</td></tr>
            <tr><th>订单号 Order</th><td>{{E(d.OrderNo)}}</td></tr>{{reverses}}</table>
            <h2>项目 Items</h2><table><tr><th>项目 Item</th><th class="n">金额 Amount (¥)</th></tr>{{rows}}
            <tr><th>不含税金额 Net</th><td class="n">{{Y(net)}}</td></tr><tr><th>税额 VAT 6%</th><td class="n">{{Y(tax)}}</td></tr>
            <tr><th>价税合计 Total</th><td class="n"><strong>{{Y(d.AmountFen)}}</strong></td></tr></table></body></html>
            """;
    }
}

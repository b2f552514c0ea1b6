using FairHall.Platform.Localization;

namespace FairHall.Modules.Payments;

internal sealed class InvoiceTexts : ITextSource
{
    public IEnumerable<Text> Texts =>
    [
        new("Invoices.Title", "电子发票", "E-invoices"),
        new("Invoices.Request", "申请开票", "Request an invoice"),
        new("Invoices.List", "已开发票", "Issued invoices"),
        new("Invoices.Order", "订单", "Order"),
        new("Invoices.Type", "发票类型", "Invoice type"),
        new("Invoices.Type.Ordinary", "增值税普通发票", "VAT ordinary invoice"),
        new("Invoices.Type.Special", "增值税专用发票", "VAT special invoice"),
        new("Invoices.Kind.Blue", "蓝字", "Blue"),
        new("Invoices.Kind.Red", "红字（冲红）", "Red-letter (reversal)"),
        new("Invoices.InvoiceTitle", "发票抬头", "Invoice title"),
        new("Invoices.TaxpayerId", "纳税人识别号", "Taxpayer ID"),
        new("Invoices.No", "发票号码", "Invoice number"),
        new("Invoices.IssuedAt", "开票时间", "Issued"),
        new("Invoices.Download", "下载", "Download"),
        new("Invoices.Print", "查看/打印", "View / print"),
        new("Invoices.None", "暂无发票。", "No invoices yet."),
        new("Invoices.NothingToInvoice", "没有待开票的已支付订单。", "No paid order is waiting for an invoice."),
        new("Invoices.Issued", "发票已开具。", "The invoice has been issued."),
        new("Invoices.Rules", "线下参展企业的发票抬头为展商系统中的中文名称，仅线上参展企业为资质中的中文名称；一般纳税人可选专票或普票，小规模纳税人仅可开普票。已开发票不可修改，退款前先开红字发票。",
            "Offline exhibitors are invoiced to their Chinese name in the exhibitor system, online-only exhibitors to the Chinese name of their qualification; general taxpayers choose a special or ordinary VAT invoice, small-scale taxpayers ordinary only. Issued invoices never change; a refund first issues a red-letter invoice."),
        new("Invoices.Sandbox", "沙箱开票：发票号以 SBX 开头，非税务机关发票。", "Sandbox issuer: numbers start with SBX; not a tax-bureau invoice."),
        new("error.invoice_exists", "该订单已开具发票，发票开具后不可修改。", "This order has been invoiced; issued invoices cannot change."),
        new("error.invoice_order_not_paid", "订单未支付或已退款，不能开票。", "The order is not paid (or was refunded) and cannot be invoiced."),
        new("error.invoice_type_not_allowed", "小规模纳税人只能开具增值税普通发票。", "Small-scale taxpayers can receive VAT ordinary invoices only."),
        new("error.invoice_needs_qualification", "仅线上参展企业需先填写企业资质，发票抬头取资质中的中文名称。", "Online-only exhibitors need a qualification first: its Chinese name is the invoice title."),
        new("error.gateway_refund_refused", "支付网关拒绝了退款。", "The payment gateway refused the refund."),
        new("error.callback_ignored", "通知已收到，无需处理。", "The notice was received; nothing to do."),
    ];
}

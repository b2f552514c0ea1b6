using FairHall.Platform.Localization;

namespace FairHall.Modules.Payments;

internal sealed class PaymentsTexts : ITextSource
{
    public IEnumerable<Text> Texts =>
    [
        new("Payments.Cashier", "收银台", "Cashier"),
        new("Payments.OrderNo", "订单号", "Order number"),
        new("Payments.Amount", "金额", "Amount"),
        new("Payments.Scan", "请使用手机扫描二维码完成支付", "Scan the QR code with your phone to pay"),
        new("Payments.Simulate", "模拟支付（沙箱）", "Simulate payment (sandbox)"),
        new("Payments.SimulateFailed", "模拟支付未被接受，请稍后重试。", "The simulated payment was not accepted; try again."),
        new("Payments.Status.Created", "待支付", "Created"),
        new("Payments.Status.Paying", "支付中", "Paying"),
        new("Payments.Status.Paid", "已支付", "Paid"),
        new("Payments.Status.Closed", "已关闭", "Closed"),
        new("Payments.Status.PartiallyRefunded", "部分退款", "Partially refunded"),
        new("Payments.Status.Refunded", "已退款", "Refunded"),
        new("Payments.PaidDone", "支付成功，服务已开通。", "Paid: the services are open."),
        new("error.payment_order_unknown", "订单不存在。", "The order does not exist."),
        new("error.payment_state", "订单当前状态不允许此操作。", "The order's state does not allow this."),
        new("error.refund_exceeds_paid", "退款金额超过已支付金额。", "The refund exceeds what was paid."),
        new("error.callback_signature", "通知签名无效。", "The notification's signature is invalid."),
        new("error.callback_merchant", "通知的商户或应用不符。", "The notification is for another merchant or app."),
        new("error.callback_stale", "通知已过期。", "The notification is stale."),
        new("error.callback_amount", "通知金额与订单不符。", "The notification's amount does not match the order."),
        new("error.callback_malformed", "通知格式不正确。", "The notification is malformed."),
        new("error.gateway_unavailable", "支付网关暂不可用。", "The payment gateway is not available."),
    ];
}

using System.Globalization;
using FairHall.Platform.Outcomes;
using Microsoft.Extensions.Options;
using static FairHall.Modules.Payments.Gateways.AlipayClient;

namespace FairHall.Modules.Payments.Gateways;

/// <summary>
/// Alipay (支付宝) face-to-face QR payment: <c>alipay.trade.precreate</c> returns the QR content; the asynchronous
/// notification is verified (RSA2 with Alipay's public key over the sorted parameters without <c>sign</c> and
/// <c>sign_type</c>), its <c>app_id</c>/<c>seller_id</c>, freshness, <c>trade_status</c> and <c>total_amount</c>
/// checked, and answered with the literal <c>success</c>. Query and refund for reconciliation and PKG-8.
/// </summary>
internal sealed class AlipayGateway(IOptions<PaymentsOptions> options, TimeProvider clock, AlipayClient client, CallbackUrls urls) : IPaymentGateway
{
    public const string CallbackPath = "/api/v1/payments/callbacks/alipay";

    private AlipayOptions O => options.Value.Alipay;

    public GatewayKind Kind => GatewayKind.Alipay;

    public async Task<Result<CashierInfo>> StartAsync(PaymentOrder order, string subject, CancellationToken ct)
    {
        var biz = new Dictionary<string, string>
        {
            ["out_trade_no"] = order.OrderNo,
            ["total_amount"] = GatewayKeys.Yuan(order.AmountFen),
            ["subject"] = subject,
            ["timeout_express"] = "30m",
        };
        var answer = await client.CallAsync("alipay.trade.precreate", biz, urls.For(CallbackPath), ct);
        if (!answer.IsSuccess)
        {
            return answer.Error;
        }

        return Str(answer.Value, "code") == "10000" && Str(answer.Value, "qr_code") is { Length: > 0 } qr ? new CashierInfo(qr) : CallbackErrors.Gateway;
    }

    public async Task<Result<GatewayNotice>> VerifyAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return CallbackErrors.Malformed;
        }

        var form = await request.ReadFormAsync(ct);
        var f = form.ToDictionary(x => x.Key, x => x.Value.ToString(), StringComparer.Ordinal);
        using (var key = GatewayKeys.Public(O.AlipayPublicKeyPem))
        {
            if (f.GetValueOrDefault("sign_type") != "RSA2" || !GatewayKeys.VerifySha256(key, NotificationContent(f), f.GetValueOrDefault("sign")))
            {
                return CallbackErrors.Signature;
            }
        }

        if (f.GetValueOrDefault("app_id") != O.AppId || (O.SellerId.Length > 0 && f.GetValueOrDefault("seller_id") != O.SellerId))
        {
            return CallbackErrors.Merchant;
        }

        if (ChinaTime(f.GetValueOrDefault("notify_time")) is not { } sent)
        {
            return CallbackErrors.Malformed;
        }

        if ((clock.GetUtcNow() - sent).Duration() > options.Value.CallbackMaxAge)
        {
            return CallbackErrors.Stale;
        }

        // WAIT_BUYER_PAY / TRADE_CLOSED notices are genuine but pay nothing: acknowledged, nothing changes.
        if (f.GetValueOrDefault("trade_status") is not ("TRADE_SUCCESS" or "TRADE_FINISHED"))
        {
            return CallbackErrors.Ignored;
        }

        if (GatewayKeys.Fen(f.GetValueOrDefault("total_amount")) is not { } amount
            || f.GetValueOrDefault("out_trade_no") is not { Length: > 0 } orderNo || f.GetValueOrDefault("trade_no") is not { Length: > 0 } tradeNo)
        {
            return CallbackErrors.Malformed;
        }

        return new GatewayNotice(orderNo, tradeNo, amount, ChinaTime(f.GetValueOrDefault("gmt_payment")) ?? sent);
    }

    public IResult Acknowledge(Error? error) =>
        error is null || error == CallbackErrors.Ignored ? TypedResults.Text("success") : TypedResults.Text("fail", statusCode: error.Status);

    public async Task<Result<GatewayQuery>> QueryAsync(PaymentOrder order, CancellationToken ct)
    {
        var answer = await client.CallAsync("alipay.trade.query", new Dictionary<string, string> { ["out_trade_no"] = order.OrderNo }, null, ct);
        if (!answer.IsSuccess)
        {
            return answer.Error;
        }

        var a = answer.Value;
        if (Str(a, "code") != "10000")
        {
            // The payer never scanned the code: Alipay does not know the trade yet.
            return Str(a, "sub_code") == "ACQ.TRADE_NOT_EXIST" ? new GatewayQuery(false, false, null, order.AmountFen, null) : CallbackErrors.Gateway;
        }

        var status = Str(a, "trade_status");
        var paid = status is "TRADE_SUCCESS" or "TRADE_FINISHED";
        return new GatewayQuery(paid, status == "TRADE_CLOSED", Str(a, "trade_no"), GatewayKeys.Fen(Str(a, "total_amount")) ?? -1,
            paid ? ChinaTime(Str(a, "send_pay_date")) ?? clock.GetUtcNow() : null);
    }

    public async Task<Result<string>> RefundAsync(PaymentOrder order, Refund refund, CancellationToken ct)
    {
        var biz = new Dictionary<string, string>
        {
            ["out_trade_no"] = order.OrderNo,
            ["refund_amount"] = GatewayKeys.Yuan(refund.AmountFen),
            ["out_request_no"] = refund.RefundNo,
            ["refund_reason"] = refund.Reason,
        };
        var answer = await client.CallAsync("alipay.trade.refund", biz, null, ct);
        if (!answer.IsSuccess)
        {
            return answer.Error;
        }

        // Alipay has no refund number of its own: the trade number and our out_request_no identify the refund.
        var no = $"{Str(answer.Value, "trade_no")}/{refund.RefundNo}";
        return Str(answer.Value, "code") == "10000" ? no[..Math.Min(64, no.Length)] : new Error("gateway_refund_refused", StatusCodes.Status502BadGateway);
    }

    private static DateTimeOffset? ChinaTime(string? value) =>
        DateTime.TryParseExact(value, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, ChinaOffset).ToUniversalTime()
            : null;
}

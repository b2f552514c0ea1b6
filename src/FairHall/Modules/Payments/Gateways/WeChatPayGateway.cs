using System.Globalization;
using System.Net;
using System.Text.Json;
using FairHall.Platform.Outcomes;
using Microsoft.Extensions.Options;
using static FairHall.Modules.Payments.Gateways.WeChatPayClient;

namespace FairHall.Modules.Payments.Gateways;

/// <summary>
/// WeChat Pay API v3 native (QR) payment: <c>POST /v3/pay/transactions/native</c> returns the <c>code_url</c>; the
/// notification's <c>Wechatpay-Signature</c> is verified with the platform key named by <c>Wechatpay-Serial</c>,
/// its timestamp must be fresh, its resource is decrypted (AEAD_AES_256_GCM, APIv3 key) and its
/// <c>mchid</c>/<c>appid</c>/<c>trade_state</c>/<c>amount.total</c> checked; success is answered 204 without body.
/// </summary>
internal sealed class WeChatPayGateway(IOptions<PaymentsOptions> options, TimeProvider clock, WeChatPayClient client, CallbackUrls urls) : IPaymentGateway
{
    public const string CallbackPath = "/api/v1/payments/callbacks/wechatpay";

    private WeChatPayOptions O => options.Value.WeChatPay;

    public GatewayKind Kind => GatewayKind.WeChatPay;

    public async Task<Result<CashierInfo>> StartAsync(PaymentOrder order, string subject, CancellationToken ct)
    {
        var body = new
        {
            appid = O.AppId,
            mchid = O.MchId,
            description = subject,
            out_trade_no = order.OrderNo,
            notify_url = urls.For(CallbackPath),
            amount = new { total = order.AmountFen, currency = "CNY" },
        };
        var answer = await client.SendAsync(HttpMethod.Post, "/v3/pay/transactions/native", body, ct);
        if (!answer.IsSuccess)
        {
            return answer.Error;
        }

        return answer.Value.Status == HttpStatusCode.OK && Str(answer.Value.Body, "code_url") is { Length: > 0 } url ? new CashierInfo(url) : CallbackErrors.Gateway;
    }

    public async Task<Result<GatewayNotice>> VerifyAsync(HttpRequest request, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(ct);
        string H(string name) => request.Headers[name].ToString();
        if (H("Wechatpay-Serial") != O.PlatformSerialNo)
        {
            return CallbackErrors.Signature;
        }

        using (var key = GatewayKeys.Public(O.PlatformPublicKeyPem))
        {
            if (!GatewayKeys.VerifySha256(key, WeChatPaySignature.ResponseMessage(H("Wechatpay-Timestamp"), H("Wechatpay-Nonce"), body), H("Wechatpay-Signature")))
            {
                return CallbackErrors.Signature;
            }
        }

        if (!long.TryParse(H("Wechatpay-Timestamp"), NumberStyles.None, CultureInfo.InvariantCulture, out var ts)
            || (clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(ts)).Duration() > options.Value.CallbackMaxAge)
        {
            return CallbackErrors.Stale;
        }

        JsonElement notice;
        try
        {
            using var doc = JsonDocument.Parse(body);
            notice = doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            return CallbackErrors.Malformed;
        }

        if (Str(notice, "event_type") != "TRANSACTION.SUCCESS")
        {
            return CallbackErrors.Ignored;
        }

        var resource = notice.TryGetProperty("resource", out var r) ? r : default;
        if (Str(resource, "algorithm") != "AEAD_AES_256_GCM"
            || WeChatPaySignature.Decrypt(O.ApiV3Key, Str(resource, "nonce"), Str(resource, "associated_data"), Str(resource, "ciphertext")) is not { } plain)
        {
            return CallbackErrors.Malformed;
        }

        using var tx = JsonDocument.Parse(plain);
        var t = tx.RootElement;
        if (Str(t, "mchid") != O.MchId || Str(t, "appid") != O.AppId)
        {
            return CallbackErrors.Merchant;
        }

        if (Str(t, "trade_state") != "SUCCESS")
        {
            return CallbackErrors.Ignored;
        }

        if (Long(t, "amount", "total") is not { } amount || Str(t, "out_trade_no") is not { Length: > 0 } orderNo || Str(t, "transaction_id") is not { Length: > 0 } tradeNo)
        {
            return CallbackErrors.Malformed;
        }

        return new GatewayNotice(orderNo, tradeNo, amount, Time(Str(t, "success_time")) ?? clock.GetUtcNow());
    }

    /// <summary>Protocol: success is 200/204 without a body; anything else is 4xx/5xx with <c>{"code":"FAIL","message":…}</c>.</summary>
    public IResult Acknowledge(Error? error) =>
        error is null || error == CallbackErrors.Ignored
            ? TypedResults.NoContent()
            : TypedResults.Json(new { code = "FAIL", message = error.Code }, statusCode: error.Status is >= 400 ? error.Status : 500);

    public async Task<Result<GatewayQuery>> QueryAsync(PaymentOrder order, CancellationToken ct)
    {
        var answer = await client.SendAsync(HttpMethod.Get, $"/v3/pay/transactions/out-trade-no/{Uri.EscapeDataString(order.OrderNo)}?mchid={Uri.EscapeDataString(O.MchId)}", null, ct);
        if (!answer.IsSuccess)
        {
            return answer.Error;
        }

        var a = answer.Value.Body;
        if (answer.Value.Status == HttpStatusCode.NotFound)
        {
            return new GatewayQuery(false, false, null, order.AmountFen, null);
        }

        if (answer.Value.Status != HttpStatusCode.OK || Str(a, "mchid") != O.MchId || Str(a, "appid") != O.AppId)
        {
            return CallbackErrors.Gateway;
        }

        var state = Str(a, "trade_state");
        var paid = state == "SUCCESS";
        return new GatewayQuery(paid, state is "CLOSED" or "REVOKED" or "PAYERROR", Str(a, "transaction_id"), Long(a, "amount", "total") ?? -1,
            paid ? Time(Str(a, "success_time")) ?? clock.GetUtcNow() : null);
    }

    public async Task<Result<string>> RefundAsync(PaymentOrder order, Refund refund, CancellationToken ct)
    {
        var body = new
        {
            out_trade_no = order.OrderNo,
            out_refund_no = refund.RefundNo,
            reason = refund.Reason,
            amount = new { refund = refund.AmountFen, total = order.AmountFen, currency = "CNY" },
        };
        var answer = await client.SendAsync(HttpMethod.Post, "/v3/refund/domestic/refunds", body, ct);
        if (!answer.IsSuccess)
        {
            return answer.Error;
        }

        // PROCESSING is accepted: WeChat Pay has taken the refund and completes it on its side (ADR 0013).
        return answer.Value.Status == HttpStatusCode.OK && Str(answer.Value.Body, "status") is "SUCCESS" or "PROCESSING" && Str(answer.Value.Body, "refund_id") is { Length: > 0 } id
            ? id
            : new Error("gateway_refund_refused", StatusCodes.Status502BadGateway);
    }
}

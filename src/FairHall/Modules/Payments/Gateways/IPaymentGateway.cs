using FairHall.Platform.Outcomes;

namespace FairHall.Modules.Payments.Gateways;

/// <summary>What the cashier shows: the content of the QR code the payer scans.</summary>
public sealed record CashierInfo(string QrContent);

/// <summary>A verified "paid" notification: signature, merchant/app and freshness already checked by the gateway.</summary>
public sealed record GatewayNotice(string OrderNo, string TradeNo, long AmountFen, DateTimeOffset PaidAt);

/// <summary>What the gateway says about an order when asked (reconciliation).</summary>
public sealed record GatewayQuery(bool Paid, bool Closed, string? TradeNo, long AmountFen, DateTimeOffset? PaidAt);

/// <summary>
/// One payment gateway (sandbox, Alipay, WeChat Pay). Callbacks are authenticated by signature only, so
/// <see cref="VerifyAsync"/> must reject anything forged, tampered, for another merchant/app or stale.
/// </summary>
public interface IPaymentGateway
{
    GatewayKind Kind { get; }

    Task<Result<CashierInfo>> StartAsync(PaymentOrder order, string subject, CancellationToken ct);

    Task<Result<GatewayNotice>> VerifyAsync(HttpRequest request, CancellationToken ct);

    /// <summary>The reply the gateway expects: Alipay the literal <c>success</c>, WeChat Pay v3 a 200/204.</summary>
    IResult Acknowledge(Error? error);

    Task<Result<GatewayQuery>> QueryAsync(PaymentOrder order, CancellationToken ct);

    /// <summary>Returns the gateway's refund number.</summary>
    Task<Result<string>> RefundAsync(PaymentOrder order, Refund refund, CancellationToken ct);
}

/// <summary>Typed errors of callbacks; none of them changes anything.</summary>
public static class CallbackErrors
{
    public static readonly Error Signature = Error.Forbidden("callback_signature");
    public static readonly Error Merchant = Error.Forbidden("callback_merchant");
    public static readonly Error Stale = Error.Forbidden("callback_stale");
    public static readonly Error Amount = Error.Rule("callback_amount");
    public static readonly Error Malformed = new("callback_malformed", StatusCodes.Status400BadRequest);
    public static readonly Error Gateway = new("gateway_unavailable", StatusCodes.Status502BadGateway);

    /// <summary>A genuine notice that pays nothing (e.g. WAIT_BUYER_PAY): acknowledged so that the gateway stops resending.</summary>
    public static readonly Error Ignored = new("callback_ignored", StatusCodes.Status200OK);
}

/// <summary>Configuration of the gateways (<c>Payments:*</c>).</summary>
public sealed class PaymentsOptions
{
    /// <summary>Base URL gateways call back (e.g. https://fair.example.org); empty = the request's own origin.</summary>
    public string PublicBaseUrl { get; set; } = "";

    public TimeSpan CallbackMaxAge { get; set; } = TimeSpan.FromMinutes(5);

    public SandboxOptions Sandbox { get; set; } = new();

    public AlipayOptions Alipay { get; set; } = new();

    public WeChatPayOptions WeChatPay { get; set; } = new();
}

public sealed class SandboxOptions
{
    public string MerchantId { get; set; } = "fairhall-sandbox";

    /// <summary>HMAC key of the sandbox; the demo default is public on purpose (no real money moves).</summary>
    public string Key { get; set; } = "fairhall-sandbox-key-not-a-secret";
}

public sealed class AlipayOptions
{
    /// <summary>Off by default: the sandbox is the demo gateway.</summary>
    public bool Enabled { get; set; }
    public string GatewayUrl { get; set; } = "https://openapi.alipay.com/gateway.do";
    public string AppId { get; set; } = "";
    public string SellerId { get; set; } = "";

    /// <summary>The application's RSA private key: PEM text, a path to a PEM file, or bare base64 PKCS#8 (signs requests).</summary>
    public string AppPrivateKeyPem { get; set; } = "";

    /// <summary>Alipay's RSA public key: PEM text, path, or bare base64 (verifies answers and notifications).</summary>
    public string AlipayPublicKeyPem { get; set; } = "";
}

public sealed class WeChatPayOptions
{
    /// <summary>Off by default: the sandbox is the demo gateway.</summary>
    public bool Enabled { get; set; }
    public string BaseUrl { get; set; } = "https://api.mch.weixin.qq.com";
    public string MchId { get; set; } = "";
    public string AppId { get; set; } = "";
    public string MerchantSerialNo { get; set; } = "";
    /// <summary>The merchant API key (apiclient_key.pem): PEM text or a path (signs requests).</summary>
    public string MerchantPrivateKeyPem { get; set; } = "";

    /// <summary>32-byte APIv3 key (decrypts notification resources).</summary>
    public string ApiV3Key { get; set; } = "";
    public string PlatformSerialNo { get; set; } = "";
    /// <summary>The platform certificate's (or WeChat Pay public key's) public key: PEM text or a path.</summary>
    public string PlatformPublicKeyPem { get; set; } = "";
}

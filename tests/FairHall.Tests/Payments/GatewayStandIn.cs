using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FairHall.Modules.Payments.Gateways;
using FairHall.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace FairHall.Tests.Payments;

/// <summary>
/// Local stand-ins for Alipay (<c>/gateway.do</c>) and WeChat Pay API v3 (<c>/v3/…</c>) on 127.0.0.1 with keys
/// generated here. They verify the app's request signatures as the real gateways do, keep trades, and sign
/// their answers and the notifications the tests send.
/// </summary>
public sealed class GatewayStandIn : IAsyncDisposable
{
    public const string AlipayAppId = "2021000000000001";
    public const string AlipaySellerId = "2088000000000001";
    public const string MchId = "1900000001";
    public const string WeChatAppId = "wx00000000000001";
    public const string MerchantSerial = "5157F09EFDC096DE15EBE81A47057A72";
    public const string PlatformSerial = "7132D72A03E93CDDF8C03BBD1F37EEDF";
    public const string ApiV3Key = "fairhallTestApiV3Key0123456789ab";

    private WebApplication? app;

    public RSA AppKey { get; } = RSA.Create(2048);
    public RSA AlipayKey { get; } = RSA.Create(2048);
    public RSA MerchantKey { get; } = RSA.Create(2048);
    public RSA PlatformKey { get; } = RSA.Create(2048);

    /// <summary>Trades by order number: amount and the gateway's state (Alipay or WeChat Pay words).</summary>
    public ConcurrentDictionary<string, (long Fen, string State)> Trades { get; } = new();

    public ConcurrentBag<(string OrderNo, string RefundNo, long Fen)> Refunds { get; } = [];

    public int Verified;
    public int Rejected;

    public string BaseUrl { get; private set; } = "";

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        app = builder.Build();
        app.MapPost("/gateway.do", (Delegate)AlipayAsync);
        app.Map("/v3/{**rest}", WeChatAsync);
        await app.StartAsync();
        BaseUrl = app.Urls.First();
    }

    public IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Payments:Alipay:Enabled"] = "true",
        ["Payments:Alipay:GatewayUrl"] = BaseUrl + "/gateway.do",
        ["Payments:Alipay:AppId"] = AlipayAppId,
        ["Payments:Alipay:SellerId"] = AlipaySellerId,
        ["Payments:Alipay:AppPrivateKeyPem"] = AppKey.ExportPkcs8PrivateKeyPem(),
        // As Alipay's key tool prints it: bare base64 without PEM armour.
        ["Payments:Alipay:AlipayPublicKeyPem"] = Convert.ToBase64String(AlipayKey.ExportSubjectPublicKeyInfo()),
        ["Payments:WeChatPay:Enabled"] = "true",
        ["Payments:WeChatPay:BaseUrl"] = BaseUrl,
        ["Payments:WeChatPay:MchId"] = MchId,
        ["Payments:WeChatPay:AppId"] = WeChatAppId,
        ["Payments:WeChatPay:MerchantSerialNo"] = MerchantSerial,
        ["Payments:WeChatPay:MerchantPrivateKeyPem"] = MerchantKey.ExportPkcs8PrivateKeyPem(),
        ["Payments:WeChatPay:ApiV3Key"] = ApiV3Key,
        ["Payments:WeChatPay:PlatformSerialNo"] = PlatformSerial,
        ["Payments:WeChatPay:PlatformPublicKeyPem"] = PlatformKey.ExportSubjectPublicKeyInfoPem(),
        ["Payments:Jobs:Enabled"] = "false",
    };

    public void Pay(string orderNo) => Trades.AddOrUpdate(orderNo, _ => throw new KeyNotFoundException(orderNo), (_, t) => (t.Fen, "PAID"));

    public void Close(string orderNo) => Trades.AddOrUpdate(orderNo, _ => throw new KeyNotFoundException(orderNo), (_, t) => (t.Fen, "CLOSED"));

    /// <summary>An Alipay asynchronous notification for a paid trade, signed with Alipay's key (or another).</summary>
    public Dictionary<string, string> AlipayNotice(string orderNo, long fen, DateTimeOffset now, Action<Dictionary<string, string>>? change = null, RSA? signer = null)
    {
        var china = now.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var f = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["notify_time"] = china,
            ["notify_type"] = "trade_status_sync",
            ["notify_id"] = Guid.NewGuid().ToString("N"),
            ["app_id"] = AlipayAppId,
            ["charset"] = "utf-8",
            ["version"] = "1.0",
            ["sign_type"] = "RSA2",
            ["trade_no"] = "2026" + orderNo[^8..],
            ["out_trade_no"] = orderNo,
            ["seller_id"] = AlipaySellerId,
            ["trade_status"] = "TRADE_SUCCESS",
            ["total_amount"] = GatewayKeys.Yuan(fen),
            ["gmt_payment"] = china,
            ["subject"] = "展位服务套餐",
        };
        change?.Invoke(f);
        f["sign"] = GatewayKeys.SignSha256(signer ?? AlipayKey, AlipayClient.NotificationContent(f));
        return f;
    }

    /// <summary>A WeChat Pay notification: the transaction encrypted with the APIv3 key, the body signed with the platform key.</summary>
    public (Dictionary<string, string> Headers, string Body) WeChatNotice(string orderNo, long fen, DateTimeOffset now,
        Action<Dictionary<string, object>>? change = null, RSA? signer = null, string? serial = null, string apiV3Key = ApiV3Key)
    {
        var tx = new Dictionary<string, object>
        {
            ["appid"] = WeChatAppId,
            ["mchid"] = MchId,
            ["out_trade_no"] = orderNo,
            ["transaction_id"] = "4200" + orderNo[^8..],
            ["trade_type"] = "NATIVE",
            ["trade_state"] = "SUCCESS",
            ["success_time"] = now.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            ["amount"] = new { total = fen, payer_total = fen, currency = "CNY", payer_currency = "CNY" },
        };
        change?.Invoke(tx);
        var nonce = GatewayKeys.Nonce()[..12];
        var body = JsonSerializer.Serialize(new
        {
            id = Guid.NewGuid().ToString(),
            create_time = now.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            resource_type = "encrypt-resource",
            event_type = "TRANSACTION.SUCCESS",
            summary = "支付成功",
            resource = new
            {
                original_type = "transaction",
                algorithm = "AEAD_AES_256_GCM",
                associated_data = "transaction",
                nonce,
                ciphertext = WeChatPaySignature.Encrypt(apiV3Key, nonce, "transaction", JsonSerializer.Serialize(tx))
            },
        });
        return (SignedHeaders(body, now.ToUnixTimeSeconds(), signer, serial), body);
    }

    public Dictionary<string, string> SignedHeaders(string body, long timestamp, RSA? signer = null, string? serial = null)
    {
        var nonce = GatewayKeys.Nonce();
        var ts = timestamp.ToString(CultureInfo.InvariantCulture);
        return new()
        {
            ["Wechatpay-Timestamp"] = ts,
            ["Wechatpay-Nonce"] = nonce,
            ["Wechatpay-Serial"] = serial ?? PlatformSerial,
            ["Wechatpay-Signature"] = GatewayKeys.SignSha256(signer ?? PlatformKey, WeChatPaySignature.ResponseMessage(ts, nonce, body)),
            ["Wechatpay-Signature-Type"] = "WECHATPAY2-SHA256-RSA2048",
        };
    }

    private async Task<IResult> AlipayAsync(HttpContext http)
    {
        var form = await http.Request.ReadFormAsync();
        var f = form.ToDictionary(x => x.Key, x => x.Value.ToString(), StringComparer.Ordinal);
        var method = f.GetValueOrDefault("method") ?? "";
        if (f.GetValueOrDefault("app_id") != AlipayAppId || f.GetValueOrDefault("sign_type") != "RSA2"
            || !GatewayKeys.VerifySha256(AppKey, AlipayClient.RequestContent(f), f.GetValueOrDefault("sign")))
        {
            Interlocked.Increment(ref Rejected);
            return AlipayAnswer(method, new { code = "40002", msg = "Invalid Arguments", sub_code = "isv.invalid-signature" });
        }

        Interlocked.Increment(ref Verified);
        using var biz = JsonDocument.Parse(f["biz_content"]);
        var tradeNo = biz.RootElement.GetProperty("out_trade_no").GetString()!;
        return Alipay(method, tradeNo, biz.RootElement);
    }

    private IResult Alipay(string method, string no, JsonElement biz)
    {
        switch (method)
        {
            case "alipay.trade.precreate":
                Trades[no] = (GatewayKeys.Fen(biz.GetProperty("total_amount").GetString()) ?? -1, "WAIT");
                return AlipayAnswer(method, new { code = "10000", msg = "Success", out_trade_no = no, qr_code = "https://qr.alipay.com/standin" + no });
            case "alipay.trade.query" when Trades.TryGetValue(no, out var t):
                var status = t.State switch { "PAID" => "TRADE_SUCCESS", "CLOSED" => "TRADE_CLOSED", _ => "WAIT_BUYER_PAY" };
                return AlipayAnswer(method, new
                {
                    code = "10000",
                    msg = "Success",
                    out_trade_no = no,
                    trade_no = "2026" + no[^8..],
                    trade_status = status,
                    total_amount = GatewayKeys.Yuan(t.Fen),
                    send_pay_date = "2026-11-21 10:30:00"
                });
            case "alipay.trade.refund" when Trades.TryGetValue(no, out var paid) && paid.State == "PAID":
                Refunds.Add((no, biz.GetProperty("out_request_no").GetString()!, GatewayKeys.Fen(biz.GetProperty("refund_amount").GetString()) ?? -1));
                return AlipayAnswer(method, new
                {
                    code = "10000",
                    msg = "Success",
                    out_trade_no = no,
                    trade_no = "2026" + no[^8..],
                    fund_change = "Y",
                    refund_fee = biz.GetProperty("refund_amount").GetString()
                });
            default:
                return AlipayAnswer(method, new { code = "40004", msg = "Business Failed", sub_code = "ACQ.TRADE_NOT_EXIST" });
        }
    }

    private IResult AlipayAnswer(string method, object node)
    {
        var raw = JsonSerializer.Serialize(node);
        var sign = GatewayKeys.SignSha256(AlipayKey, raw);
        return Results.Text($"{{\"{method.Replace('.', '_')}_response\":{raw},\"sign\":\"{sign}\"}}", "application/json; charset=utf-8");
    }

    private async Task WeChatAsync(HttpContext http)
    {
        var body = await new StreamReader(http.Request.Body).ReadToEndAsync();
        var path = http.Request.Path + http.Request.QueryString;
        var auth = WeChatPaySignature.ParseAuthorization(http.Request.Headers.Authorization.ToString());
        var signed = auth.GetValueOrDefault("mchid") == MchId && auth.GetValueOrDefault("serial_no") == MerchantSerial
            && GatewayKeys.VerifySha256(MerchantKey, WeChatPaySignature.RequestMessage(http.Request.Method, path, long.Parse(auth.GetValueOrDefault("timestamp") ?? "0", CultureInfo.InvariantCulture),
                auth.GetValueOrDefault("nonce_str") ?? "", body), auth.GetValueOrDefault("signature"));
        if (!signed)
        {
            Interlocked.Increment(ref Rejected);
            await WeChatAnswerAsync(http, 401, new { code = "SIGN_ERROR", message = "签名错误" });
            return;
        }

        Interlocked.Increment(ref Verified);
        var segments = http.Request.Path.Value!.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (http.Request.Method == "POST" && http.Request.Path == "/v3/pay/transactions/native")
        {
            using var doc = JsonDocument.Parse(body);
            var no = doc.RootElement.GetProperty("out_trade_no").GetString()!;
            Trades[no] = (doc.RootElement.GetProperty("amount").GetProperty("total").GetInt64(), "WAIT");
            await WeChatAnswerAsync(http, 200, new { code_url = "weixin://wxpay/bizpayurl?pr=" + no[^8..] });
        }
        else if (http.Request.Method == "GET" && segments is [_, _, _, "out-trade-no", var queried] && Trades.TryGetValue(queried, out var t))
        {
            var state = t.State switch { "PAID" => "SUCCESS", "CLOSED" => "CLOSED", _ => "NOTPAY" };
            await WeChatAnswerAsync(http, 200, new
            {
                appid = WeChatAppId,
                mchid = MchId,
                out_trade_no = queried,
                transaction_id = "4200" + queried[^8..],
                trade_state = state,
                success_time = "2026-11-21T10:30:00+08:00",
                amount = new { total = t.Fen, currency = "CNY" }
            });
        }
        else if (http.Request.Method == "POST" && http.Request.Path == "/v3/refund/domestic/refunds")
        {
            using var doc = JsonDocument.Parse(body);
            var no = doc.RootElement.GetProperty("out_trade_no").GetString()!;
            var refundNo = doc.RootElement.GetProperty("out_refund_no").GetString()!;
            Refunds.Add((no, refundNo, doc.RootElement.GetProperty("amount").GetProperty("refund").GetInt64()));
            await WeChatAnswerAsync(http, 200, new { refund_id = "5030" + refundNo[^10..], out_refund_no = refundNo, status = "SUCCESS" });
        }
        else
        {
            await WeChatAnswerAsync(http, 404, new { code = "ORDER_NOT_EXIST", message = "订单不存在" });
        }
    }

    private async Task WeChatAnswerAsync(HttpContext http, int status, object answer)
    {
        var body = JsonSerializer.Serialize(answer);
        http.Response.StatusCode = status;
        foreach (var (k, v) in SignedHeaders(body, TimeProvider.System.GetUtcNow().ToUnixTimeSeconds()))
        {
            http.Response.Headers[k] = v;
        }

        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(body, Encoding.UTF8);
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        foreach (var key in new[] { AppKey, AlipayKey, MerchantKey, PlatformKey })
        {
            key.Dispose();
        }
    }
}

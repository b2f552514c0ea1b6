using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FairHall.Platform.Outcomes;
using Microsoft.Extensions.Options;

namespace FairHall.Modules.Payments.Gateways;

/// <summary>
/// The demo gateway. It speaks like a real one: the cashier shows a QR code, and "simulate payment" sends a
/// form-encoded notification signed with HMAC-SHA256 to the app's callback URL over HTTP. Nothing is charged.
/// </summary>
internal sealed class SandboxGateway(IOptions<PaymentsOptions> options, TimeProvider clock, IHttpClientFactory http) : IPaymentGateway
{
    public const string CallbackPath = "/api/v1/payments/callbacks/sandbox";

    private SandboxOptions O => options.Value.Sandbox;

    public GatewayKind Kind => GatewayKind.Sandbox;

    public Task<Result<CashierInfo>> StartAsync(PaymentOrder order, string subject, CancellationToken ct) =>
        Task.FromResult<Result<CashierInfo>>(new CashierInfo($"fairhall-sandbox://pay?order={order.OrderNo}&amount={order.AmountFen}"));

    public async Task<Result<GatewayNotice>> VerifyAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return CallbackErrors.Malformed;
        }

        var form = await request.ReadFormAsync(ct);
        var fields = form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        if (!fields.TryGetValue("sign", out var sign) || !Verify(fields, sign, O.Key))
        {
            return CallbackErrors.Signature;
        }

        if (fields.GetValueOrDefault("merchant_id") != O.MerchantId)
        {
            return CallbackErrors.Merchant;
        }

        if (!long.TryParse(fields.GetValueOrDefault("timestamp"), NumberStyles.None, CultureInfo.InvariantCulture, out var ts)
            || !long.TryParse(fields.GetValueOrDefault("amount_fen"), NumberStyles.None, CultureInfo.InvariantCulture, out var amount)
            || fields.GetValueOrDefault("order_no") is not { Length: > 0 } orderNo || fields.GetValueOrDefault("trade_no") is not { Length: > 0 } tradeNo)
        {
            return CallbackErrors.Malformed;
        }

        var sent = DateTimeOffset.FromUnixTimeSeconds(ts);
        if ((clock.GetUtcNow() - sent).Duration() > options.Value.CallbackMaxAge)
        {
            return CallbackErrors.Stale;
        }

        return new GatewayNotice(orderNo, tradeNo, amount, sent);
    }

    public IResult Acknowledge(Error? error) =>
        error is null ? TypedResults.Text("success") : TypedResults.Text("fail", statusCode: error.Status);

    /// <summary>The sandbox keeps no state of its own: an order is paid when the app says so.</summary>
    public Task<Result<GatewayQuery>> QueryAsync(PaymentOrder order, CancellationToken ct) =>
        Task.FromResult<Result<GatewayQuery>>(new GatewayQuery(false, false, null, order.AmountFen, null));

    public Task<Result<string>> RefundAsync(PaymentOrder order, Refund refund, CancellationToken ct) =>
        Task.FromResult<Result<string>>("SBR" + refund.RefundNo);

    /// <summary>The notification a sandbox payment produces, signed.</summary>
    public Dictionary<string, string> Notification(string orderNo, long amountFen)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["order_no"] = orderNo,
            ["trade_no"] = "SB" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8)),
            ["amount_fen"] = amountFen.ToString(CultureInfo.InvariantCulture),
            ["merchant_id"] = O.MerchantId,
            ["timestamp"] = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            ["nonce"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(8)),
        };
        fields["sign"] = Sign(fields, O.Key);
        return fields;
    }

    /// <summary>"Simulate payment": posts the signed notification to the app's callback URL, as the gateway would.</summary>
    public async Task<bool> SimulateAsync(string orderNo, long amountFen, string baseUrl, CancellationToken ct)
    {
        var root = string.IsNullOrEmpty(options.Value.PublicBaseUrl) ? baseUrl : options.Value.PublicBaseUrl;
        using var client = http.CreateClient("payments-sandbox");
        using var response = await client.PostAsync(new Uri(new Uri(root), CallbackPath), new FormUrlEncodedContent(Notification(orderNo, amountFen)), ct);
        return response.IsSuccessStatusCode && await response.Content.ReadAsStringAsync(ct) == "success";
    }

    public static string Canonical(IReadOnlyDictionary<string, string> fields) =>
        string.Join('&', fields.Where(f => f.Key != "sign").OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value}"));

    public static string Sign(IReadOnlyDictionary<string, string> fields, string key) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(Canonical(fields))));

    private static bool Verify(IReadOnlyDictionary<string, string> fields, string sign, string key) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(fields, key)), Encoding.ASCII.GetBytes(sign));
}

using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using FairHall.Platform.Outcomes;
using Microsoft.Extensions.Options;

namespace FairHall.Modules.Payments.Gateways;

/// <summary>A signed call to WeChat Pay API v3 whose answer's <c>Wechatpay-Signature</c> is verified before it is read.</summary>
internal sealed class WeChatPayClient(IOptions<PaymentsOptions> options, TimeProvider clock, IHttpClientFactory http, ILogger<WeChatPayClient> log)
{
    public const string HttpClientName = "payments-wechatpay";

    private WeChatPayOptions O => options.Value.WeChatPay;

    public sealed record Answer(HttpStatusCode Status, JsonElement Body);

    public async Task<Result<Answer>> SendAsync(HttpMethod method, string pathAndQuery, object? body, CancellationToken ct)
    {
        var json = body is null ? "" : JsonSerializer.Serialize(body);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        var nonce = GatewayKeys.Nonce();
        using var request = new HttpRequestMessage(method, new Uri(O.BaseUrl.TrimEnd('/') + pathAndQuery));
        using (var key = GatewayKeys.Private(O.MerchantPrivateKeyPem))
        {
            request.Headers.TryAddWithoutValidation("Authorization", WeChatPaySignature.Authorization(O.MchId, O.MerchantSerialNo, key, method.Method, pathAndQuery, timestamp, nonce, json));
        }

        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.UserAgent.ParseAdd("FairHall/1.0");
        if (body is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        try
        {
            using var client = http.CreateClient(HttpClientName);
            using var response = await client.SendAsync(request, ct);
            var text = await response.Content.ReadAsStringAsync(ct);
            if (!VerifyAnswer(response, text))
            {
                log.LogWarning("WeChat Pay answer to {Method} {Path} has a bad signature", method, pathAndQuery);
                return CallbackErrors.Gateway;
            }

            using var doc = JsonDocument.Parse(text.Length == 0 ? "{}" : text);
            return new Answer(response.StatusCode, doc.RootElement.Clone());
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or TaskCanceledException)
        {
            log.LogWarning(ex, "WeChat Pay {Method} {Path} failed", method, pathAndQuery);
            return CallbackErrors.Gateway;
        }
    }

    private bool VerifyAnswer(HttpResponseMessage response, string body)
    {
        string? H(string name) => response.Headers.TryGetValues(name, out var v) ? v.FirstOrDefault() : null;
        if (H("Wechatpay-Serial") != O.PlatformSerialNo || H("Wechatpay-Timestamp") is not { } ts || H("Wechatpay-Nonce") is not { } nonce)
        {
            return false;
        }

        using var key = GatewayKeys.Public(O.PlatformPublicKeyPem);
        return GatewayKeys.VerifySha256(key, WeChatPaySignature.ResponseMessage(ts, nonce, body), H("Wechatpay-Signature"));
    }

    public static string Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";

    public static long? Long(JsonElement e, string obj, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(obj, out var o) && o.ValueKind == JsonValueKind.Object
            && o.TryGetProperty(name, out var v) && v.TryGetInt64(out var n) ? n : null;

    public static DateTimeOffset? Time(string value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t.ToUniversalTime() : null;
}

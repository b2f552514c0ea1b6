using System.Globalization;
using System.Text.Json;
using FairHall.Platform.Outcomes;
using Microsoft.Extensions.Options;

namespace FairHall.Modules.Payments.Gateways;

/// <summary>
/// Alipay's open API (alipay.trade.*): common parameters plus <c>biz_content</c>, signed RSA2 (SHA256withRSA over
/// the sorted <c>k=v&amp;…</c> of the non-empty parameters except <c>sign</c>). The answer's
/// <c>{method}_response</c> node is verified, as its raw text, with Alipay's public key.
/// </summary>
internal sealed class AlipayClient(IOptions<PaymentsOptions> options, TimeProvider clock, IHttpClientFactory http, ILogger<AlipayClient> log)
{
    public const string HttpClientName = "payments-alipay";
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    private AlipayOptions O => options.Value.Alipay;

    public async Task<Result<JsonElement>> CallAsync(string method, object bizContent, string? notifyUrl, CancellationToken ct)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["app_id"] = O.AppId,
            ["method"] = method,
            ["format"] = "JSON",
            ["charset"] = "utf-8",
            ["sign_type"] = "RSA2",
            ["timestamp"] = clock.GetUtcNow().ToOffset(ChinaOffset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            ["version"] = "1.0",
            ["biz_content"] = JsonSerializer.Serialize(bizContent),
        };
        if (notifyUrl is not null)
        {
            fields["notify_url"] = notifyUrl;
        }

        using (var key = GatewayKeys.Private(O.AppPrivateKeyPem))
        {
            fields["sign"] = GatewayKeys.SignSha256(key, RequestContent(fields));
        }

        try
        {
            using var client = http.CreateClient(HttpClientName);
            using var response = await client.PostAsync(O.GatewayUrl, new FormUrlEncodedContent(fields), ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            using var doc = JsonDocument.Parse(body);
            var node = method.Replace('.', '_') + "_response";
            if (!doc.RootElement.TryGetProperty(node, out var answer))
            {
                return CallbackErrors.Gateway;
            }

            using var alipayKey = GatewayKeys.Public(O.AlipayPublicKeyPem);
            var sign = doc.RootElement.TryGetProperty("sign", out var s) ? s.GetString() : null;
            if (!GatewayKeys.VerifySha256(alipayKey, answer.GetRawText(), sign))
            {
                log.LogWarning("Alipay answer to {Method} has a bad signature", method);
                return CallbackErrors.Gateway;
            }

            return answer.Clone();
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or TaskCanceledException)
        {
            log.LogWarning(ex, "Alipay {Method} failed", method);
            return CallbackErrors.Gateway;
        }
    }

    /// <summary>What a request's signature covers: every non-empty parameter but <c>sign</c>, sorted by name.</summary>
    public static string RequestContent(IReadOnlyDictionary<string, string> fields) => Content(fields, "sign");

    /// <summary>What a notification's signature covers: as a request, and without <c>sign_type</c> too.</summary>
    public static string NotificationContent(IReadOnlyDictionary<string, string> fields) => Content(fields, "sign", "sign_type");

    private static string Content(IReadOnlyDictionary<string, string> fields, params string[] excluded) =>
        string.Join('&', fields.Where(f => !excluded.Contains(f.Key) && !string.IsNullOrEmpty(f.Value))
            .OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value}"));

    public static string Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";
}

using System.Security.Cryptography;
using System.Text;

namespace FairHall.Modules.Payments.Gateways;

/// <summary>
/// WeChat Pay API v3 signatures: requests carry <c>Authorization: WECHATPAY2-SHA256-RSA2048 …</c> with a
/// SHA256-RSA signature over <c>METHOD\nURL\ntimestamp\nnonce\nbody\n</c> by the merchant key; answers and
/// notifications carry <c>Wechatpay-Signature</c> over <c>timestamp\nnonce\nbody\n</c> by the platform key,
/// named by <c>Wechatpay-Serial</c>. Notification resources are AEAD_AES_256_GCM with the APIv3 key.
/// </summary>
internal static class WeChatPaySignature
{
    public const string Scheme = "WECHATPAY2-SHA256-RSA2048";

    public static string RequestMessage(string method, string pathAndQuery, long timestamp, string nonce, string body) =>
        $"{method}\n{pathAndQuery}\n{timestamp}\n{nonce}\n{body}\n";

    public static string Authorization(string mchId, string serialNo, RSA merchantKey, string method, string pathAndQuery, long timestamp, string nonce, string body)
    {
        var signature = GatewayKeys.SignSha256(merchantKey, RequestMessage(method, pathAndQuery, timestamp, nonce, body));
        return $"{Scheme} mchid=\"{mchId}\",nonce_str=\"{nonce}\",signature=\"{signature}\",timestamp=\"{timestamp}\",serial_no=\"{serialNo}\"";
    }

    public static string ResponseMessage(string timestamp, string nonce, string body) => $"{timestamp}\n{nonce}\n{body}\n";

    /// <summary>Parses the parameters of an Authorization header (for the stand-in and for diagnostics).</summary>
    public static Dictionary<string, string> ParseAuthorization(string header)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!header.StartsWith(Scheme + " ", StringComparison.Ordinal))
        {
            return result;
        }

        foreach (var part in header[(Scheme.Length + 1)..].Split(','))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                result[part[..eq].Trim()] = part[(eq + 1)..].Trim().Trim('"');
            }
        }

        return result;
    }

    /// <summary>Decrypts a notification resource; null when the key, nonce, associated data or tag do not match.</summary>
    public static string? Decrypt(string apiV3Key, string nonce, string associatedData, string ciphertext)
    {
        try
        {
            var key = Encoding.UTF8.GetBytes(apiV3Key);
            var data = Convert.FromBase64String(ciphertext);
            if (key.Length != 32 || data.Length < 16)
            {
                return null;
            }

            var plain = new byte[data.Length - 16];
            using var aes = new AesGcm(key, 16);
            aes.Decrypt(Encoding.UTF8.GetBytes(nonce), data.AsSpan(0, plain.Length), data.AsSpan(plain.Length), plain, Encoding.UTF8.GetBytes(associatedData));
            return Encoding.UTF8.GetString(plain);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>What WeChat Pay does to a resource (the stand-in and the tests use it): ciphertext with the tag appended, base64.</summary>
    public static string Encrypt(string apiV3Key, string nonce, string associatedData, string plaintext)
    {
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var cipher = new byte[plain.Length + 16];
        using var aes = new AesGcm(Encoding.UTF8.GetBytes(apiV3Key), 16);
        aes.Encrypt(Encoding.UTF8.GetBytes(nonce), plain, cipher.AsSpan(0, plain.Length), cipher.AsSpan(plain.Length), Encoding.UTF8.GetBytes(associatedData));
        return Convert.ToBase64String(cipher);
    }
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FairHall.Modules.Payments.Gateways;

/// <summary>
/// Keys and money formats shared by the real gateways. A key setting holds either PEM text, a path to a PEM
/// file, or the bare base64 body that Alipay's key tool prints (PKCS#8 / SubjectPublicKeyInfo).
/// </summary>
internal static class GatewayKeys
{
    public static RSA Private(string setting) => Load(setting, isPrivate: true);

    public static RSA Public(string setting) => Load(setting, isPrivate: false);

    public static string SignSha256(RSA key, string content) =>
        Convert.ToBase64String(key.SignData(Encoding.UTF8.GetBytes(content), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));

    public static bool VerifySha256(RSA key, string content, string? signature)
    {
        if (string.IsNullOrEmpty(signature))
        {
            return false;
        }

        var bytes = new byte[signature.Length];
        return Convert.TryFromBase64String(signature, bytes, out var written)
            && key.VerifyData(Encoding.UTF8.GetBytes(content), bytes.AsSpan(0, written), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }

    /// <summary>Alipay amounts are yuan with exactly two decimals ("2000.00"); ours are fen.</summary>
    public static string Yuan(long fen) => (fen / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    public static long? Fen(string? yuan)
    {
        if (yuan is null || yuan.Length < 4 || yuan[^3] != '.'
            || !decimal.TryParse(yuan, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        return (long)(value * 100m);
    }

    public static string Nonce() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    private static RSA Load(string setting, bool isPrivate)
    {
        if (string.IsNullOrWhiteSpace(setting))
        {
            throw new InvalidOperationException("A payment gateway is enabled without its key; see Payments:* in appsettings.");
        }

        var text = setting.Contains("-----BEGIN", StringComparison.Ordinal) || !File.Exists(setting) ? setting : File.ReadAllText(setting);
        var rsa = RSA.Create();
        if (text.Contains("-----BEGIN", StringComparison.Ordinal))
        {
            rsa.ImportFromPem(text);
            return rsa;
        }

        var der = Convert.FromBase64String(text.Trim());
        if (isPrivate)
        {
            rsa.ImportPkcs8PrivateKey(der, out _);
        }
        else
        {
            rsa.ImportSubjectPublicKeyInfo(der, out _);
        }

        return rsa;
    }
}

using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace FairHall.Tests.Media;

/// <summary>
/// A local stand-in for an S3-compatible store: a small Kestrel app on a loopback port that speaks path-style
/// PUT / GET / HEAD / DELETE object, keeps the bytes in memory, and refuses any request whose SigV4
/// Authorization header is missing, malformed or does not verify with the configured secret.
/// </summary>
public sealed partial class S3StandIn : IAsyncDisposable
{
    public const string Bucket = "fairhall-test";
    public const string AccessKey = "AKIDFAIRHALLTEST";
    public const string SecretKey = "fairhall-test-secret-key";

    private readonly WebApplication app;

    private S3StandIn(WebApplication app, string url)
    {
        this.app = app;
        Url = url;
    }

    public string Url { get; }

    /// <summary>Stored objects by key (without the bucket).</summary>
    public ConcurrentDictionary<string, (byte[] Bytes, string ContentType)> Objects { get; } = new();

    /// <summary>Requests refused for their signature: "METHOD /path: reason".</summary>
    public ConcurrentQueue<string> Refused { get; } = new();

    /// <summary>Every request as "METHOD /path", to show the store was really used.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public static async Task<S3StandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "S3StandIn", ContentRootPath = Path.GetTempPath() });
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        S3StandIn? self = null;
        app.Run(ctx => self!.HandleAsync(ctx));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        self = new S3StandIn(app, address);
        return self;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext ctx)
    {
        var request = ctx.Request;
        var raw = ctx.Features.Get<IHttpRequestFeature>()!.RawTarget;
        var rawPath = raw.Split('?')[0];
        Requests.Enqueue($"{request.Method} {rawPath}");
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();

        if (Verify(ctx, rawPath, raw.Contains('?') ? raw[(raw.IndexOf('?') + 1)..] : "", body) is { } refusal)
        {
            Refused.Enqueue($"{request.Method} {rawPath}: {refusal}");
            await ErrorAsync(ctx, 403, "SignatureDoesNotMatch", refusal);
            return;
        }

        var prefix = "/" + Bucket + "/";
        if (!rawPath.StartsWith(prefix, StringComparison.Ordinal))
        {
            await ErrorAsync(ctx, 404, "NoSuchBucket", "The specified bucket does not exist.");
            return;
        }

        var key = Uri.UnescapeDataString(rawPath[prefix.Length..]);
        switch (request.Method)
        {
            case "PUT":
                Objects[key] = (body, request.ContentType ?? "application/octet-stream");
                ctx.Response.Headers.ETag = "\"" + Convert.ToHexStringLower(MD5.HashData(body)) + "\"";
                return;
            case "GET" or "HEAD":
                if (!Objects.TryGetValue(key, out var found))
                {
                    if (request.Method == "HEAD")
                    {
                        ctx.Response.StatusCode = 404;
                        return;
                    }

                    await ErrorAsync(ctx, 404, "NoSuchKey", "The specified key does not exist.");
                    return;
                }

                ctx.Response.ContentType = found.ContentType;
                ctx.Response.ContentLength = found.Bytes.Length;
                ctx.Response.Headers.ETag = "\"" + Convert.ToHexStringLower(MD5.HashData(found.Bytes)) + "\"";
                ctx.Response.Headers.LastModified = "Sat, 21 Nov 2026 10:00:00 GMT";
                if (request.Method == "GET")
                {
                    await ctx.Response.Body.WriteAsync(found.Bytes);
                }

                return;
            case "DELETE":
                Objects.TryRemove(key, out _);
                ctx.Response.StatusCode = 204;
                return;
            default:
                await ErrorAsync(ctx, 405, "MethodNotAllowed", "Not supported by the stand-in.");
                return;
        }
    }

    /// <summary>Checks AWS Signature Version 4: header form, scope, payload hash, and the signature itself.</summary>
    private static string? Verify(HttpContext ctx, string rawPath, string rawQuery, byte[] body)
    {
        var headers = ctx.Request.Headers;
        var match = AuthorizationPattern().Match(headers.Authorization.ToString());
        if (!match.Success)
        {
            return "Authorization header missing or not AWS4-HMAC-SHA256: " + headers.Authorization;
        }

        var amzDate = headers["x-amz-date"].ToString();
        if (!DateTime.TryParseExact(amzDate, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            || !amzDate.StartsWith(match.Groups["date"].Value, StringComparison.Ordinal))
        {
            return "x-amz-date missing or not the credential's date";
        }

        if (match.Groups["key"].Value != AccessKey)
        {
            return "unknown access key";
        }

        var signed = match.Groups["signed"].Value.Split(';');
        if (!signed.Contains("host") || !signed.Contains("x-amz-date") || !signed.Contains("x-amz-content-sha256"))
        {
            return "host, x-amz-date and x-amz-content-sha256 must be signed";
        }

        var payloadHash = headers["x-amz-content-sha256"].ToString();
        if (payloadHash != "UNSIGNED-PAYLOAD" && payloadHash != Convert.ToHexStringLower(SHA256.HashData(body)))
        {
            return "x-amz-content-sha256 does not match the body";
        }

        var query = rawQuery.Length == 0
            ? ""
            : string.Join('&', rawQuery.Split('&').Select(p => p.Contains('=') ? p : p + "=").Order(StringComparer.Ordinal));
        var canonicalHeaders = string.Concat(signed.Select(h => h + ":" + (h == "host" ? ctx.Request.Host.Value : string.Join(',', headers[h].Select(v => v!.Trim()))) + "\n"));
        var canonical = string.Join('\n', ctx.Request.Method, rawPath, query, canonicalHeaders, match.Groups["signed"].Value, payloadHash);
        var scope = $"{match.Groups["date"].Value}/{match.Groups["region"].Value}/s3/aws4_request";
        var toSign = $"AWS4-HMAC-SHA256\n{amzDate}\n{scope}\n{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))}";
        var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + SecretKey), match.Groups["date"].Value);
        key = Hmac(key, match.Groups["region"].Value);
        key = Hmac(key, "s3");
        key = Hmac(key, "aws4_request");
        var signature = Convert.ToHexStringLower(Hmac(key, toSign));
        return signature == match.Groups["signature"].Value ? null : "signature does not verify";
    }

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

    private static async Task ErrorAsync(HttpContext ctx, int status, string code, string message)
    {
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = "application/xml";
        await ctx.Response.WriteAsync($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>{code}</Code><Message>{System.Security.SecurityElement.Escape(message)}</Message><RequestId>standin</RequestId></Error>");
    }

    [GeneratedRegex(@"^AWS4-HMAC-SHA256 Credential=(?<key>[A-Za-z0-9]+)/(?<date>\d{8})/(?<region>[a-z0-9-]+)/s3/aws4_request, ?SignedHeaders=(?<signed>[a-z0-9;-]+), ?Signature=(?<signature>[0-9a-f]{64})$")]
    private static partial Regex AuthorizationPattern();
}

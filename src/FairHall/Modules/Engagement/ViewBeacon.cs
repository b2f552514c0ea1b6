using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using FairHall.Platform.Security;
using Microsoft.Extensions.Caching.Memory;

namespace FairHall.Modules.Engagement;

/// <summary>One accepted beacon: a counted view (0 or 1) and visible seconds; the buyer's id when signed in as a buyer.</summary>
internal sealed record ViewHit(EngageKind Kind, long ItemId, long? BuyerUserId, int Views, int Seconds, DateTimeOffset At);

/// <summary>Settings of the view pipeline (section <c>Engagement</c>).</summary>
internal sealed class EngagementOptions
{
    /// <summary>How often the buffered views are written (seconds).</summary>
    public double FlushSeconds { get; set; } = 5;

    /// <summary>The same visitor and item count as one view within this window (seconds).</summary>
    public int ViewWindowSeconds { get; set; } = 30;

    /// <summary>How many beacons wait in memory at most; beyond that new ones are dropped (never blocks a request).</summary>
    public int BufferCapacity { get; set; } = 20_000;

    /// <summary>How often the search index takes changed popularity (seconds; 0 turns the feed off).</summary>
    public double SearchFeedSeconds { get; set; } = 60;

    /// <summary>Turns the timers off (tests flush by calling the flusher).</summary>
    public bool Timers { get; set; } = true;
}

/// <summary>
/// The in-memory side of the beacon: a bounded channel the flusher drains, and the per-visitor dedup window.
/// A visitor is the signed-in user, else the <c>fh_v</c> cookie (random, set by the first beacon), else a hash of
/// the address. Per visitor and item one view is counted per <see cref="EngagementOptions.ViewWindowSeconds"/>;
/// the seconds of one view are capped at <see cref="ViewBuffer.MaxSecondsPerView"/> in total, so a script replaying
/// beacons cannot inflate either counter.
/// </summary>
internal sealed class ViewBuffer(EngagementOptions options)
{
    public const int MaxSecondsPerView = 30 * 60;

    private readonly Channel<ViewHit> channel = Channel.CreateBounded<ViewHit>(
        new BoundedChannelOptions(Math.Max(16, options.BufferCapacity)) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    private readonly MemoryCache seen = new(new MemoryCacheOptions { SizeLimit = 500_000 });

    public ChannelReader<ViewHit> Reader => channel.Reader;

    /// <summary>Applies the window and the cap, then queues what remains; returns false when nothing was counted.</summary>
    public bool Offer(string visitor, EngageKind kind, long itemId, long? buyerUserId, double seconds, bool first, DateTimeOffset now)
    {
        var clamped = double.IsFinite(seconds) ? (int)Math.Clamp(Math.Round(seconds), 0, MaxSecondsPerView) : 0;
        var key = $"{visitor}|{kind}|{itemId}";
        var views = 0;
        lock (seen)
        {
            if (!seen.TryGetValue(key, out Visit? visit) || visit is null || (first && now - visit.CountedAt >= TimeSpan.FromSeconds(options.ViewWindowSeconds)))
            {
                visit = new Visit(now);
                views = 1;
            }

            clamped = Math.Min(clamped, MaxSecondsPerView - visit.Seconds);
            visit.Seconds += clamped;
            seen.Set(key, visit, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) });
        }

        return (views > 0 || clamped > 0) && channel.Writer.TryWrite(new ViewHit(kind, itemId, buyerUserId, views, clamped, now));
    }

    private sealed class Visit(DateTimeOffset countedAt)
    {
        public DateTimeOffset CountedAt { get; } = countedAt;

        public int Seconds { get; set; }
    }
}

/// <summary>
/// POST /api/v1/views — the view beacon (BUY-2): <c>{"kind":"product","id":12,"seconds":8.5,"first":true}</c>, sent by
/// <c>wwwroot/js/views.js</c> with <c>navigator.sendBeacon</c> when the page is hidden. Anonymous callers are welcome;
/// the body is read as JSON whatever the content type (beacons send text/plain). Always 204: unknown ids are dropped
/// by the flusher, malformed bodies here.
/// </summary>
internal static class ViewBeacon
{
    public const string VisitorCookie = "fh_v";

    public sealed record Beacon(string? Kind, long Id, double Seconds, bool First);

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/views", async (HttpContext http, ViewBuffer buffer, ICurrentActor me, TimeProvider clock) =>
            {
                Beacon? beacon = null;
                if (http.Request.ContentLength is null or <= 1024)
                {
                    try
                    {
                        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
                        var text = await reader.ReadToEndAsync(http.RequestAborted);
                        beacon = text.Length <= 1024 ? JsonSerializer.Deserialize<Beacon>(text, JsonSerializerOptions.Web) : null;
                    }
                    catch (JsonException)
                    {
                        beacon = null;
                    }
                }

                if (beacon is { Id: > 0 } && EngageKinds.Parse(beacon.Kind) is { } kind)
                {
                    var buyer = me.UserId is { } u && me.IsInRole(Roles.Buyer) ? u : (long?)null;
                    buffer.Offer(Visitor(http, me), kind, beacon.Id, buyer, beacon.Seconds, beacon.First, clock.GetUtcNow());
                }

                return TypedResults.NoContent();
            })
            .AllowAnonymous().DisableAntiforgery().WithTags("Engagement")
            .WithSummary("View beacon: kind (product|exhibitor|booth), id, visible seconds, first beacon of the page view. Anonymous; always 204.");

    private static string Visitor(HttpContext http, ICurrentActor me)
    {
        if (me.UserId is { } user)
        {
            return $"u:{user}";
        }

        if (http.Request.Cookies.TryGetValue(VisitorCookie, out var cookie) && cookie is { Length: > 10 and <= 40 })
        {
            return $"v:{cookie}";
        }

        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
        http.Response.Cookies.Append(VisitorCookie, id, new CookieOptions { HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365), Secure = http.Request.IsHttps });
        // Until the cookie comes back, the address stands for the visitor (hashed: no address is kept in memory).
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return "a:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(address)))[..16];
    }
}

using System.Net.Http.Json;
using FairHall.Modules.Catalog;
using FairHall.Modules.Engagement;
using FairHall.Modules.Exhibitors;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FairHall.Tests.Engagement;

/// <summary>Shapes of the engagement API and helpers: beacons from chosen visitors, flushing, another enterprise.</summary>
public static class EngagementKit
{
    public sealed record FavoriteDto(long Id, string Kind, long ItemId, string NameZh, string NameEn, string Url, bool Available, DateTimeOffset CreatedAt);

    public sealed record FavoritePageDto(List<FavoriteDto> Items, long? NextAfterId);

    public sealed record HotDto(string Kind, long Id, string NameZh, long Views, long Favorites, string Url);

    public sealed record LeadDto(
        long Id, string Kind, long ItemId, string ItemNameZh, string BuyerName, string UserName, bool IsEnterpriseBuyer, string? CompanyZh, string? ContactName,
        string? Phone, string? Email, long Views, long AverageSeconds, DateTimeOffset FavoritedAt, DateTimeOffset? LastViewAt);

    public sealed record LeadPageDto(List<LeadDto> Items, int Page, bool HasMore);

    /// <summary>Sends one beacon as the given visitor (a cookie value), optionally with the client's own credentials.</summary>
    public static async Task BeaconAsync(HttpClient client, string kind, long id, double seconds, bool first = true, string? visitor = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/views") { Content = JsonContent.Create(new { kind, id, seconds, first }) };
        if (visitor is not null)
        {
            request.Headers.Add("Cookie", $"{ViewBeacon.VisitorCookie}={visitor}");
        }

        var response = await client.SendAsync(request);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.NoContent);
    }

    public static Task<int> FlushAsync(FairHallApp app) => app.Services.GetRequiredService<ViewFlusher>().FlushAsync(CancellationToken.None);

    public static Task<ItemStat?> StatAsync(FairHallApp app, EngageKind kind, long id) =>
        app.WithDbAsync(db => db.Set<ItemStat>().AsNoTracking().FirstOrDefaultAsync(s => s.Kind == kind && s.ItemId == id));

    public static Task<List<ItemView>> ViewRowsAsync(FairHallApp app, EngageKind kind, long id) =>
        app.WithDbAsync(db => db.Set<ItemView>().AsNoTracking().Where(v => v.Kind == kind && v.ItemId == id).ToListAsync());

    /// <summary>A second exhibitor enterprise (no accounts), for isolation.</summary>
    public static Task<long> OtherEnterpriseAsync(FairHallApp app) =>
        app.WithDbAsync(async db =>
        {
            var e = new Enterprise { NameZh = "别家公司" + Guid.NewGuid().ToString("N")[..6], NameEn = "Other Co", CreatedAt = app.Clock.GetUtcNow() };
            db.Add(e);
            await db.SaveChangesAsync();
            return e.Id;
        });

    public static Task DelistAsync(FairHallApp app, long productId) =>
        app.WithDbAsync(async db =>
        {
            var p = await db.Set<Product>().FirstAsync(x => x.Id == productId);
            p.Delist(app.Clock.GetUtcNow()).ShouldBeNull();
            await db.SaveChangesAsync();
        });
}

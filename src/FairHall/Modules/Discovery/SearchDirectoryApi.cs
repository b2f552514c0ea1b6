using System.Globalization;

namespace FairHall.Modules.Discovery;

/// <summary>
/// GET /api/v1/search/exhibitors and /api/v1/search/booths — the other two tabs of the one search box (BUY-1): public,
/// and like the product search no text or value makes them fail.
/// </summary>
internal static class SearchDirectoryApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/search/exhibitors", async (string? q, string? after, string? size, ICatalogSearch search, CancellationToken ct) =>
                TypedResults.Ok(await search.SearchExhibitorsAsync(q, after, Size(size), ct)))
            .AllowAnonymous() // public by design (BUY-1)
            .WithTags("Search").WithSummary("Search exhibitors (displayable showcases with a listed product); keyset paging with after, size ≤ 50.");
        api.MapGet("/search/booths", async (string? q, string? after, string? size, ICatalogSearch search, CancellationToken ct) =>
                TypedResults.Ok(await search.SearchBoothsAsync(q, after, Size(size), ct)))
            .AllowAnonymous() // public by design (BUY-1)
            .WithTags("Search").WithSummary("Search approved booths; keyset paging with after, size ≤ 50.");
    }

    private static int Size(string? size) =>
        int.TryParse(size, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, 1, SearchRequest.MaxSize) : 20;
}

namespace FairHall.Modules.Discovery;

/// <summary>
/// GET /api/v1/search/products — the public product search (BUY-1, X-2): anyone may call it, and no query text
/// or filter value makes it fail (unknown values are ignored, text is only ever a list of terms).
/// </summary>
internal static class SearchProducts
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/search/products", async (
                    string? q, string? zone, string? category, string? origin, string? hasPrice, string? isNew, string? sort, string? after, string? size,
                    ICatalogSearch search, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await search.SearchAsync(
                    SearchRequest.Parse(q, zone, category, origin, hasPrice, isNew, sort, after, size) with { Tags = SearchRequest.TagFilters(http.Request.Query) }, ct)))
            .AllowAnonymous() // public by design: the fair's catalogue is for everyone (BUY-1)
            .WithTags("Search")
            .WithSummary("Search listed products of the current session (filters, sort relevance|newest|popularity, keyset paging with after, size ≤ 50, parameter tags as tag{id}=value).");
}

namespace FairHall.Modules.Discovery;

/// <summary>GET /api/v1/search/suggest — product names completing what is typed (public, like the search).</summary>
internal static class SuggestProducts
{
    public sealed record Response(IReadOnlyList<string> Suggestions);

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/search/suggest", async (string? q, ICatalogSearch search, CancellationToken ct) =>
                TypedResults.Ok(new Response(await search.SuggestAsync(q, 8, ct))))
            .AllowAnonymous() // public by design, as the search itself
            .WithTags("Search")
            .WithSummary("Up to 8 product names completing the query.");
}

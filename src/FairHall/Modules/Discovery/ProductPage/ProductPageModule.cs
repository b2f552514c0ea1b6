namespace FairHall.Modules.Discovery.ProductPage;

/// <summary>The public product detail (BUY-1): API and the /products/{id} page from which buyers send intents (ORD-1).</summary>
internal static class ProductPageModule
{
    /// <summary>
    /// Public pages may be cached briefly by browsers and shared caches, short enough that a delisted or banned product
    /// disappears within a minute; the page of a signed-in buyer (with its form) is private.
    /// </summary>
    public const string CacheControl = "public, max-age=60";

    public static void AddProductPageModule(this IServiceCollection services)
    {
        services.AddScoped<PublicProductFinder>();
        services.AddScoped<GetPublicProduct.Handler>();
    }

    public static void MapProductPageModule(this IEndpointRouteBuilder app, RouteGroupBuilder api) => GetPublicProduct.Map(api);
}

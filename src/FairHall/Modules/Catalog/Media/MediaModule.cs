namespace FairHall.Modules.Catalog.Media;

/// <summary>The enterprise media library (CAT-5): uploads checked by content, public immutable URLs, reuse in forms.</summary>
internal static class MediaModule
{
    public static void AddMediaModule(this IServiceCollection services)
    {
        services.AddScoped<IMediaLookup, MediaLookup>();
        services.AddScoped<UploadMedia.Handler>();
        services.AddScoped<ListMedia.Handler>();
        services.AddScoped<DeleteMedia.Handler>();
    }

    public static void MapMediaModule(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        ServeMedia.Map(app);
        UploadMedia.Map(api);
        ListMedia.Map(api);
        DeleteMedia.Map(api);
    }
}

namespace FairHall.Modules.Engagement;

/// <summary>Favorites, views, hot lists and leads (BUY-2, BUY-3, ORD-4).</summary>
internal static class EngagementModule
{
    public static void AddEngagementModule(this IServiceCollection services, IConfiguration config)
    {
        var options = config.GetSection("Engagement").Get<EngagementOptions>() ?? new EngagementOptions();
        services.AddSingleton(options);
        services.AddSingleton<ViewBuffer>();
        services.AddSingleton<ViewFlusher>();
        services.AddHostedService<ViewFlushWorker>();
        services.AddHostedService<SearchPopularityWorker>();
        services.AddScoped<PublicItems>();
        services.AddScoped<ItemCards>();
        services.AddScoped<Favorites.Handler>();
        services.AddScoped<HotLists>();
        services.AddScoped<Leads.Handler>();
        services.AddScoped<SearchPopularityFeed>();
        services.AddScoped<ItemCounters>();
    }

    public static void MapEngagementModule(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        Favorites.Map(app, api);
        ViewBeacon.Map(api);
        HotLists.Map(api);
        Leads.Map(api);
    }
}

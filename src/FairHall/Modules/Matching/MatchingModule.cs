namespace FairHall.Modules.Matching;

/// <summary>Buyer interests and recommendations (BUY-3).</summary>
internal static class MatchingModule
{
    public static void AddMatchingModule(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddScoped<InterestVocabulary>();
        services.AddScoped<Recommender>();
        services.AddScoped<MyInterests.Handler>();
        services.AddScoped<GetRecommendations.Handler>();
    }

    public static void MapMatchingModule(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        MyInterests.Map(api);
        GetRecommendations.Map(api);
    }
}

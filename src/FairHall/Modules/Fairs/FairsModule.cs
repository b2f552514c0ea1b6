namespace FairHall.Modules.Fairs;

internal static class FairsModule
{
    public static void AddFairsModule(this IServiceCollection services)
    {
    }

    public static void MapFairsModule(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
    }
}

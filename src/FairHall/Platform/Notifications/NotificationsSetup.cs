namespace FairHall.Platform.Notifications;

internal static class NotificationsSetup
{
    public static void AddNotifications(this IServiceCollection services, IConfiguration config)
    {
    }

    public static void MapNotifications(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
    }
}

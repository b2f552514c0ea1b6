using FairHall.Platform.Outbox;

namespace FairHall.Platform.Notifications;

internal static class NotificationsSetup
{
    public static void AddNotifications(this IServiceCollection services, IConfiguration config)
    {
        services.AddScoped<Notifier>();
        services.AddOutboxHandler<NotificationRequested, InAppNotificationHandler>();
        services.AddOutboxHandler<NotificationRequested, SmsNotificationHandler>();
        services.AddOutboxHandler<NotificationRequested, EmailNotificationHandler>();

        services.AddSingleton(config.GetSection("Smtp").Get<SmtpOptions>() ?? new SmtpOptions());
        services.AddSingleton<IEmailSender, SmtpEmailSender>();

        var provider = config["Sms:Provider"] ?? "Sandbox";
        if (!provider.Equals("Sandbox", StringComparison.OrdinalIgnoreCase))
        {
            // Fail at start, not at the first SMS: a misspelt provider must not silently drop messages.
            throw new InvalidOperationException($"Sms:Provider '{provider}' is not known. The only provider is 'Sandbox'.");
        }

        services.AddScoped<ISmsSender, SandboxSmsSender>();
    }

    public static void MapNotifications(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        var notifications = api.MapGroup("/notifications").WithTags("Notifications").RequireAuthorization();
        notifications.MapListNotifications();
        notifications.MapMarkNotificationRead();
        notifications.MapMarkAllNotificationsRead();
    }
}

namespace FairHall.Platform.Outbox;

internal static class OutboxSetup
{
    public static void AddOutboxDispatcher(this IServiceCollection services, IConfiguration config)
    {
        var options = config.GetSection("Outbox").Get<OutboxOptions>() ?? new OutboxOptions();
        services.AddSingleton(options);
        services.AddSingleton<OutboxDispatcher>();
        if (options.Enabled)
        {
            services.AddHostedService<OutboxWorker>();
        }
    }
}

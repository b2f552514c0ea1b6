namespace FairHall.Platform.Outbox;

internal static class OutboxSetup
{
    public static void AddOutboxDispatcher(this IServiceCollection services, IConfiguration config)
    {
    }
}

namespace FairHall.Platform.Outbox;

internal static class OutboxConsoleSetup
{
    public static void MapOutboxConsole(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        var group = api.MapGroup("/outbox").WithTags("Outbox");
        group.MapListOutboxMessages();
        group.MapRetryOutboxMessage();
    }
}

using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;

namespace FairHall.Modules.Orders;

/// <summary>POST /api/v1/my/intent-orders/{id}/confirm | /decline — ORD-2: the buyer answers the amount the exhibitor sent.</summary>
internal static class RespondToOrder
{
    public sealed record Request(long? Version = null, string? Note = null);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/my/intent-orders/{id:long}/confirm", async (long id, Request? request, OrderSteps steps, HttpContext http, CancellationToken ct) =>
                (await steps.TakeAsync(id, IntentSide.Buyer, IntentAction.BuyerConfirm, new(null, request?.Note, request?.Version), ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Buyer).WithTags("Orders").WithSummary("Confirm the amount: the order becomes a deal.");
        api.MapPost("/my/intent-orders/{id:long}/decline", async (long id, Request? request, OrderSteps steps, HttpContext http, CancellationToken ct) =>
                (await steps.TakeAsync(id, IntentSide.Buyer, IntentAction.BuyerDecline, new(null, request?.Note, request?.Version), ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Buyer).WithTags("Orders").WithSummary("Decline the amount: the order goes back to Pending for the exhibitor.");
    }
}

using FairHall.Modules.Discovery.ProductPage;
using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Orders;

/// <summary>
/// POST /api/v1/my/intent-orders — ORD-1: a buyer (role <c>buyer</c>: enterprise visitors and professional buyers;
/// individual audience accounts have another role and may not) sends an intent for a public product.
/// </summary>
internal static class SubmitIntent
{
    public sealed record Request(long ProductId, int Quantity, long? BudgetFen, string? Note);

    internal sealed class Handler(FairHallDbContext db, PublicProductFinder products, OrderAccess access, OrderSteps steps, ICurrentActor me, TimeProvider clock)
    {
        public async Task<Result<OrderView>> HandleAsync(Request request, CancellationToken ct)
        {
            if (me.UserId is not { } buyerId || !me.IsInRole(Roles.Buyer))
            {
                return Error.Forbidden();
            }

            var intent = new IntentRequest(request.Quantity, request.BudgetFen, request.Note);
            if (IntentOrder.Check(intent) is { } fields)
            {
                return access.Localize(Error.Invalid(fields));
            }

            if (await products.FindAsync(request.ProductId, ct) is not { } product)
            {
                return Error.NotFound();
            }

            var now = clock.GetUtcNow();
            var buyerName = me.Name.Length > 100 ? me.Name[..100] : me.Name;
            var (zh, en) = await steps.ExhibitorNameAsync(product.EnterpriseId, ct);
            for (var attempt = 0; ; attempt++)
            {
                var order = new IntentOrder(product, buyerId, buyerName, intent, IntentOrder.NewNumber(now), now);
                db.Add(order);
                await steps.NotifyAsync(order, IntentAction.Submit, zh, en, ct);
                try
                {
                    await db.SaveChangesAsync(ct);
                    return OrderView.Of(order, zh, en);
                }
                catch (DbUpdateException) when (attempt < 3)
                {
                    // The random characters collided with an order of the same second: draw again.
                    db.ChangeTracker.Clear();
                }
            }
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/my/intent-orders", async (Request request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(request, ct)).ToHttp(http, v => TypedResults.Created($"/api/v1/my/intent-orders/{v.Id}", v)))
            .RequireAuthorization(Policies.Buyer).WithTags("Orders").WithSummary("Send an intent order for a public product (ORD-1).");
}

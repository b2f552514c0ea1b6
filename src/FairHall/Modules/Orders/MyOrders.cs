using FairHall.Modules.Fairs;
using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Orders;

/// <summary>GET /api/v1/my/intent-orders, GET /api/v1/my/intent-orders/{id} — the buyer's own intent orders (another's is 404).</summary>
internal static class MyOrders
{
    internal sealed class Handler(FairHallDbContext db, OrderAccess access, OrderSteps steps, ICurrentActor me)
    {
        public async Task<Result<Page<OrderRow>>> ListAsync(string? status, long? afterId, int? limit, CancellationToken ct)
        {
            if (me.UserId is not { } userId)
            {
                return Error.Forbidden();
            }

            var q = db.Set<IntentOrder>().AsNoTracking().Where(o => o.BuyerUserId == userId);
            if (Enum.TryParse<IntentStatus>(status, true, out var s))
            {
                q = q.Where(o => o.Status == s);
            }

            if (afterId is { } after)
            {
                q = q.Where(o => o.Id < after);
            }

            return await q.OrderByDescending(o => o.Id).ToPageAsync(Paging.Clamp(limit), o => o.Id, OrderRow.Of, ct);
        }

        public async Task<Result<OrderView>> GetAsync(long id, CancellationToken ct)
        {
            var found = await access.ForBuyerAsync(id, false, ct);
            if (!found.IsSuccess)
            {
                return found.Error;
            }

            var (zh, en) = await steps.ExhibitorNameAsync(found.Value.EnterpriseId, ct);
            return OrderView.Of(found.Value, zh, en);
        }
    }

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/my/intent-orders", async (string? status, long? afterId, int? limit, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.ListAsync(status, afterId, limit, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Buyer).WithTags("Orders").WithSummary("The buyer's intent orders, newest first (keyset by afterId).");
        api.MapGet("/my/intent-orders/{id:long}", async (long id, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.GetAsync(id, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Buyer).WithTags("Orders").WithSummary("One of the buyer's intent orders with its timeline (ORD-3).");
    }
}

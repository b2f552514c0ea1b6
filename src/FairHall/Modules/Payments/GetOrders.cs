using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Payments;

/// <summary>GET /api/v1/enterprise/orders and /enterprise/orders/{orderNo} — the admin's payment orders (PKG-10).</summary>
internal static class GetOrders
{
    public sealed record OrderView(string OrderNo, long AmountFen, long RefundedFen, PaymentStatus Status, GatewayKind Gateway, DateTimeOffset CreatedAt, DateTimeOffset? PaidAt, IReadOnlyList<CreatePurchase.LineView> Lines, string? QrContent);

    public sealed record RefundView(string RefundNo, string OrderNo, long AmountFen, string Reason, RefundStatus Status, DateTimeOffset CreatedAt);

    internal sealed class Handler(FairHallDbContext db, ICurrentActor me)
    {
        public async Task<Result<IReadOnlyList<OrderView>>> ListAsync(CancellationToken ct)
        {
            if (me.EnterpriseId is not { } enterpriseId)
            {
                return Error.Forbidden();
            }

            var orders = await db.Set<PaymentOrder>().AsNoTracking().Include(o => o.Lines).Where(o => o.EnterpriseId == enterpriseId)
                .OrderByDescending(o => o.Id).Take(100).ToListAsync(ct);
            return orders.Select(View).ToList();
        }

        public async Task<Result<OrderView>> GetAsync(string orderNo, CancellationToken ct)
        {
            var order = await db.Set<PaymentOrder>().AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.OrderNo == orderNo, ct);
            return order is null || order.EnterpriseId != me.EnterpriseId ? Error.NotFound() : View(order);
        }

        public async Task<IReadOnlyList<RefundView>> RefundsAsync(CancellationToken ct)
        {
            var enterpriseId = me.EnterpriseId ?? -1;
            return await db.Set<Refund>().AsNoTracking()
                .Join(db.Set<PaymentOrder>().Where(o => o.EnterpriseId == enterpriseId), r => r.OrderId, o => o.Id, (r, o) => new { r, o.OrderNo })
                .OrderByDescending(x => x.r.Id)
                .Select(x => new RefundView(x.r.RefundNo, x.OrderNo, x.r.AmountFen, x.r.Reason, x.r.Status, x.r.CreatedAt)).ToListAsync(ct);
        }

        private static OrderView View(PaymentOrder o) => new(o.OrderNo, o.AmountFen, o.RefundedFen, o.Status, o.Gateway, o.CreatedAt, o.PaidAt,
            [.. o.Lines.OrderBy(l => l.Id).Select(l => new CreatePurchase.LineView(l.SessionNumber, l.Tier, l.AddOn, l.Quantity, l.ListPriceFen, l.AmountFen, l.ProRated))], o.QrContent);
    }

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/enterprise/orders", async (Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.ListAsync(ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.ExhibitorAdmin).WithTags("Payments").WithSummary("The enterprise's payment orders.");
        api.MapGet("/enterprise/orders/{orderNo}", async (string orderNo, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.GetAsync(orderNo, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.ExhibitorAdmin).WithTags("Payments").WithSummary("One payment order.");
    }
}

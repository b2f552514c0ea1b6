using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Payments;

/// <summary>POST /api/v1/enterprise/invoices — after payment the enterprise admin requests the e-invoice of an order (PKG-9).</summary>
internal static class RequestInvoice
{
    public sealed record Request(string OrderNo, InvoiceType Type);

    internal sealed class Handler(FairHallDbContext db, ICurrentActor me, Invoicing invoicing)
    {
        public async Task<Result<GetInvoices.InvoiceView>> HandleAsync(Request r, CancellationToken ct)
        {
            if (!me.IsInRole(Roles.ExhibitorAdmin) || me.EnterpriseId is not { } enterpriseId)
            {
                return Error.Forbidden();
            }

            var order = await db.Set<PaymentOrder>().AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.OrderNo == r.OrderNo, ct);
            if (order is null || order.EnterpriseId != enterpriseId)
            {
                return Error.NotFound();
            }

            var issued = await invoicing.IssueBlueAsync(order, r.Type, ct);
            return issued.IsSuccess ? GetInvoices.View(issued.Value, order.OrderNo) : issued.Error;
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/enterprise/invoices", async (Request request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(request, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.ExhibitorAdmin).WithTags("Payments").WithSummary("Request the e-invoice of a paid order (PKG-9).");
}

using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Payments;

/// <summary>
/// GET /api/v1/enterprise/invoices, /enterprise/invoices/{no}.html and .xml — the enterprise admin's invoices and their
/// documents; invoices of another enterprise do not exist for the caller (404). Also lists what may still be invoiced.
/// </summary>
internal static class GetInvoices
{
    public sealed record InvoiceView(string InvoiceNo, string OrderNo, InvoiceKind Kind, InvoiceType Type, string Title, string TaxpayerId, long AmountFen, DateTimeOffset IssuedAt);

    public sealed record Invoiceable(string OrderNo, long AmountFen, DateTimeOffset? PaidAt, IReadOnlyList<InvoiceType> Types, string? Title, string? Problem);

    internal sealed class Handler(FairHallDbContext db, ICurrentActor me, Invoicing invoicing)
    {
        public async Task<Result<IReadOnlyList<InvoiceView>>> ListAsync(CancellationToken ct)
        {
            if (!me.IsInRole(Roles.ExhibitorAdmin) || me.EnterpriseId is not { } enterpriseId)
            {
                return Error.Forbidden();
            }

            return await db.Set<Invoice>().AsNoTracking().Where(i => i.EnterpriseId == enterpriseId)
                .Join(db.Set<PaymentOrder>(), i => i.OrderId, o => o.Id, (i, o) => new { i, o.OrderNo })
                .OrderByDescending(x => x.i.Id).Take(200)
                .Select(x => new InvoiceView(x.i.InvoiceNo, x.OrderNo, x.i.Kind, x.i.Type, x.i.Title, x.i.TaxpayerId, x.i.AmountFen, x.i.IssuedAt)).ToListAsync(ct);
        }

        /// <summary>Paid orders without a blue invoice, with the types and title the rules allow.</summary>
        public async Task<IReadOnlyList<Invoiceable>> InvoiceableAsync(CancellationToken ct)
        {
            if (!me.IsInRole(Roles.ExhibitorAdmin) || me.EnterpriseId is not { } enterpriseId)
            {
                return [];
            }

            var invoiced = db.Set<Invoice>().Where(i => i.Kind == InvoiceKind.Blue).Select(i => i.OrderId);
            var orders = await db.Set<PaymentOrder>().AsNoTracking().Include(o => o.Lines)
                .Where(o => o.EnterpriseId == enterpriseId && o.Status == PaymentStatus.Paid && !invoiced.Contains(o.Id))
                .OrderByDescending(o => o.Id).Take(50).ToListAsync(ct);
            var result = new List<Invoiceable>();
            foreach (var o in orders)
            {
                var facts = await invoicing.FactsAsync(o, ct);
                var title = InvoiceRules.Title(facts);
                result.Add(new(o.OrderNo, o.AmountFen, o.PaidAt, InvoiceRules.AllowedTypes(facts), title.IsSuccess ? title.Value : null, title.IsSuccess ? null : title.Error.Code));
            }

            return result;
        }

        public async Task<Result<Invoice>> DocumentAsync(string invoiceNo, CancellationToken ct)
        {
            var invoice = await db.Set<Invoice>().AsNoTracking().FirstOrDefaultAsync(i => i.InvoiceNo == invoiceNo, ct);
            return invoice is null || !me.IsInRole(Roles.ExhibitorAdmin) || invoice.EnterpriseId != me.EnterpriseId ? Error.NotFound() : invoice;
        }
    }

    public static InvoiceView View(Invoice i, string orderNo) => new(i.InvoiceNo, orderNo, i.Kind, i.Type, i.Title, i.TaxpayerId, i.AmountFen, i.IssuedAt);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/enterprise/invoices", async (Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.ListAsync(ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.ExhibitorAdmin).WithTags("Payments").WithSummary("The enterprise's invoices, blue and red.");
        api.MapGet("/enterprise/invoices/{invoiceNo}.html", async (string invoiceNo, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.DocumentAsync(invoiceNo, ct)).ToHttp(http, i => TypedResults.Text(i.Html, "text/html; charset=utf-8")))
            .RequireAuthorization(Policies.ExhibitorAdmin).WithTags("Payments").WithSummary("The printable invoice.");
        api.MapGet("/enterprise/invoices/{invoiceNo}.xml", async (string invoiceNo, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.DocumentAsync(invoiceNo, ct)).ToHttp(http, i => TypedResults.File(System.Text.Encoding.UTF8.GetBytes(i.Xml), "application/xml", $"{i.InvoiceNo}.xml")))
            .RequireAuthorization(Policies.ExhibitorAdmin).WithTags("Payments").WithSummary("The invoice as an XML document.");
    }
}

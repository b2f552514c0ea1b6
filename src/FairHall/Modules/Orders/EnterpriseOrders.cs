using System.Globalization;
using System.Text;
using FairHall.Modules.Exhibitors.Onboarding;
using FairHall.Modules.Fairs;
using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Orders;

/// <summary>
/// GET /api/v1/enterprise/intent-orders (+ /export.csv), GET /api/v1/enterprise/intent-orders/{id} — ORD-2/3: the exhibitor's order
/// list (订单列表页) with filters number, status, buyer and date range (days in the fair's time zone), keyset paging
/// newest first; the admin sees all, a sub-account the orders of its bound zones.
/// </summary>
internal static class EnterpriseOrders
{
    public sealed record Filter(string? Number = null, string? Status = null, string? Buyer = null, DateOnly? From = null, DateOnly? To = null);

    internal sealed class Handler(FairHallDbContext db, OrderAccess access, OrderSteps steps, ICurrentActor me, TextCatalog texts)
    {
        public async Task<Result<Page<OrderRow>>> ListAsync(Filter filter, long? afterId, int? limit, CancellationToken ct)
        {
            var (rows, error) = await QueryAsync(filter, ct);
            if (rows is null)
            {
                return error!;
            }

            if (afterId is { } after)
            {
                rows = rows.Where(o => o.Id < after);
            }

            return await rows.OrderByDescending(o => o.Id).ToPageAsync(Paging.Clamp(limit), o => o.Id, OrderRow.Of, ct);
        }

        public async Task<Result<byte[]>> ExportAsync(Filter filter, CancellationToken ct)
        {
            var (q, error) = await QueryAsync(filter, ct);
            if (q is null)
            {
                return error!;
            }

            var rows = await q.OrderByDescending(o => o.Id).Take(50_000).ToListAsync(ct);
            var text = new StringBuilder("number,status,product_code,product,unit_price,quantity,buyer,budget,confirmed_amount,created_at\r\n");
            foreach (var o in rows)
            {
                text.Append(o.Number).Append(',').Append(CsvText.Quote(texts.Get($"Orders.Status.{o.Status}"))).Append(',')
                    .Append(CsvText.Quote(o.ProductCode)).Append(',').Append(CsvText.Quote(Bilingual.Pick(o.ProductNameZh, o.ProductNameEn))).Append(',')
                    .Append(Money(o.UnitPriceFen)).Append(',').Append(o.Quantity.ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(CsvText.Quote(o.BuyerName)).Append(',').Append(Money(o.BudgetFen)).Append(',').Append(Money(o.ConfirmedAmountFen)).Append(',')
                    .Append(DisplayTime.Seconds(o.CreatedAt)).Append("\r\n");
            }

            return (byte[])[.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
        }

        public async Task<Result<OrderView>> GetAsync(long id, CancellationToken ct)
        {
            var found = await access.ForExhibitorAsync(id, false, ct);
            if (!found.IsSuccess)
            {
                return found.Error;
            }

            var (zh, en) = await steps.ExhibitorNameAsync(found.Value.EnterpriseId, ct);
            return OrderView.Of(found.Value, zh, en);
        }

        private async Task<(IQueryable<IntentOrder>? Query, Error? Error)> QueryAsync(Filter f, CancellationToken ct)
        {
            if (me.EnterpriseId is not { } enterpriseId)
            {
                return (null, Error.Forbidden());
            }

            var q = db.Set<IntentOrder>().AsNoTracking().Where(o => o.EnterpriseId == enterpriseId);
            if (await access.BoundZonesAsync(ct) is { } zones)
            {
                q = q.Where(o => zones.Contains(o.ZoneId));
            }

            if (!string.IsNullOrWhiteSpace(f.Number))
            {
                var number = f.Number.Trim().ToUpperInvariant();
                q = q.Where(o => o.Number.Contains(number));
            }

            if (!string.IsNullOrWhiteSpace(f.Status))
            {
                if (!Enum.TryParse<IntentStatus>(f.Status, true, out var s))
                {
                    return (null, Error.Invalid("status", texts.Get("Orders.Invalid.Status")));
                }

                q = q.Where(o => o.Status == s);
            }

            if (!string.IsNullOrWhiteSpace(f.Buyer))
            {
                var buyer = f.Buyer.Trim();
                q = q.Where(o => o.BuyerName.Contains(buyer));
            }

            if (f.From is { } from)
            {
                var start = DisplayTime.StartOf(from);
                q = q.Where(o => o.CreatedAt >= start);
            }

            if (f.To is { } to)
            {
                var end = DisplayTime.StartOf(to.AddDays(1));
                q = q.Where(o => o.CreatedAt < end);
            }

            return (q, null);
        }

        private static string Money(long? fen) => fen is { } v ? (v / 100m).ToString("0.00", CultureInfo.InvariantCulture) : "";
    }

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/enterprise/intent-orders", async (string? number, string? status, string? buyer, DateOnly? from, DateOnly? to, long? afterId, int? limit, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.ListAsync(new Filter(number, status, buyer, from, to), afterId, limit, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Exhibitor).WithTags("Orders").WithSummary("The exhibitor's intent orders (filters number, status, buyer, from/to day; keyset by afterId).");
        api.MapGet("/enterprise/intent-orders/export.csv", async (string? number, string? status, string? buyer, DateOnly? from, DateOnly? to, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.ExportAsync(new Filter(number, status, buyer, from, to), ct)).ToHttp(http, v => TypedResults.File(v, "text/csv; charset=utf-8", "orders.csv")))
            .RequireAuthorization(Policies.Exhibitor).WithTags("Orders").WithSummary("The exhibitor's intent orders with the same filters as CSV.");
        api.MapGet("/enterprise/intent-orders/{id:long}", async (long id, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.GetAsync(id, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Exhibitor).WithTags("Orders").WithSummary("One intent order with buyer, product, timeline and operation log (ORD-3).");
    }
}

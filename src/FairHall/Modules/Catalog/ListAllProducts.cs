using FairHall.Modules.Exhibitors;
using FairHall.Modules.Fairs;
using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Catalog;

/// <summary>GET /api/v1/products?q=&amp;status=&amp;after= — every enterprise's products for the organizer (to ban or unban), newest first, keyset-paged.</summary>
internal static class ListAllProducts
{
    public sealed record Response(IReadOnlyList<BanProduct.OrganizerProductView> Items, long? Next);

    internal sealed class Handler(FairHallDbContext db)
    {
        public async Task<Result<Response>> HandleAsync(string? q, ProductStatus? status, long? after, int? limit, CancellationToken ct)
        {
            var take = Math.Clamp(limit ?? 50, 1, 100);
            var query = db.Set<Product>().AsNoTracking();
            if (status is { } s)
            {
                query = query.Where(p => p.Status == s);
            }

            if (!string.IsNullOrWhiteSpace(q))
            {
                var term = q.Trim();
                query = query.Where(p => p.NameZh.Contains(term) || p.NameEn.ToLower().Contains(term.ToLower())
                    || db.Set<Enterprise>().Any(e => e.Id == p.EnterpriseId && e.NameZh.Contains(term)));
            }

            if (after is { } cursor)
            {
                query = query.Where(p => p.Id < cursor);
            }

            var rows = await (
                from p in query
                join e in db.Set<Enterprise>() on p.EnterpriseId equals e.Id
                join z in db.Set<Zone>() on p.ZoneId equals z.Id
                orderby p.Id descending
                select new BanProduct.OrganizerProductView(p.Id, p.EnterpriseId, e.NameZh, z.Code, p.NameZh, p.NameEn, p.Status.ToString(), p.StatusReason, p.UpdatedAt))
                .Take(take + 1).ToListAsync(ct);
            var items = rows.Take(take).ToList();
            return new Response(items, rows.Count > take ? items[^1].Id : null);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/products", async (string? q, ProductStatus? status, long? after, int? limit, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(q, status, after, limit, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Organizer).WithTags("Catalog").WithSummary("All products, for the organizer (ban / unban).");
}

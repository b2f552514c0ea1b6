using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Catalog;

/// <summary>
/// GET /api/v1/enterprise/products?status=&amp;zoneId=&amp;groupId=&amp;q=&amp;after=&amp;limit= — the enterprise's products, newest
/// first, keyset-paged by id; a sub-account sees only its bound zones (ACC-5).
/// </summary>
internal static class ListMyProducts
{
    public sealed record Response(IReadOnlyList<ProductView> Items, long? Next);

    internal sealed class Handler(FairHallDbContext db, ProductAccess access, TimeProvider clock)
    {
        public async Task<Result<Response>> HandleAsync(ProductStatus? status, long? zoneId, string? q, long? after, int? limit, CancellationToken ct, long? groupId = null)
        {
            if (await FilteredAsync(status, zoneId, q, groupId, ct) is not { } query)
            {
                return Error.Forbidden();
            }

            var take = Math.Clamp(limit ?? 20, 1, 100);
            if (after is { } cursor)
            {
                query = query.Where(p => p.Id < cursor);
            }

            var rows = await query.Include(p => p.Tags).OrderByDescending(p => p.Id).Take(take + 1).ToListAsync(ct);
            var now = clock.GetUtcNow();
            var items = rows.Take(take).Select(p => ProductView.Of(p, now)).ToList();
            return new Response(items, rows.Count > take ? items[^1].Id : null);
        }

        /// <summary>The caller's products with the list's filters (the export uses the same), or null when the caller has no enterprise.</summary>
        public async Task<IQueryable<Product>?> FilteredAsync(ProductStatus? status, long? zoneId, string? q, long? groupId, CancellationToken ct)
        {
            if (access.EnterpriseId is not { } enterpriseId)
            {
                return null;
            }

            var query = db.Set<Product>().AsNoTracking().Where(p => p.EnterpriseId == enterpriseId);
            if (await access.BoundZonesAsync(ct) is { } bound)
            {
                query = query.Where(p => bound.Contains(p.ZoneId));
            }

            if (status is { } s)
            {
                query = query.Where(p => p.Status == s);
            }

            if (zoneId is { } z)
            {
                query = query.Where(p => p.ZoneId == z);
            }

            if (!string.IsNullOrWhiteSpace(q))
            {
                var term = q.Trim();
                query = query.Where(p => p.NameZh.Contains(term) || p.NameEn.ToLower().Contains(term.ToLower()));
            }

            if (groupId is { } g)
            {
                query = query.Where(p => p.GroupId == g);
            }

            return query;
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/enterprise/products", async (ProductStatus? status, long? zoneId, long? groupId, string? q, long? after, int? limit, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(status, zoneId, q, after, limit, ct, groupId)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Exhibitor).WithTags("Catalog").WithSummary("The enterprise's products with filters, keyset-paged.");
}

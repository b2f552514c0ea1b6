using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Exhibitors.Showcase;

/// <summary>
/// GET /api/v1/showcases?q=&amp;status=&amp;after=&amp;limit= — the organizer's list of enterprise showcases (CAT-1): name
/// filter, status filter, keyset paging by enterprise id (newest first), for banning and lifting bans.
/// </summary>
internal static class ListShowcases
{
    public sealed record Item(long EnterpriseId, string NameZh, string NameEn, ShowcaseStatus Status, string? StatusReason, DateTimeOffset UpdatedAt);

    public sealed record Page(IReadOnlyList<Item> Items, long? Next);

    internal sealed class Handler(FairHallDbContext db)
    {
        public const int MaxLimit = 100;

        public async Task<Result<Page>> HandleAsync(string? q, ShowcaseStatus? status, long? after, int? limit, CancellationToken ct)
        {
            var take = Math.Clamp(limit ?? 50, 1, MaxLimit);
            var query = from s in db.Set<EnterpriseShowcase>().AsNoTracking()
                        join e in db.Set<Enterprise>().AsNoTracking() on s.EnterpriseId equals e.Id
                        select new { s, e };
            if (!string.IsNullOrWhiteSpace(q))
            {
                var term = q.Trim();
                query = query.Where(x => x.e.NameZh.Contains(term) || x.e.NameEn.ToLower().Contains(term.ToLower()));
            }

            if (status is { } st)
            {
                query = query.Where(x => x.s.Status == st);
            }

            if (after is { } cursor)
            {
                query = query.Where(x => x.s.EnterpriseId < cursor);
            }

            var rows = await query.OrderByDescending(x => x.s.EnterpriseId).Take(take + 1)
                .Select(x => new Item(x.s.EnterpriseId, x.e.NameZh, x.e.NameEn, x.s.Status, x.s.StatusReason, x.s.UpdatedAt)).ToListAsync(ct);
            var items = rows.Take(take).ToList();
            return new Page(items, rows.Count > take ? items[^1].EnterpriseId : null);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/showcases", async (string? q, ShowcaseStatus? status, long? after, int? limit, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(q, status, after, limit, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Organizer).WithTags("Showcase").WithSummary("Enterprise showcases for the organizer (filters, keyset paging).");
}

using FairHall.Modules.Fairs;
using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Exhibitors.Onboarding;

/// <summary>GET /api/v1/sessions/{sessionId}/eligibility — each enterprise's eligibility (kind, Basic package, poverty area), keyset-paged, searchable by name.</summary>
internal static class ListEligibility
{
    public sealed record Row(long Id, long EnterpriseId, string EnterpriseNameZh, string EnterpriseNameEn, EligibilityKind Kind, bool IsEligible,
        bool BasicPackageEntitled, bool PovertyAreaApproved, string Basis, DateTimeOffset UpdatedAt);

    public sealed record Response(EligibilityWindow Window, IReadOnlyDictionary<string, int> Counts, Page<Row> Page);

    internal sealed class Handler(FairHallDbContext db, EligibilityDeriver deriver)
    {
        public async Task<Result<Response>> HandleAsync(long sessionId, EligibilityKind? kind, string? q, long? afterId, int? limit, CancellationToken ct)
        {
            if (!await db.Set<Session>().AnyAsync(s => s.Id == sessionId, ct))
            {
                return Error.NotFound();
            }

            var after = afterId ?? 0;
            var rows = from r in db.Set<EligibilityRecord>().AsNoTracking()
                       join e in db.Set<Enterprise>().AsNoTracking() on r.EnterpriseId equals e.Id
                       where r.SessionId == sessionId && r.Id > after
                       select new { r, e.NameZh, e.NameEn };
            if (kind is { } k)
            {
                rows = rows.Where(x => x.r.Kind == k && x.r.IsEligible);
            }

            if (!string.IsNullOrWhiteSpace(q))
            {
                var term = q.Trim();
                rows = rows.Where(x => x.NameZh.Contains(term) || x.NameEn.ToLower().Contains(term.ToLower()));
            }

            var counts = (await db.Set<EligibilityRecord>().Where(r => r.SessionId == sessionId && r.IsEligible)
                .GroupBy(r => r.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct)).ToDictionary(g => g.Key.ToString(), g => g.Count);
            var page = await rows.OrderBy(x => x.r.Id).ToPageAsync(Paging.Clamp(limit), x => x.r.Id, x => new Row(x.r.Id, x.r.EnterpriseId, x.NameZh, x.NameEn,
                x.r.Kind, x.r.IsEligible, x.r.BasicPackageEntitled, x.r.PovertyAreaApproved, x.r.Basis, x.r.UpdatedAt), ct);
            return new Response(await deriver.WindowAsync(sessionId, ct), counts, page);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/sessions/{sessionId:long}/eligibility", async (long sessionId, EligibilityKind? kind, string? q, long? afterId, int? limit, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(sessionId, kind, q, afterId, limit, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Organizer).WithTags("Eligibility").WithSummary("Eligibility of the session's enterprises (kind, q; keyset).");
}

using FairHall.Modules.Fairs;
using FairHall.Modules.Packages;
using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Catalog;

/// <summary>
/// POST /api/v1/enterprise/products/carry-over — CAT-3: the enterprise's approved products of earlier sessions
/// (Approved, Listed or Delisted) come into the current session as Delisted, in the zone with the same code; the
/// exhibitor lists them by hand (batch list). Run by the enterprise admin (the product list offers it when there is
/// something to bring over). Idempotent: a product already brought over (or itself superseded by a later copy) is
/// not brought again; products whose zone has no counterpart this session are reported as skipped.
/// </summary>
internal static class CarryOverProducts
{
    public sealed record Response(int CarriedOver, int Skipped, IReadOnlyList<long> Ids);

    private static readonly ProductStatus[] Approved = [ProductStatus.Approved, ProductStatus.Listed, ProductStatus.Delisted];

    internal sealed class Handler(FairHallDbContext db, ICurrentActor me, TimeProvider clock)
    {
        /// <summary>How many earlier products would come over now (the page shows the button when &gt; 0).</summary>
        public async Task<int> PendingAsync(CancellationToken ct)
        {
            if (me.EnterpriseId is not { } enterpriseId || !me.IsInRole(Roles.ExhibitorAdmin) || await Sessions.CurrentAsync(db, clock, ct) is not { } session)
            {
                return 0;
            }

            return await Candidates(enterpriseId, session).CountAsync(ct);
        }

        public async Task<Result<Response>> HandleAsync(CancellationToken ct)
        {
            if (me.EnterpriseId is not { } enterpriseId || !me.IsInRole(Roles.ExhibitorAdmin))
            {
                return Error.Forbidden();
            }

            if (await Sessions.CurrentAsync(db, clock, ct) is not { } session)
            {
                return Error.Rule("product_no_session");
            }

            var sources = await Candidates(enterpriseId, session).Include(p => p.Tags).OrderBy(p => p.Id).ToListAsync(ct);
            var zoneIds = sources.Select(p => p.ZoneId).Distinct().ToList();
            var oldCodes = await db.Set<Zone>().AsNoTracking().Where(z => zoneIds.Contains(z.Id)).ToDictionaryAsync(z => z.Id, z => z.Code, ct);
            var current = await db.Set<Zone>().AsNoTracking().Where(z => z.SessionId == session.Id && z.IsActive).ToDictionaryAsync(z => z.Code, z => z.Id, ct);
            var now = clock.GetUtcNow();
            List<Product> copies = [];
            var skipped = 0;
            foreach (var source in sources)
            {
                if (oldCodes.TryGetValue(source.ZoneId, out var code) && current.TryGetValue(code, out var zoneId))
                {
                    copies.Add(source.CarryOver(session.Id, zoneId, now));
                }
                else
                {
                    skipped++;
                }
            }

            db.AddRange(copies);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Run twice at the same moment: the unique (session, carried_from) index kept the other run's rows.
                db.ChangeTracker.Clear();
                return Error.Conflict("conflict");
            }

            return new Response(copies.Count, skipped, [.. copies.Select(c => c.Id)]);
        }

        /// <summary>Approved products of earlier sessions not yet brought into this one and not superseded by a later copy.</summary>
        private IQueryable<Product> Candidates(long enterpriseId, Session session) =>
            db.Set<Product>().Where(p => p.EnterpriseId == enterpriseId && p.SessionId != session.Id && Approved.Contains(p.Status)
                && db.Set<Session>().Any(s => s.Id == p.SessionId && s.Number < session.Number)
                && !db.Set<Product>().Any(q => q.CarriedFromId == p.Id));
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/enterprise/products/carry-over", async (Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Exhibitor).WithTags("Catalog").WithSummary("Bring approved products of earlier sessions into the current one, delisted (CAT-3).");
}

using FairHall.Modules.Catalog;
using FairHall.Modules.Catalog.Booths;
using FairHall.Modules.Discovery;
using FairHall.Modules.Exhibitors.Onboarding;
using FairHall.Modules.Exhibitors.Showcase;
using FairHall.Modules.Packages;
using FairHall.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Engagement;

/// <summary>An item that anyone may see now, with what counters and leads are filed under.</summary>
internal sealed record PublicItem(EngageKind Kind, long Id, long SessionId, long? ZoneId, long EnterpriseId);

/// <summary>
/// The public rules of the three kinds, in one place for favorites, the view beacon and hot lists: a product is
/// listed, not hidden and of the current session (<see cref="PublicProducts"/>); an exhibitor has a Displayable
/// showcase with a listed product (CAT-1); a booth is approved (CAT-7). Anything else is unknown.
/// </summary>
internal sealed class PublicItems(FairHallDbContext db, TimeProvider clock)
{
    public async Task<PublicItem?> FindAsync(EngageKind kind, long id, CancellationToken ct) =>
        (await FindManyAsync(kind, [id], ct)).GetValueOrDefault(id);

    public async Task<Dictionary<long, PublicItem>> FindManyAsync(EngageKind kind, IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        var session = await Sessions.CurrentAsync(db, clock, ct);
        if (session is null || ids.Count == 0)
        {
            return [];
        }

        var list = ids.Distinct().ToList();
        if (kind == EngageKind.Product)
        {
            return await db.Set<Product>().AsNoTracking().Where(PublicProducts.Rule)
                .Where(p => list.Contains(p.Id) && p.SessionId == session.Id)
                .Select(p => new PublicItem(EngageKind.Product, p.Id, p.SessionId, p.ZoneId, p.EnterpriseId))
                .ToDictionaryAsync(p => p.Id, ct);
        }

        var enterprises = kind == EngageKind.Exhibitor
            ? await db.Set<EnterpriseShowcase>().AsNoTracking()
                .Where(s => list.Contains(s.EnterpriseId) && s.Status == ShowcaseStatus.Displayable
                    && db.Set<Product>().Any(p => p.EnterpriseId == s.EnterpriseId && p.Status == ProductStatus.Listed))
                .Select(s => s.EnterpriseId).ToListAsync(ct)
            : await db.Set<Booth>().AsNoTracking().Where(b => list.Contains(b.EnterpriseId) && b.Status == BoothStatus.Approved)
                .Select(b => b.EnterpriseId).ToListAsync(ct);
        var zones = (await db.Set<Qualification>().AsNoTracking().Where(q => q.SessionId == session.Id && enterprises.Contains(q.EnterpriseId))
                .Select(q => new { q.EnterpriseId, q.ZoneIds }).ToListAsync(ct))
            .GroupBy(q => q.EnterpriseId).ToDictionary(g => g.Key, g => g.SelectMany(q => q.ZoneIds).Order().Select(z => (long?)z).FirstOrDefault());
        return enterprises.Distinct().ToDictionary(e => e, e => new PublicItem(kind, e, session.Id, zones.GetValueOrDefault(e), e));
    }
}

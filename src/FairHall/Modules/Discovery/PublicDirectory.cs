using FairHall.Modules.Catalog;
using FairHall.Modules.Catalog.Booths;
using FairHall.Modules.Exhibitors.Showcase;
using FairHall.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Discovery;

/// <summary>
/// BUY-1: which exhibitors and booths the public may find, next to <see cref="PublicProducts"/>. An exhibitor: its
/// showcase is displayable (CAT-1: not banned, not awaiting rectification) and it has a public product. A booth
/// (CAT-7): approved (an edit sends it back to review and hides it) and its enterprise's showcase is not banned.
/// </summary>
internal static class PublicDirectory
{
    public static IQueryable<long> Exhibitors(FairHallDbContext db) =>
        db.Set<EnterpriseShowcase>().AsNoTracking().Where(s => s.Status == ShowcaseStatus.Displayable)
            .Where(s => db.Set<Product>().Any(p => p.EnterpriseId == s.EnterpriseId && p.Status == ProductStatus.Listed && !p.IsHidden))
            .Select(s => s.EnterpriseId);

    public static IQueryable<Booth> Booths(FairHallDbContext db) =>
        db.Set<Booth>().AsNoTracking().Where(b => b.Status == BoothStatus.Approved)
            .Where(b => !db.Set<EnterpriseShowcase>().Any(s => s.EnterpriseId == b.EnterpriseId && s.Status == ShowcaseStatus.Banned));

    public static async Task<HashSet<long>> VisibleExhibitorsAsync(FairHallDbContext db, IReadOnlyList<long> enterpriseIds, CancellationToken ct) =>
        enterpriseIds.Count == 0 ? [] : [.. await Exhibitors(db).Where(id => enterpriseIds.Contains(id)).ToListAsync(ct)];

    public static async Task<HashSet<long>> VisibleBoothsAsync(FairHallDbContext db, IReadOnlyList<long> boothIds, CancellationToken ct) =>
        boothIds.Count == 0 ? [] : [.. await Booths(db).Where(b => boothIds.Contains(b.Id)).Select(b => b.Id).ToListAsync(ct)];
}

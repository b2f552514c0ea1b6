using FairHall.Modules.Fairs;
using FairHall.Modules.Packages;
using FairHall.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Catalog;

/// <summary>The zones the caller may choose for a product: every active zone of the current session for the admin, the bound ones for a sub-account (ACC-5).</summary>
internal sealed class ProductZones(FairHallDbContext db, ProductAccess access, TimeProvider clock)
{
    public sealed record Option(long Id, string Label);

    public async Task<IReadOnlyList<Option>> ForCallerAsync(CancellationToken ct)
    {
        var session = await Sessions.CurrentAsync(db, clock, ct);
        if (session is null)
        {
            return [];
        }

        var query = db.Set<Zone>().AsNoTracking().Where(z => z.SessionId == session.Id && z.IsActive);
        if (await access.BoundZonesAsync(ct) is { } bound)
        {
            query = query.Where(z => bound.Contains(z.Id));
        }

        var zones = await query.OrderBy(z => z.PhaseNumber).ThenBy(z => z.SortOrder).ToListAsync(ct);
        return [.. zones.Select(z => new Option(z.Id, $"{z.Code} {z.NameZh} / {z.NameEn}"))];
    }

    /// <summary>The parameter tags of the given zones (CAT-5), in their order, by zone.</summary>
    public async Task<IReadOnlyDictionary<long, List<ZoneTag>>> TagsAsync(IEnumerable<long> zoneIds, CancellationToken ct)
    {
        var ids = zoneIds.ToList();
        var tags = await db.Set<ZoneTag>().AsNoTracking().Where(t => ids.Contains(t.ZoneId)).OrderBy(t => t.SortOrder).ToListAsync(ct);
        return tags.GroupBy(t => t.ZoneId).ToDictionary(g => g.Key, g => g.ToList());
    }
}

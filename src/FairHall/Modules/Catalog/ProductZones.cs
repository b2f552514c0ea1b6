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
}

using FairHall.Modules.Accounts.SubAccounts;
using FairHall.Modules.Exhibitors.Onboarding;
using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Catalog;

/// <summary>
/// Who may touch which product: only the own enterprise's (another's is "not found"), and only in a zone the
/// caller may manage (ACC-5 through <see cref="IZoneAccess"/>: 403 "zone_not_bound" for an unbound sub-account).
/// </summary>
internal sealed class ProductAccess(FairHallDbContext db, ICurrentActor me, IZoneAccess zones)
{
    public long? EnterpriseId => me.EnterpriseId;

    /// <summary>The product, tracked, if the caller may manage it.</summary>
    public async Task<Result<Product>> FindAsync(long id, CancellationToken ct)
    {
        if (me.EnterpriseId is not { } enterpriseId)
        {
            return Error.Forbidden();
        }

        var product = await db.Set<Product>().Include(p => p.Tags).FirstOrDefaultAsync(p => p.Id == id && p.EnterpriseId == enterpriseId, ct);
        if (product is null)
        {
            return Error.NotFound();
        }

        return await zones.CheckAsync(product.ZoneId, ct) is { } refused ? refused : product;
    }

    /// <summary>
    /// May the caller put a product into this zone? ACC-5 (sub-accounts: bound zones), and for the admin the zones
    /// its enabled qualification of that session names (403 "zone_not_qualified"); an enterprise eligible without a
    /// qualification (e.g. an offline exhibitor) keeps every zone.
    /// </summary>
    public async Task<Error?> ZoneAsync(long zoneId, CancellationToken ct)
    {
        if (await zones.CheckAsync(zoneId, ct) is { } refused)
        {
            return refused;
        }

        return await QualifiedZonesAsync(zoneId, ct) is { } qualified && !qualified.Contains(zoneId) ? Error.Forbidden("zone_not_qualified") : null;
    }

    /// <summary>The zones the caller may manage products in (null: every zone, for an admin without a qualification naming zones).</summary>
    public async Task<IReadOnlyList<long>?> BoundZonesAsync(CancellationToken ct) =>
        me.IsInRole(Roles.ExhibitorAdmin)
            ? await QualifiedZonesAsync(null, ct)
            : await db.Set<Accounts.AccountZone>().Where(z => z.UserId == me.UserId).Select(z => z.ZoneId).ToListAsync(ct);

    /// <summary>The zones of the enterprise's enabled qualification (in the zone's session, or any), or null when none names zones.</summary>
    private async Task<IReadOnlyList<long>?> QualifiedZonesAsync(long? zoneId, CancellationToken ct)
    {
        if (me.EnterpriseId is not { } enterpriseId || !me.IsInRole(Roles.ExhibitorAdmin))
        {
            return null;
        }

        var query = db.Set<Qualification>().AsNoTracking().Where(q => q.EnterpriseId == enterpriseId && q.Status == QualificationStatus.Enabled);
        if (zoneId is { } z)
        {
            query = query.Where(q => db.Set<Fairs.Zone>().Any(x => x.Id == z && x.SessionId == q.SessionId));
        }

        var lists = await query.Select(q => q.ZoneIds).ToListAsync(ct);
        var ids = lists.SelectMany(l => l).Distinct().ToList();
        return ids.Count > 0 ? ids : null;
    }
}

using FairHall.Modules.Accounts.SubAccounts;
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

    public Task<Error?> ZoneAsync(long zoneId, CancellationToken ct) => zones.CheckAsync(zoneId, ct);

    /// <summary>The zones the caller may manage products in (null: every zone, for the enterprise admin).</summary>
    public async Task<IReadOnlyList<long>?> BoundZonesAsync(CancellationToken ct) =>
        me.IsInRole(Roles.ExhibitorAdmin)
            ? null
            : await db.Set<Accounts.AccountZone>().Where(z => z.UserId == me.UserId).Select(z => z.ZoneId).ToListAsync(ct);
}

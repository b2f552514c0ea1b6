using FairHall.Modules.Fairs;
using FairHall.Modules.Packages;
using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Catalog;

/// <summary>
/// Listing under the package quota (PKG-2/7, ADR 0016): Basic counts listed products per zone, A/B/C count the
/// total including product packs. Every listing bumps the enterprise's guard row, so racing listings of the
/// last slot cannot both commit; the loser retries from a fresh read and then sees the quota full.
/// </summary>
internal sealed class ProductListing(FairHallDbContext db, Entitlements entitlements, TimeProvider clock)
{
    private const int Attempts = 8;

    /// <summary>Checks the quota for one more listed product and bumps the guard (the caller lists and saves).</summary>
    public async Task<Error?> ReserveAsync(Product p, CancellationToken ct)
    {
        var guard = await db.Set<ListingGuard>().FirstOrDefaultAsync(g => g.EnterpriseId == p.EnterpriseId && g.SessionId == p.SessionId, ct);
        if (guard is null)
        {
            guard = new ListingGuard(p.EnterpriseId, p.SessionId);
            db.Add(guard);
        }

        guard.Touch();
        var session = await Sessions.ByIdAsync(db, p.SessionId, ct);
        if (session is null)
        {
            return Error.Rule("product_no_session");
        }

        var entitlement = await entitlements.ForAsync(p.EnterpriseId, session, ct);
        if (await PerZoneLimitAsync(entitlement, session, ct) is { } zoneLimit)
        {
            var inZone = await db.Set<Product>().CountAsync(
                x => x.EnterpriseId == p.EnterpriseId && x.SessionId == p.SessionId && x.ZoneId == p.ZoneId && x.Status == ProductStatus.Listed && x.Id != p.Id, ct);
            return inZone < zoneLimit ? null : Error.Rule("product_quota_exceeded");
        }

        var line = entitlement.Quota(QuotaKeys.Products);
        return line.Limit is null || line.Used < line.Limit ? null : Error.Rule("product_quota_exceeded");
    }

    /// <summary>Basic counts listed products per zone (PKG-2): its per-zone limit, or null when the tier counts in total.</summary>
    public async Task<int?> PerZoneLimitAsync(Entitlement entitlement, Session session, CancellationToken ct) =>
        entitlement.Tier is { } tier && await db.Set<TierOffer>().AsNoTracking()
            .Where(t => t.SessionId == session.Id && t.Tier == tier).Select(t => (int?)(t.ProductsPerZone ? t.Products : -1)).FirstOrDefaultAsync(ct) is > 0 and var n
            ? n
            : null;

    /// <summary>Lists one product of the caller (already access-checked by id) in its own unit of work, retrying lost races.</summary>
    public async Task<Result<Product>> ListAsync(long productId, long enterpriseId, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var p = await db.Set<Product>().FirstOrDefaultAsync(x => x.Id == productId && x.EnterpriseId == enterpriseId, ct);
            if (p is null)
            {
                return Error.NotFound();
            }

            if (ProductTransitions.Next(p.Status, ProductAction.List) is null)
            {
                return ProductTransitions.Illegal(p.Status, ProductAction.List);
            }

            if (await ReserveAsync(p, ct) is { } full)
            {
                db.ChangeTracker.Clear();
                return full;
            }

            p.List(clock.GetUtcNow());
            try
            {
                await db.SaveChangesAsync(ct);
                return p;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Lost the race for the guard row (or for creating it): read again.
                await Task.Delay(TimeSpan.FromMilliseconds(7 * attempt), ct);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                return Error.Conflict("conflict");
            }
        }
    }
}

/// <summary>PKG-7: listed products count against the products quota (the hook of the packages module).</summary>
internal sealed class ListedProductsUsage(FairHallDbContext db) : IQuotaUsage
{
    public string Key => QuotaKeys.Products;

    public Task<int> CountAsync(long enterpriseId, long sessionId, CancellationToken ct) =>
        db.Set<Product>().CountAsync(p => p.EnterpriseId == enterpriseId && p.SessionId == sessionId && p.Status == ProductStatus.Listed, ct);
}

using FairHall.Modules.Accounts;
using FairHall.Modules.Accounts.SubAccounts;
using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Orders;

/// <summary>
/// Who sees which intent order. A buyer sees only its own (another's is "not found"). An exhibitor sees only orders
/// for its enterprise's products (another's is "not found"); the enterprise admin sees all of them, a sub-account
/// only those of products in its bound zones (ACC-5 routing through <see cref="IZoneAccess"/>: 403 "zone_not_bound").
/// </summary>
internal sealed class OrderAccess(FairHallDbContext db, ICurrentActor me, IZoneAccess zones, TextCatalog texts)
{
    public long? UserId => me.UserId;

    public string Name => me.Name;

    public async Task<Result<IntentOrder>> ForBuyerAsync(long id, bool tracked, CancellationToken ct)
    {
        if (me.UserId is not { } userId || !me.IsInRole(Roles.Buyer))
        {
            return Error.Forbidden();
        }

        var order = await Orders(tracked).FirstOrDefaultAsync(o => o.Id == id && o.BuyerUserId == userId, ct);
        return order is null ? Error.NotFound() : order;
    }

    public async Task<Result<IntentOrder>> ForExhibitorAsync(long id, bool tracked, CancellationToken ct)
    {
        if (me.EnterpriseId is not { } enterpriseId)
        {
            return Error.Forbidden();
        }

        var order = await Orders(tracked).FirstOrDefaultAsync(o => o.Id == id && o.EnterpriseId == enterpriseId, ct);
        if (order is null)
        {
            return Error.NotFound();
        }

        return await zones.CheckAsync(order.ZoneId, ct) is { } refused ? refused : order;
    }

    /// <summary>The zones whose orders the caller handles (null: every zone, for the enterprise admin).</summary>
    public async Task<IReadOnlyList<long>?> BoundZonesAsync(CancellationToken ct) =>
        me.IsInRole(Roles.ExhibitorAdmin)
            ? null
            : await db.Set<AccountZone>().Where(z => z.UserId == me.UserId).Select(z => z.ZoneId).ToListAsync(ct);

    /// <summary>
    /// ACC-9: only business representatives (业务代表) agree amounts. A staff member with another duty (consultant,
    /// other) is refused; accounts without a duty (enterprise admins and sub-accounts outside CIFTIS) may.
    /// </summary>
    public async Task<Error?> MayAgreeAmountsAsync(CancellationToken ct)
    {
        var duty = await db.Users.Where(u => u.Id == me.UserId).Select(u => u.Duty).FirstOrDefaultAsync(ct);
        return duty is null or StaffDuty.BusinessRepresentative ? null : Error.Forbidden("not_business_representative");
    }

    /// <summary>Field messages are text keys in the entity; the API answers them in the caller's language.</summary>
    public Error Localize(Error error) =>
        error.Fields is null ? error : error with { Fields = error.Fields.ToDictionary(f => f.Key, f => f.Value.Select(texts.Get).ToArray()) };

    private IQueryable<IntentOrder> Orders(bool tracked) =>
        tracked ? db.Set<IntentOrder>().Include(o => o.Events) : db.Set<IntentOrder>().AsNoTracking().Include(o => o.Events);
}

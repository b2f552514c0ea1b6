using System.Globalization;
using FairHall.Modules.Fairs;
using FairHall.Modules.Packages;
using FairHall.Modules.Payments.Jobs;
using FairHall.Modules.Reviews;
using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Notifications;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Catalog;

/// <summary>
/// PKG-7 on the session's quota date (<c>QuotaSweepOn</c>, run by the payments module's <c>QuotaSweepJob</c> under
/// its lease): every enterprise with more listed products than its entitlement allows has the excess delisted,
/// NEWEST listings first (latest <c>ListedAt</c>, then highest id), so what was on show longest stays (ADR 0016
/// addendum). Basic counts per zone, A/B/C in total with product packs. The delisted products carry the reason and
/// the enterprise's admins are notified. Running it again finds nothing over quota and changes nothing.
/// Other quota keys are passed through to the log, as before.
/// </summary>
internal sealed class ProductQuotaSweep(
    FairHallDbContext db, Entitlements entitlements, ProductListing listing, Notifier notifier, TextCatalog texts, TimeProvider clock,
    ILogger<ProductQuotaSweep> log) : IQuotaSweep
{
    public async Task<IReadOnlyList<QuotaExcess>> SweepAsync(Session session, IReadOnlyList<QuotaExcess> excess, CancellationToken ct)
    {
        foreach (var e in excess.Where(e => e.QuotaKey != QuotaKeys.Products))
        {
            log.LogWarning("Quota sweep of session {Session}: enterprise {Enterprise} uses {Used} {Quota} of {Limit}", session.Number, e.EnterpriseId, e.Used, e.QuotaKey, e.Limit);
        }

        var enterprises = await db.Set<Product>().AsNoTracking().Where(p => p.SessionId == session.Id && p.Status == ProductStatus.Listed)
            .Select(p => p.EnterpriseId).Distinct().OrderBy(id => id).ToListAsync(ct);
        List<QuotaExcess> swept = [];
        foreach (var enterpriseId in enterprises)
        {
            if (await SweepEnterpriseAsync(session, enterpriseId, ct) is { } done)
            {
                swept.Add(done);
            }
        }

        return swept;
    }

    private async Task<QuotaExcess?> SweepEnterpriseAsync(Session session, long enterpriseId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var entitlement = await entitlements.ForAsync(enterpriseId, session, ct);
        var listed = await db.Set<Product>().Where(p => p.EnterpriseId == enterpriseId && p.SessionId == session.Id && p.Status == ProductStatus.Listed)
            .OrderByDescending(p => p.ListedAt).ThenByDescending(p => p.Id).ToListAsync(ct);
        List<Product> over;
        int limit;
        if (await listing.PerZoneLimitAsync(entitlement, session, ct) is { } perZone)
        {
            limit = perZone;
            over = [.. listed.GroupBy(p => p.ZoneId).SelectMany(g => g.Take(Math.Max(0, g.Count() - perZone)))];
        }
        else if (entitlement.Quota(QuotaKeys.Products).Limit is { } total)
        {
            limit = total;
            over = [.. listed.Take(Math.Max(0, listed.Count - total))];
        }
        else
        {
            return null;
        }

        if (over.Count == 0)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var reason = texts.Get("Catalog.QuotaSweepReason", CultureInfo.GetCultureInfo("zh-CN")) + " / " + texts.Get("Catalog.QuotaSweepReason", CultureInfo.GetCultureInfo("en"));
        foreach (var p in over)
        {
            p.Delist(now, reason);
        }

        var zh = CultureInfo.GetCultureInfo("zh-CN");
        var en = CultureInfo.GetCultureInfo("en");
        var content = new NotificationContent(
            texts.Get("Catalog.Notice.Swept", zh), texts.Get("Catalog.Notice.Swept", en),
            string.Format(zh, texts.Get("Catalog.Notice.Swept.Body", zh), over.Count, string.Join("、", over.Take(10).Select(p => p.NameZh))),
            string.Format(en, texts.Get("Catalog.Notice.Swept.Body", en), over.Count, string.Join(", ", over.Take(10).Select(p => p.NameEn))),
            "/enterprise/products?status=Delisted");
        foreach (var admin in await EnterpriseContacts.AdminsAsync(db, enterpriseId, ct))
        {
            notifier.Queue(content, admin);
        }

        await db.SaveChangesAsync(ct);
        log.LogInformation("Quota sweep of session {Session}: enterprise {Enterprise} had {Count} listed products over quota; delisted newest first", session.Number, enterpriseId, over.Count);
        return new QuotaExcess(enterpriseId, QuotaKeys.Products, listed.Count, limit);
    }
}

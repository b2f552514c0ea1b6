using FairHall.Modules.Exhibitors.Onboarding;
using FairHall.Modules.Fairs;
using FairHall.Modules.Packages;
using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Payments;

/// <summary>A session a purchase is for: the row when it exists (the next one may not yet) and whose catalogue prices it.</summary>
internal sealed record TargetSession(long FairId, int Number, Session? Row, long CatalogueSessionId, bool IsCurrent);

/// <summary>PKG-3/6/7 checks and prices of one target session, read from the database.</summary>
internal sealed class PurchaseRules(FairHallDbContext db, TextCatalog texts, IEnumerable<IQuotaUsage> usage)
{
    public async Task<PackageTier?> HeldTierAsync(long enterpriseId, TargetSession t, CancellationToken ct)
    {
        var bought = await db.Set<PackageGrant>().AsNoTracking()
            .Where(g => g.EnterpriseId == enterpriseId && g.FairId == t.FairId && g.SessionNumber == t.Number && g.Status == GrantStatus.Active && g.Tier != null)
            .Select(g => g.Tier).ToListAsync(ct);
        PackageTier? held = bought.Max();
        if (t.Row is { } row)
        {
            var q = await db.Set<Qualification>().AsNoTracking().FirstOrDefaultAsync(x => x.EnterpriseId == enterpriseId && x.SessionId == row.Id, ct);
            var e = await db.Set<EligibilityRecord>().AsNoTracking().FirstOrDefaultAsync(x => x.EnterpriseId == enterpriseId && x.SessionId == row.Id, ct);
            if (q is { Status: QualificationStatus.Enabled } && (q.PovertyApproved || e?.PovertyAreaApproved == true) && (held is null || held < PackageTier.A))
            {
                held = PackageTier.A;
            }

            if (e?.BasicPackageEntitled == true && held is null)
            {
                held = PackageTier.Basic;
            }
        }

        return held;
    }

    /// <summary>PKG-7: the usage items above the quotas of <paramref name="tier"/> (plus packs already bought), in words.</summary>
    public async Task<Dictionary<string, string[]>> ExcessAsync(long enterpriseId, TargetSession t, TierOffer tier, CancellationToken ct)
    {
        var packs = await db.Set<PackageGrant>().AsNoTracking()
            .Where(g => g.EnterpriseId == enterpriseId && g.FairId == t.FairId && g.SessionNumber == t.Number && g.Status == GrantStatus.Active && g.AddOn != null)
            .GroupBy(g => g.AddOn).Select(g => new { AddOn = g.Key!.Value, Count = g.Sum(x => x.Quantity) }).ToListAsync(ct);
        var amounts = await db.Set<AddOnOffer>().AsNoTracking().Where(a => a.SessionId == t.CatalogueSessionId).ToDictionaryAsync(a => a.Kind, a => a.Amount, ct);
        int Extra(AddOnKind k) => packs.Where(p => p.AddOn == k).Sum(p => p.Count) * amounts.GetValueOrDefault(k);
        var limits = new Dictionary<string, int?>
        {
            [QuotaKeys.Products] = tier.Products + Extra(AddOnKind.Products),
            [QuotaKeys.Templates] = tier.Templates,
            [QuotaKeys.Videos] = tier.Videos,
            [QuotaKeys.LiveRooms] = tier.LiveRooms + Extra(AddOnKind.LiveRooms),
            [QuotaKeys.Accounts] = tier.Accounts + Extra(AddOnKind.Accounts),
            [QuotaKeys.TargetedResponses] = tier.TargetedResponses,
            [QuotaKeys.PublicResponses] = tier.PublicResponses,
        };
        var usageSession = t.Row?.Id ?? t.CatalogueSessionId;
        var excess = new Dictionary<string, string[]>();
        foreach (var counter in usage)
        {
            var used = await counter.CountAsync(enterpriseId, usageSession, ct);
            if (limits.GetValueOrDefault(counter.Key) is { } limit && used > limit)
            {
                excess[counter.Key] = [texts.Format("Packages.Excess", texts.Get($"Packages.Quota.{counter.Key}"), used, tier.Tier, limit)];
            }
        }

        return excess;
    }
}

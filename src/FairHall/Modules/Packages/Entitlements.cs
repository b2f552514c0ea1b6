using FairHall.Modules.Accounts;
using FairHall.Modules.Exhibitors.Onboarding;
using FairHall.Modules.Fairs;
using FairHall.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Packages;

/// <summary>
/// Usage of one quota (PKG-7/10). This module counts enabled accounts; the catalog and matchmaking issues add
/// counters for products, templates, videos, live rooms and need responses (a missing counter counts 0).
/// </summary>
public interface IQuotaUsage
{
    string Key { get; }

    Task<int> CountAsync(long enterpriseId, long sessionId, CancellationToken ct);
}

internal sealed class EnabledAccountsUsage(FairHallDbContext db) : IQuotaUsage
{
    public string Key => QuotaKeys.Accounts;

    public Task<int> CountAsync(long enterpriseId, long sessionId, CancellationToken ct) =>
        db.Users.CountAsync(u => u.EnterpriseId == enterpriseId && u.Status == AccountStatus.Enabled, ct);
}

/// <summary>Reads sessions the way the whole platform does: the current one is the latest whose applications opened.</summary>
internal static class Sessions
{
    /// <summary>
    /// The session whose applications have opened most recently (else the earliest). Read once per request and minute
    /// (<see cref="FairHallDbContext.MemoAsync"/>: a page and the search under it ask several times); a save in the
    /// same request reads it again. The minute keys the date, which moves at local midnight in the session's zone.
    /// </summary>
    public static Task<Session?> CurrentAsync(FairHallDbContext db, TimeProvider clock, CancellationToken ct) =>
        db.MemoAsync($"current-session:{clock.GetUtcNow().UtcTicks / TimeSpan.TicksPerMinute}", async () =>
        {
            var sessions = await db.Set<Session>().AsNoTracking().Include(s => s.Phases)
                .OrderByDescending(s => s.ApplicationOpensOn).Take(20).ToListAsync(ct);
            return sessions.FirstOrDefault(s => s.ApplicationOpensOn <= s.Today(clock)) ?? sessions.LastOrDefault();
        });

    public static Task<Session?> ByNumberAsync(FairHallDbContext db, long fairId, int number, CancellationToken ct) =>
        db.Set<Session>().AsNoTracking().Include(s => s.Phases).FirstOrDefaultAsync(s => s.FairId == fairId && s.Number == number, ct);

    public static Task<Session?> ByIdAsync(FairHallDbContext db, long id, CancellationToken ct) =>
        db.Set<Session>().AsNoTracking().Include(s => s.Phases).FirstOrDefaultAsync(s => s.Id == id, ct);
}

/// <summary>The one entitlement query: loads what <see cref="EntitlementRules"/> needs and evaluates it at the clock's now.</summary>
internal sealed class Entitlements(FairHallDbContext db, TimeProvider clock, IEnumerable<IQuotaUsage> usage)
{
    public async Task<Entitlement> ForAsync(long enterpriseId, Session session, CancellationToken ct, DateTimeOffset? at = null)
    {
        var tiers = await db.Set<TierOffer>().AsNoTracking().Where(t => t.SessionId == session.Id).ToListAsync(ct);
        var addOns = await db.Set<AddOnOffer>().AsNoTracking().Where(a => a.SessionId == session.Id).ToListAsync(ct);
        var eligibility = await db.Set<EligibilityRecord>().AsNoTracking()
            .FirstOrDefaultAsync(e => e.EnterpriseId == enterpriseId && e.SessionId == session.Id, ct);
        var qualification = await db.Set<Qualification>().AsNoTracking()
            .FirstOrDefaultAsync(q => q.EnterpriseId == enterpriseId && q.SessionId == session.Id, ct);
        var grants = await db.Set<PackageGrant>().AsNoTracking()
            .Where(g => g.EnterpriseId == enterpriseId && g.FairId == session.FairId && g.SessionNumber == session.Number && g.Status == GrantStatus.Active)
            .ToListAsync(ct);
        var used = new Dictionary<string, int>();
        foreach (var counter in usage)
        {
            used[counter.Key] = used.GetValueOrDefault(counter.Key) + await counter.CountAsync(enterpriseId, session.Id, ct);
        }

        var enabled = qualification?.Status == QualificationStatus.Enabled;
        return EntitlementRules.Compute(new EntitlementInput(
            SessionCalendar.Of(session),
            tiers.ToDictionary(t => t.Tier, t => (t.Quotas, t.Flags)),
            addOns.ToDictionary(a => a.Kind, a => a.Amount),
            BasicGifted: eligibility?.BasicPackageEntitled ?? false,
            QualificationEnabled: enabled,
            ApprovedAt: enabled ? qualification!.DecidedAt : null,
            PovertyApproved: enabled && (qualification!.PovertyApproved || (eligibility?.PovertyAreaApproved ?? false)),
            Bought: [.. grants.Select(g => new BoughtService(g.Item, g.PaidAt))],
            ZoneCount: Math.Max(1, qualification?.ZoneIds.Count ?? 1),
            Used: used,
            Now: at ?? clock.GetUtcNow()));
    }

    /// <summary>The entitlement in the current session; null when no session exists.</summary>
    public async Task<(Session Session, Entitlement Entitlement)?> CurrentAsync(long enterpriseId, CancellationToken ct)
    {
        var session = await Sessions.CurrentAsync(db, clock, ct);
        return session is null ? null : (session, await ForAsync(enterpriseId, session, ct));
    }
}

/// <summary>ACC-6: the enabled-account limit is the accounts quota of the current entitlement (PKG-2 plus account packs).</summary>
internal sealed class EntitlementAccountQuota(Entitlements entitlements) : Accounts.SubAccounts.IAccountQuota
{
    public async Task<int> EnabledAccountLimitAsync(long enterpriseId, CancellationToken ct) =>
        await entitlements.CurrentAsync(enterpriseId, ct) is { } current ? current.Entitlement.Quota(QuotaKeys.Accounts).Limit ?? int.MaxValue : 2;
}

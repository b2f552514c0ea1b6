using FairHall.Modules.Exhibitors.Onboarding;
using FairHall.Modules.Fairs;
using FairHall.Modules.Packages;
using FairHall.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Payments.Jobs;

/// <summary>What exceeds an enterprise's quota on the session's quota date (PKG-7).</summary>
public sealed record QuotaExcess(long EnterpriseId, string QuotaKey, int Used, int Limit);

/// <summary>
/// PKG-7: on the session's <c>QuotaSweepOn</c> date whatever exceeds quota is delisted. The catalog module owns
/// listings, so it implements this seam (register its <see cref="IQuotaSweep"/> after the payments module to replace
/// the default); <see cref="QuotaSweepJob"/> calls it once per session, on or after the date, under a lease.
/// </summary>
public interface IQuotaSweep
{
    Task<IReadOnlyList<QuotaExcess>> SweepAsync(Session session, IReadOnlyList<QuotaExcess> excess, CancellationToken ct);
}

/// <summary>
/// The default until the catalog lands: delists nothing (there are no listings yet) and logs, per enterprise and
/// quota, what would be delisted, from the one entitlement usage query.
/// </summary>
internal sealed class LoggingQuotaSweep(ILogger<LoggingQuotaSweep> log) : IQuotaSweep
{
    public Task<IReadOnlyList<QuotaExcess>> SweepAsync(Session session, IReadOnlyList<QuotaExcess> excess, CancellationToken ct)
    {
        foreach (var e in excess)
        {
            log.LogWarning("Quota sweep of session {Session}: enterprise {Enterprise} uses {Used} {Quota} of {Limit}; {Excess} would be delisted",
                session.Number, e.EnterpriseId, e.Used, e.QuotaKey, e.Limit, e.Used - e.Limit);
        }

        return Task.FromResult(excess);
    }
}

/// <summary>Finds sessions whose quota date has come (within a week, so an old session is not swept on install) and sweeps each once.</summary>
internal sealed class QuotaSweepJob(FairHallDbContext db, TimeProvider clock, Entitlements entitlements, IQuotaSweep sweep, JobRunner runner) : IScheduledJob
{
    public string Name => "quota-sweep";

    public async Task RunAsync(CancellationToken ct)
    {
        var sessions = await db.Set<Session>().AsNoTracking().Include(s => s.Phases).ToListAsync(ct);
        foreach (var session in sessions.Where(s => s.Today(clock) >= s.QuotaSweepOn && s.Today(clock) <= s.QuotaSweepOn.AddDays(7)))
        {
            var name = $"quota-sweep:{session.Id}";
            if (await runner.LastRunAsync(name, ct) is null)
            {
                await runner.RunAsync(name, async c => await sweep.SweepAsync(session, await ExcessAsync(session, c), c), ct);
            }
        }
    }

    /// <summary>Every quota over its limit, per eligible enterprise of the session.</summary>
    public async Task<IReadOnlyList<QuotaExcess>> ExcessAsync(Session session, CancellationToken ct)
    {
        var enterprises = await db.Set<EligibilityRecord>().AsNoTracking().Where(e => e.SessionId == session.Id && e.IsEligible)
            .Select(e => e.EnterpriseId).Distinct().ToListAsync(ct);
        var result = new List<QuotaExcess>();
        foreach (var id in enterprises)
        {
            var entitlement = await entitlements.ForAsync(id, session, ct);
            result.AddRange(entitlement.Quotas.Where(q => q.Limit is { } l && q.Used > l).Select(q => new QuotaExcess(id, q.Key, q.Used, q.Limit!.Value)));
        }

        return result;
    }
}

using FairHall.Modules.Fairs;
using FairHall.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Exhibitors.Onboarding;

/// <summary>
/// Derives every enterprise's eligibility for a session from the imported lists (FAIR-3): (a) offline exhibitors
/// and confirmed affiliates, (b) online participation in the configured window, both with the Basic package;
/// otherwise (c) — eligible only with an approved qualification.
/// </summary>
internal sealed class EligibilityDeriver(FairHallDbContext db, TimeProvider clock)
{
    public sealed record Counts(int Offline, int History, int ByQualification, int NotYet)
    {
        public int Automatic => Offline + History;
    }

    public async Task<EligibilityWindow> WindowAsync(long sessionId, CancellationToken ct)
    {
        var settings = await db.Set<EligibilitySettings>().AsNoTracking().FirstOrDefaultAsync(s => s.SessionId == sessionId, ct);
        if (settings is not null)
        {
            return settings.Window;
        }

        var number = await db.Set<Session>().Where(s => s.Id == sessionId).Select(s => s.Number).FirstAsync(ct);
        return EligibilitySettings.DefaultFor(number);
    }

    public async Task<Counts> DeriveAsync(long sessionId, CancellationToken ct)
    {
        var window = await WindowAsync(sessionId, ct);
        var offline = EligibilityRules.OfflineNames((await db.Set<OfflineExhibitor>().AsNoTracking().Where(o => o.SessionId == sessionId)
            .Select(o => new { o.EnterpriseName, o.Affiliates }).ToListAsync(ct)).Select(o => (o.EnterpriseName, o.Affiliates)));
        var history = EligibilityRules.HistoryNames((await db.Set<ParticipationHistory>().AsNoTracking()
            .Where(h => h.SessionId == sessionId && h.SessionNumber >= window.HistoryFrom && h.SessionNumber <= window.HistoryTo)
            .Select(h => new { h.EnterpriseName, h.SessionNumber, h.OnlineOnly, h.Package }).ToListAsync(ct))
            .Select(h => (h.EnterpriseName, h.SessionNumber, h.OnlineOnly, h.Package)), window);

        var enterprises = await db.Set<Enterprise>().AsNoTracking().Select(e => new { e.Id, e.NameZh }).ToListAsync(ct);
        var records = await db.Set<EligibilityRecord>().Where(r => r.SessionId == sessionId).ToDictionaryAsync(r => r.EnterpriseId, ct);
        var enabled = (await db.Set<Qualification>().Where(q => q.SessionId == sessionId && q.Status == QualificationStatus.Enabled)
            .Select(q => q.EnterpriseId).ToListAsync(ct)).ToHashSet();
        var now = clock.GetUtcNow();
        int a = 0, b = 0, c = 0, none = 0;
        foreach (var e in enterprises)
        {
            var derived = EligibilityRules.Derive(e.NameZh, offline, history);
            records.TryGetValue(e.Id, out var record);
            if (derived is { } d)
            {
                if (record is null)
                {
                    record = new EligibilityRecord(sessionId, e.Id);
                    db.Add(record);
                }

                record.GrantAutomatically(d.Kind, d.Basis, now);
                _ = d.Kind == EligibilityKind.OfflineExhibitor ? a++ : b++;
            }
            else if (record is { BasicPackageEntitled: true })
            {
                record.Revoke(enabled.Contains(e.Id), now);
                _ = record.IsEligible ? c++ : none++;
            }
            else
            {
                _ = record?.IsEligible == true ? c++ : none++;
            }
        }

        await db.SaveChangesAsync(ct);
        return new Counts(a, b, c, none);
    }
}

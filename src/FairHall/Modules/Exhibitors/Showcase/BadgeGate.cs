using FairHall.Modules.Catalog;
using FairHall.Modules.Exhibitors.Onboarding;
using FairHall.Modules.Fairs;
using FairHall.Modules.Packages;
using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Exhibitors.Showcase;

/// <summary>One offline zone of an exhibitor and how many of its products are listed there.</summary>
public sealed record ZoneShortfall(long ZoneId, string Code, string NameZh, string NameEn, int Listed, int Required)
{
    public bool Met => Listed >= Required;
}

/// <summary>
/// FAIR-7 for one enterprise in the current session: whether it is an offline exhibitor, the deadline, what is
/// missing (required enterprise fields, listed products zone by zone) and whether badge applications are blocked.
/// </summary>
public sealed record BadgeGateView(
    bool Offline, DateOnly DeadlineOn, DateTimeOffset BlockedFrom, bool DeadlinePassed, int RequiredPerZone, bool Blocked,
    IReadOnlyList<string> MissingFields, IReadOnlyList<ZoneShortfall> Zones);

/// <summary>For the badge module: may this enterprise apply for exhibitor badges now (FAIR-7)?</summary>
public interface IBadgeGate
{
    /// <summary>The computed state (null without a session); never cached, so it lifts as soon as the rule is met.</summary>
    Task<BadgeGateView?> CheckAsync(long enterpriseId, CancellationToken ct);

    /// <summary>Null when badge applications are allowed, otherwise the typed refusal <c>badges_blocked</c>.</summary>
    Task<Error?> CanApplyAsync(long enterpriseId, CancellationToken ct);
}

internal sealed class BadgeGate(FairHallDbContext db, TimeProvider clock) : IBadgeGate
{
    private static readonly char[] ZoneSeparators = ['|', ';', '；', ',', '，', '、', ' ', '/'];

    public async Task<Error?> CanApplyAsync(long enterpriseId, CancellationToken ct) =>
        await CheckAsync(enterpriseId, ct) is { Blocked: true } ? Error.Rule("badges_blocked") : null;

    public async Task<BadgeGateView?> CheckAsync(long enterpriseId, CancellationToken ct)
    {
        var session = await Sessions.CurrentAsync(db, clock, ct);
        if (session is null)
        {
            return null;
        }

        var enterprise = await db.Set<Enterprise>().AsNoTracking().FirstAsync(e => e.Id == enterpriseId, ct);
        var blockedFrom = session.EndOf(session.OfflineDeadlineOn);
        var passed = clock.GetUtcNow() >= blockedFrom;
        var offline = await db.Set<EligibilityRecord>().AsNoTracking()
            .AnyAsync(r => r.EnterpriseId == enterpriseId && r.SessionId == session.Id && r.Kind == EligibilityKind.OfflineExhibitor && r.IsEligible, ct);
        var showcase = await db.Set<EnterpriseShowcase>().AsNoTracking().FirstOrDefaultAsync(s => s.EnterpriseId == enterpriseId, ct);
        var missing = showcase?.Missing() ?? EnterpriseShowcase.RequiredFields;
        List<ZoneShortfall> zones = [];
        if (offline)
        {
            var zoneIds = await OfflineZonesAsync(enterprise, session, ct);
            var listed = await db.Set<Product>().AsNoTracking()
                .Where(p => p.EnterpriseId == enterpriseId && p.SessionId == session.Id && p.Status == ProductStatus.Listed && zoneIds.Contains(p.ZoneId))
                .GroupBy(p => p.ZoneId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
            var found = await db.Set<Zone>().AsNoTracking().Where(z => zoneIds.Contains(z.Id)).OrderBy(z => z.SortOrder).ToListAsync(ct);
            zones = [.. found.Select(z => new ZoneShortfall(z.Id, z.Code, z.NameZh, z.NameEn, listed.GetValueOrDefault(z.Id), session.OfflineMinimumListed))];
        }

        var blocked = offline && passed && (missing.Count > 0 || zones.Any(z => !z.Met));
        return new BadgeGateView(offline, session.OfflineDeadlineOn, blockedFrom, passed, session.OfflineMinimumListed, blocked, missing, zones);
    }

    /// <summary>
    /// The offline zones come from the session's offline exhibitor list (its 展区 column: zone codes), matched by the
    /// enterprise's name or as a confirmed affiliate; when the list names none, the qualification's zones count.
    /// </summary>
    private async Task<List<long>> OfflineZonesAsync(Enterprise enterprise, Session session, CancellationToken ct)
    {
        var name = EligibilityRules.NormalizeName(enterprise.NameZh);
        var rows = await db.Set<OfflineExhibitor>().AsNoTracking()
            .Where(o => o.SessionId == session.Id && (o.EnterpriseName == enterprise.NameZh || o.EnterpriseName == name || o.Affiliates.Contains(name)))
            .ToListAsync(ct);
        var codes = rows
            .Where(r => EligibilityRules.NormalizeName(r.EnterpriseName) == name
                || r.Affiliates.Split('|', StringSplitOptions.TrimEntries).Any(a => EligibilityRules.NormalizeName(a) == name))
            .SelectMany(r => r.Zones.Split(ZoneSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct().ToList();
        var ids = codes.Count == 0 ? [] : await db.Set<Zone>().AsNoTracking().Where(z => z.SessionId == session.Id && codes.Contains(z.Code)).Select(z => z.Id).ToListAsync(ct);
        if (ids.Count > 0)
        {
            return ids;
        }

        var qualification = await db.Set<Qualification>().AsNoTracking().FirstOrDefaultAsync(q => q.EnterpriseId == enterprise.Id && q.SessionId == session.Id, ct);
        return qualification?.ZoneIds ?? [];
    }
}

/// <summary>GET /api/v1/enterprise/badge-gate — what the exhibitor still has to do before badges (FAIR-7).</summary>
internal static class GetBadgeGate
{
    internal sealed class Handler(IBadgeGate gate, ICurrentActor me)
    {
        public async Task<Result<BadgeGateView>> HandleAsync(CancellationToken ct)
        {
            if (me.EnterpriseId is not { } enterpriseId)
            {
                return Error.Forbidden();
            }

            return await gate.CheckAsync(enterpriseId, ct) is { } view ? view : Error.Rule("no_session");
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/enterprise/badge-gate", async (Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Exhibitor).WithTags("Showcase").WithSummary("FAIR-7: whether badge applications are blocked and what is missing, zone by zone.");
}

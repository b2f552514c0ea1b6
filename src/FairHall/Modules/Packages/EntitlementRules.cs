namespace FairHall.Modules.Packages;

/// <summary>The quota keys of PKG-2, in display order.</summary>
public static class QuotaKeys
{
    public const string Products = "products";
    public const string Templates = "templates";
    public const string Videos = "videos";
    public const string LiveRooms = "liveRooms";
    public const string Accounts = "accounts";
    public const string TargetedResponses = "targetedResponses";
    public const string PublicResponses = "publicResponses";

    public static readonly string[] All = [Products, Templates, Videos, LiveRooms, Accounts, TargetedResponses, PublicResponses];
}

/// <summary>Where a service comes from.</summary>
public enum ServiceSource
{
    /// <summary>赠送基础信息服务 (FAIR-3 kinds a/b).</summary>
    Gifted,

    /// <summary>脱贫地区免收A套餐费用 (FAIR-5).</summary>
    PovertyArea,

    /// <summary>购买.</summary>
    Bought,
}

/// <summary>A paid grant as the rules see it.</summary>
public sealed record BoughtService(GrantItem Item, DateTimeOffset PaidAt);

/// <summary>Everything the entitlement of one enterprise in one session depends on; <see cref="EntitlementRules"/> is pure.</summary>
public sealed record EntitlementInput(
    SessionCalendar Calendar,
    IReadOnlyDictionary<PackageTier, (TierQuotas Quotas, TierFlags Flags)> Tiers,
    IReadOnlyDictionary<AddOnKind, int> AddOnAmounts,
    bool BasicGifted,
    bool QualificationEnabled,
    DateTimeOffset? ApprovedAt,
    bool PovertyApproved,
    IReadOnlyList<BoughtService> Bought,
    int ZoneCount,
    IReadOnlyDictionary<string, int> Used,
    DateTimeOffset Now);

/// <summary>One opened (or waiting) service with its windows.</summary>
public sealed record ServiceLine(ServiceSource Source, PackageTier? Tier, AddOnKind? AddOn, int Quantity, bool AwaitingApproval, ServiceWindowSet Windows);

/// <summary>A quota: <see cref="Limit"/> null is unlimited.</summary>
public sealed record QuotaLine(string Key, int? Limit, int Used, int? Remaining);

public sealed record Entitlement(
    PackageTier? Tier, IReadOnlyList<ServiceLine> Services, IReadOnlyList<QuotaLine> Quotas, TierFlags Flags,
    Window Meetings, Window LiveRooms, Window Others, bool MeetingsNow, bool LiveRoomsNow)
{
    public QuotaLine Quota(string key) => Quotas.First(q => q.Key == key);
}

/// <summary>
/// "What may this enterprise use now in this session" (PKG-2/3/5, FAIR-5): gifted Basic, free A for approved
/// poverty-area enterprises, bought tiers (effective on payment, or on approval for enterprises that must
/// be qualified first) and stacked add-ons (counted only while an A/B/C tier is in effect).
/// </summary>
public static class EntitlementRules
{
    public static readonly TierFlags NoFlags = new(false, false, false, false, false, false, false, false, false, DataReport.None);

    public static Entitlement Compute(EntitlementInput x)
    {
        var lines = new List<ServiceLine>();
        if (x.BasicGifted)
        {
            lines.Add(new(ServiceSource.Gifted, PackageTier.Basic, null, 1, false, ServiceWindows.Gifted(x.Calendar)));
        }

        if (x.PovertyApproved && x.ApprovedAt is { } approved)
        {
            lines.Add(new(ServiceSource.PovertyArea, PackageTier.A, null, 1, false, ServiceWindows.For(x.Calendar, approved)));
        }

        foreach (var b in x.Bought.OrderBy(b => b.PaidAt))
        {
            // Seed 000 §二(二)2: bought packages of enterprises that need a qualification take effect on its approval.
            var waiting = !x.BasicGifted && !x.QualificationEnabled;
            var at = !x.BasicGifted && x.ApprovedAt is { } a && a > b.PaidAt ? a : b.PaidAt;
            lines.Add(new(ServiceSource.Bought, b.Item.Tier, b.Item.AddOn, b.Item.Quantity, waiting,
                waiting ? new(Window.None, Window.None, Window.None) : ServiceWindows.For(x.Calendar, at)));
        }

        var active = lines.Where(l => !l.AwaitingApproval && l.Windows.Others.Contains(x.Now)).ToList();
        PackageTier? tier = active.Where(l => l.Tier is not null).Select(l => l.Tier).Max();
        var quotas = Quotas(x, tier, active);
        var flags = tier is { } t && x.Tiers.TryGetValue(t, out var offer) ? offer.Flags : NoFlags;

        var meetingLines = lines.Where(l => l.Tier is { } lt && x.Tiers.TryGetValue(lt, out var o) && o.Flags.Meetings).Select(l => l.Windows.Meetings);
        var liveLines = lines.Where(l => l.AddOn == AddOnKind.LiveRooms || (l.Tier is { } lt && x.Tiers.TryGetValue(lt, out var o) && o.Quotas.LiveRooms > 0))
            .Select(l => l.Windows.LiveRooms);
        var meetings = Union(meetingLines);
        var live = Union(liveLines);
        return new Entitlement(
            tier, lines, quotas, flags, meetings, live, Union(lines.Select(l => l.Windows.Others)),
            flags.Meetings && lines.Any(l => l.Windows.Meetings.Contains(x.Now)),
            quotas.First(q => q.Key == QuotaKeys.LiveRooms).Limit > 0 && lines.Any(l => l.Windows.LiveRooms.Contains(x.Now)));
    }

    private static List<QuotaLine> Quotas(EntitlementInput x, PackageTier? tier, List<ServiceLine> active)
    {
        var q = tier is { } t && x.Tiers.TryGetValue(t, out var offer) ? offer.Quotas : null;
        var packs = tier is > PackageTier.Basic
            ? active.Where(l => l.AddOn is not null).GroupBy(l => l.AddOn!.Value)
                .ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity) * x.AddOnAmounts.GetValueOrDefault(g.Key))
            : [];
        int? Limit(string key) => key switch
        {
            QuotaKeys.Products => q is null ? 0 : (q.ProductsPerZone ? q.Products * Math.Max(1, x.ZoneCount) : q.Products) + packs.GetValueOrDefault(AddOnKind.Products),
            QuotaKeys.Templates => q?.Templates ?? 0,
            QuotaKeys.Videos => q?.Videos ?? 0,
            QuotaKeys.LiveRooms => (q?.LiveRooms ?? 0) + packs.GetValueOrDefault(AddOnKind.LiveRooms),
            // Without any package the admin and one sub-account still work (the Basic count, ADR 0010).
            QuotaKeys.Accounts => (q?.Accounts ?? x.Tiers.GetValueOrDefault(PackageTier.Basic).Quotas?.Accounts ?? 2) + packs.GetValueOrDefault(AddOnKind.Accounts),
            QuotaKeys.TargetedResponses => q is null ? 0 : q.TargetedResponses,
            QuotaKeys.PublicResponses => q?.PublicResponses ?? 0,
            _ => 0,
        };

        return [.. QuotaKeys.All.Select(k =>
        {
            var limit = Limit(k);
            var used = x.Used.GetValueOrDefault(k);
            return new QuotaLine(k, limit, used, limit is { } l ? Math.Max(0, l - used) : null);
        })];
    }

    private static Window Union(IEnumerable<Window> windows)
    {
        var open = windows.Where(w => !w.IsEmpty).ToList();
        return open.Count == 0 ? Window.None : new Window(open.Min(w => w.From), open.Max(w => w.Until));
    }
}

using System.Globalization;
using FairHall.Platform.Data;

namespace FairHall.Modules.Fairs;

/// <summary>What the accounts demo data needs from the fairs demo data.</summary>
public sealed record FairsDemoResult(long SessionId, long? DelegationId, long? AssociationId, long? InstitutionId);

/// <summary>
/// The demo fair modelled on the Canton Fair: the 136th session with its real 2024 calendar and the current
/// 140th (2026, same pattern), ~55 zones each, delegations, associations and institutions. Three saves only,
/// because parents' generated ids are needed before their children.
/// </summary>
internal static class FairsDemoData
{
    private static readonly (string Code, string Zh, string En)[] AssociationRows =
    [
        ("CCCME", "中国机电产品进出口商会", "China Chamber of Commerce for Import and Export of Machinery and Electronic Products"),
        ("CCCLA", "中国轻工工艺品进出口商会", "China Chamber of Commerce for Import and Export of Light Industrial Products and Arts-Crafts"),
        ("CCCT", "中国纺织品进出口商会", "China Chamber of Commerce for Import and Export of Textiles"),
        ("CMC", "中国五矿化工进出口商会", "China Chamber of Commerce of Metals, Minerals and Chemicals Importers and Exporters"),
        ("CFNA", "中国食品土畜进出口商会", "China Chamber of Commerce for Import and Export of Foodstuffs, Native Produce and Animal By-products"),
        ("CCCMHPIE", "中国医药保健品进出口商会", "China Chamber of Commerce for Import and Export of Medicines and Health Products"),
    ];

    private static readonly (string Code, string Zh, string En)[] InstitutionRows =
    [
        ("CCPIT", "中国国际贸易促进委员会", "China Council for the Promotion of International Trade"),
        ("CFTC", "中国对外贸易中心", "China Foreign Trade Centre"),
        ("CCOIC", "中国国际商会", "China Chamber of International Commerce"),
    ];

    private static readonly (string Code, string Zh, string En, string Region, string? Parent)[] DelegationRows =
    [
        ("GZ", "广州交易团", "Guangzhou Delegation", "广东省广州市", null),
        ("SZ", "深圳交易团", "Shenzhen Delegation", "广东省深圳市", null),
        ("GD", "广东交易团", "Guangdong Delegation", "广东省", null),
        ("ZJ", "浙江交易团", "Zhejiang Delegation", "浙江省", null),
        ("NB", "宁波交易团", "Ningbo Delegation", "浙江省宁波市", null),
        ("JS", "江苏交易团", "Jiangsu Delegation", "江苏省", null),
        ("SD", "山东交易团", "Shandong Delegation", "山东省", null),
        ("FJ", "福建交易团", "Fujian Delegation", "福建省", null),
        ("SH", "上海交易团", "Shanghai Delegation", "上海市", null),
        ("BJ", "北京交易团", "Beijing Delegation", "北京市", null),
        ("GD-FS", "佛山分团", "Foshan Sub-delegation", "广东省佛山市", "GD"),
        ("GD-DG", "东莞分团", "Dongguan Sub-delegation", "广东省东莞市", "GD"),
        ("ZJ-HZ", "杭州分团", "Hangzhou Sub-delegation", "浙江省杭州市", "ZJ"),
        ("ZJ-YW", "义乌分团", "Yiwu Sub-delegation", "浙江省义乌市", "ZJ"),
    ];

    public static async Task<FairsDemoResult> SeedAsync(FairHallDbContext db, TimeProvider clock, CancellationToken ct)
    {
        _ = clock; // the demo calendar is fixed data (FAIR-1: dates are data), not relative to today
        var fair = new Fair("CANTON", "中国进出口商品交易会", "China Import and Export Fair (Canton Fair)", Fair.DefaultTimeZone);
        db.Add(fair);
        await db.SaveChangesAsync(ct);

        var associations = AssociationRows.Select(a => new Association(fair.Id, a.Code, a.Zh, a.En)).ToList();
        var institutions = InstitutionRows.Select(i => new Institution(fair.Id, i.Code, i.Zh, i.En)).ToList();
        var topLevel = DelegationRows.Where(d => d.Parent is null)
            .ToDictionary(d => d.Code, d => new Delegation(fair.Id, null, d.Code, d.Zh, d.En, d.Region));
        var s136 = new Session(fair, 136, "第136届中国进出口商品交易会", "The 136th China Import and Export Fair", Calendar(2024), Phases(2024));
        var s140 = new Session(fair, 140, "第140届中国进出口商品交易会", "The 140th China Import and Export Fair", Calendar(2026), Phases(2026));
        db.AddRange(associations);
        db.AddRange(institutions);
        db.AddRange(topLevel.Values);
        db.AddRange(s136, s140);
        await db.SaveChangesAsync(ct);

        db.AddRange(DelegationRows.Where(d => d.Parent is not null)
            .Select(d => new Delegation(fair.Id, topLevel[d.Parent!].Id, d.Code, d.Zh, d.En, d.Region)));
        var associationIds = associations.ToDictionary(a => a.Code, a => a.Id);
        foreach (var session in new[] { s136, s140 })
        {
            db.AddRange(Zones(session.Id, associationIds));
        }

        await db.SaveChangesAsync(ct);
        return new FairsDemoResult(s140.Id, topLevel["GZ"].Id, associationIds["CCCLA"], institutions[0].Id);
    }

    private static IEnumerable<Zone> Zones(long sessionId, Dictionary<string, long> associationIds)
    {
        var perPhase = new Dictionary<int, int>();
        for (var i = 0; i < FairsDemoZones.Zones.Length; i++)
        {
            var row = FairsDemoZones.Zones[i];
            perPhase[row.Phase] = perPhase.GetValueOrDefault(row.Phase) + 1;
            var code = string.Create(CultureInfo.InvariantCulture, $"P{row.Phase}-{perPhase[row.Phase]:00}");
            var zone = new Zone(sessionId, code, row.NameZh, row.NameEn, row.Phase, (i + 1) * 10, row.Associations.Select(a => associationIds[a]));
            if (row.Tags.Length > 0)
            {
                zone.DefineTags(FairsDemoZones.TagSets[row.Tags]);
            }

            yield return zone;
        }
    }

    /// <summary>The 136th session's calendar (2024), shifted by whole years for later sessions.</summary>
    private static SessionDates Calendar(int year) => new(
        ApplicationOpensOn: new DateOnly(year, 8, 15),
        UploadOpensOn: new DateOnly(year, 9, 16),
        QuotaSweepOn: new DateOnly(year, 9, 30),
        RoutingLockOn: new DateOnly(year, 10, 9),
        OfflineDeadlineOn: new DateOnly(year, 10, 12),
        OnlineServiceEndsOn: new DateOnly(year + 1, 3, 15));

    private static PhaseDates[] Phases(int year) =>
    [
        new(new DateOnly(year, 10, 15), new DateOnly(year, 10, 19)),
        new(new DateOnly(year, 10, 23), new DateOnly(year, 10, 27)),
        new(new DateOnly(year, 10, 31), new DateOnly(year, 11, 4)),
    ];
}

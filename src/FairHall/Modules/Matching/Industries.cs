namespace FairHall.Modules.Matching;

/// <summary>One industry a buyer may belong to (所属行业).</summary>
public sealed record Industry(string Code, string Zh, string En);

/// <summary>
/// The fixed bilingual industry list (BUY-3). Seed 003 (企业用户注册 → 所属行业, 智能匹配) lists the service-trade sectors
/// of CIFTIS; the eight sub-venue names are spelled exactly as exhibitors register them (CiftisRegistration.Industry,
/// see BoothAreas), so that a buyer's industry matches exhibitors of the same industry. Goods trade and wholesale
/// cover the Canton-style zones. Codes are stable; names may be reworded.
/// </summary>
public static class Industries
{
    public static readonly Industry[] All =
    [
        new("transport", "运输", "Transport"),
        new("travel", "旅行", "Travel"),
        new("construction", "建筑", "Construction"),
        new("insurance", "保险服务", "Insurance services"),
        new("finance", "金融服务", "Financial services"),
        new("ict", "电信、计算机和信息服务", "Telecommunications, computer and information services"),
        new("ip", "知识产权使用费", "Charges for the use of intellectual property"),
        new("personal", "个人、文化和娱乐服务", "Personal, cultural and recreational services"),
        new("culture", "文化服务", "Cultural services"),
        new("tourism", "旅游服务", "Tourism services"),
        new("education", "教育服务", "Education services"),
        new("sports", "体育服务", "Sports services"),
        new("winter", "冬季运动", "Winter sports"),
        new("robots", "服务机器人", "Service robots"),
        new("5g", "5G通信服务", "5G communication services"),
        new("maintenance", "维护和维修服务", "Maintenance and repair services"),
        new("processing", "加工服务", "Manufacturing services on inputs owned by others"),
        new("business", "其他商业服务", "Other business services"),
        new("goods", "货物贸易（进出口）", "Goods trade (import and export)"),
        new("retail", "批发零售", "Wholesale and retail"),
    ];

    public static Industry? Find(string? code) => code is null ? null : All.FirstOrDefault(i => i.Code == code);
}

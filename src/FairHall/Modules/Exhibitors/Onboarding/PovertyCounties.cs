namespace FairHall.Modules.Exhibitors.Onboarding;

/// <summary>A county of the former national poverty-alleviation list (脱贫县), by its administrative division code.</summary>
public sealed record County(string Code, string ProvinceZh, string NameZh, string NameEn)
{
    public string LabelZh => $"{ProvinceZh} {NameZh}";
}

/// <summary>
/// The counties an enterprise may choose when it declares itself a poverty-area enterprise (FAIR-5). A seed
/// subset of the 832 counties that left the national list in 2020; the full list is data to load, not code.
/// </summary>
public static class PovertyCounties
{
    public static readonly IReadOnlyList<County> All =
    [
        new("130624", "河北省", "阜平县", "Fuping County, Hebei"),
        new("140929", "山西省", "岢岚县", "Kelan County, Shanxi"),
        new("341524", "安徽省", "金寨县", "Jinzhai County, Anhui"),
        new("360881", "江西省", "井冈山市", "Jinggangshan, Jiangxi"),
        new("410225", "河南省", "兰考县", "Lankao County, Henan"),
        new("433124", "湖南省", "花垣县", "Huayuan County, Hunan"),
        new("451031", "广西壮族自治区", "隆林各族自治县", "Longlin Autonomous County, Guangxi"),
        new("513429", "四川省", "布拖县", "Butuo County, Sichuan"),
        new("520526", "贵州省", "威宁彝族回族苗族自治县", "Weining Autonomous County, Guizhou"),
        new("530627", "云南省", "镇雄县", "Zhenxiong County, Yunnan"),
        new("622926", "甘肃省", "东乡族自治县", "Dongxiang Autonomous County, Gansu"),
        new("640422", "宁夏回族自治区", "西吉县", "Xiji County, Ningxia"),
        new("653121", "新疆维吾尔自治区", "疏附县", "Shufu County, Xinjiang"),
    ];

    public static County? Find(string? code) => All.FirstOrDefault(c => c.Code == code);
}

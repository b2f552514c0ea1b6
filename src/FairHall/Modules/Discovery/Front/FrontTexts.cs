using FairHall.Platform.Localization;

namespace FairHall.Modules.Discovery.Front;

internal sealed class FrontTexts : ITextSource
{
    public IEnumerable<Text> Texts =>
    [
        new("Front.SearchPlaceholder", "搜索展品、展商、展台，如 水杯、LED灯、cup", "Search products, exhibitors, booths, e.g. 水杯, LED lamp, cup"),
        new("Front.Register", "免费注册", "Register free"),
        new("Front.Zones", "展区", "Zones"),
        new("Front.ZoneCount", "{0} 件展品", "{0} products"),
        new("Front.NewProducts", "最新上架", "Newly listed"),
        new("Front.Exhibitors", "参展企业", "Exhibitors"),
        new("Front.MoreProducts", "更多展品", "More products"),
        new("Front.NoProducts", "暂无上架展品。", "No products listed yet."),
        new("Front.Shortcuts", "我的快捷入口", "My shortcuts"),
        new("Front.Zone.Products", "本展区展品", "Products of this zone"),
        new("Front.Zone.Exhibitors", "本展区参展企业", "Exhibitors of this zone"),
        new("Front.Zone.Filter", "筛选", "Filter"),
        new("Front.Zone.AllCategories", "全部类别", "All categories"),
        new("Front.Zone.Tags", "参数标签", "Parameter tags"),
        new("Front.Zone.Any", "不限", "Any"),
        new("Front.Zone.Search", "在本展区搜索", "Search this zone"),
        new("Front.Zone.Lead", "第{0}期线下展 · {1} 件上架展品", "Offline phase {0} · {1} listed products"),
        new("Front.Zone.NoExhibitors", "暂无可展示的参展企业。", "No exhibitors to show yet."),
        new("Front.Visit", "进入展台", "Visit"),
    ];
}

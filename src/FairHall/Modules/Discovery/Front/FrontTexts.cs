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
        new("Front.Booth.Title", "展台", "Booth"),
        new("Front.Booth.Intro", "展台简介", "About the booth"),
        new("Front.Booth.MainBusiness", "展台主营", "Main business"),
        new("Front.Booth.Tags", "展台标签", "Booth tags"),
        new("Front.Booth.Categories", "展品分类", "Product categories"),
        new("Front.Booth.Contact", "联系方式", "Contact"),
        new("Front.Booth.Region", "地区", "Region"),
        new("Front.Booth.Offline", "线下展位", "Offline booth"),
        new("Front.Booth.Area", "所属展区", "Exhibition area"),
        new("Front.Booth.Hall3d", "进入3D展厅", "Enter the 3D hall"),
        new("Front.Booth.SmartService", "智能客服", "Smart customer service"),
        new("Front.Booth.Website", "官网", "Website"),
        new("Front.Booth.Products", "展台展品", "Booth products"),
        new("Front.Booth.Videos", "展台视频", "Videos"),
        new("Front.Booth.Showcase", "企业展示中心", "Exhibitor showcase"),
        new("Front.Booth.Visit", "进入展台", "Visit the booth"),
    ];
}

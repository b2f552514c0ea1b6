using FairHall.Platform.Localization;

namespace FairHall.Modules.Discovery;

internal sealed class DiscoveryTexts : ITextSource
{
    public IEnumerable<Text> Texts =>
    [
        new("Nav.Search", "搜索", "Search"),
        new("Search.Title", "搜索展品、展商、展台", "Search products, exhibitors and booths"),
        new("Search.Placeholder", "输入展品、品牌或企业名称，如 水杯、LED灯、cup", "Product, brand or exhibitor, e.g. 水杯, LED lamp, cup"),
        new("Search.Submit", "搜索", "Search"),
        new("Search.AllZones", "全部展区", "All zones"),
        new("Search.AllCategories", "全部类别", "All categories"),
        new("Search.AllOrigins", "全部产地", "All regions"),
        new("Search.Zone", "展区", "Zone"),
        new("Search.Category", "类别", "Category"),
        new("Search.Origin", "产地", "Region"),
        new("Search.HasPrice", "有报价", "With price"),
        new("Search.IsNew", "新品", "New products"),
        new("Search.Sort", "排序", "Sort"),
        new("Search.Sort.Relevance", "相关度", "Relevance"),
        new("Search.Sort.Newest", "最新上架", "Newest"),
        new("Search.Sort.Popularity", "人气", "Popularity"),
        new("Search.Count", "共 {0} 件展品", "{0} products"),
        new("Search.CountCapped", "超过 {0} 件展品", "{0}+ products"),
        new("Search.None", "没有找到相关展品，请换个关键词或减少筛选条件。", "No products found. Try other words or fewer filters."),
        new("Search.NoQuote", "暂无报价", "No quote"),
        new("Search.New", "新品", "New"),
        new("Search.Next", "下一页", "Next page"),
        new("Search.First", "回到第一页", "First page"),
        new("Search.Exhibitor", "展商", "Exhibitor"),
        new("Search.Tab.Products", "展品", "Products"),
        new("Search.Tab.Exhibitors", "展商", "Exhibitors"),
        new("Search.Tab.Booths", "展台", "Booths"),
        new("Search.NoneOther", "没有找到相关结果，请换个关键词。", "Nothing found. Try other words."),
    ];
}

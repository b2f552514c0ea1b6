using FairHall.Platform.Localization;

namespace FairHall.Modules.Discovery.ProductPage;

internal sealed class ProductPageTexts : ITextSource
{
    public IEnumerable<Text> Texts =>
    [
        new("Product.Breadcrumb.Search", "展品搜索", "Product search"),
        new("Product.NoImage", "暂无图片", "No image"),
        new("Product.New", "新品", "New"),
        new("Product.Brand", "品牌", "Brand"),
        new("Product.Origin", "产品地区", "Origin"),
        new("Product.Zone", "展区", "Zone"),
        new("Product.Category", "类别", "Category"),
        new("Product.Model", "型号", "Model"),
        new("Product.Code", "展品编码", "Product code"),
        new("Product.MinimumOrder", "起订量", "Minimum order"),
        new("Product.Wholesale", "批发价", "Wholesale price"),
        new("Product.Exhibitor", "所在展台", "Exhibitor"),
        new("Product.EnterShowcase", "进入展台", "Visit the showcase"),
        new("Product.Description", "展品介绍", "Description"),
        new("Product.Similar", "同类展品", "Similar products"),
    ];
}

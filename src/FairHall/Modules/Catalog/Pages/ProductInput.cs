using System.Globalization;

namespace FairHall.Modules.Catalog.Pages;

/// <summary>The editor's form fields; prices are typed in yuan and kept in fen.</summary>
internal sealed class ProductInput
{
    public long? ZoneId { get; set; }
    public string? NameZh { get; set; }
    public string? NameEn { get; set; }
    public string? DescriptionZh { get; set; }
    public string? DescriptionEn { get; set; }
    public string? Category { get; set; }
    public string? Brand { get; set; }
    public string? Origin { get; set; }
    public string? Model { get; set; }
    public string? MarketPriceYuan { get; set; }
    public string? WholesalePriceYuan { get; set; }
    public string? MinimumOrder { get; set; }
    public bool IsNew { get; set; }
    public bool Submit { get; set; }
    public long? Version { get; set; }

    public static ProductInput Of(ProductView p) => new()
    {
        ZoneId = p.ZoneId,
        NameZh = p.NameZh,
        NameEn = p.NameEn,
        DescriptionZh = p.DescriptionZh,
        DescriptionEn = p.DescriptionEn,
        Category = p.Category,
        Brand = p.Brand,
        Origin = p.Origin,
        Model = p.Model,
        MarketPriceYuan = Yuan(p.MarketPriceFen),
        WholesalePriceYuan = Yuan(p.WholesalePriceFen),
        MinimumOrder = p.MinimumOrder,
        IsNew = p.IsNew,
        Version = p.Version,
    };

    public bool TryToForm(out ProductForm form, out string priceField)
    {
        form = default!;
        priceField = "";
        if (!TryFen(MarketPriceYuan, out var market))
        {
            priceField = "MarketPriceFen";
            return false;
        }

        if (!TryFen(WholesalePriceYuan, out var wholesale))
        {
            priceField = "WholesalePriceFen";
            return false;
        }

        form = new ProductForm(ZoneId, NameZh, NameEn, DescriptionZh, DescriptionEn, Category, Brand, Origin, Model, market, wholesale, MinimumOrder, IsNew, Version);
        return true;
    }

    private static string? Yuan(long? fen) => fen is { } f ? (f / 100m).ToString("0.00", CultureInfo.InvariantCulture) : null;

    private static bool TryFen(string? yuan, out long? fen)
    {
        fen = null;
        if (string.IsNullOrWhiteSpace(yuan))
        {
            return true;
        }

        if (!decimal.TryParse(yuan.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var y) || y < 0 || y > 1_000_000_000m)
        {
            return false;
        }

        fen = (long)Math.Round(y * 100m);
        return true;
    }
}

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
    public string? OwnCode { get; set; }

    /// <summary>CAT-4 answer: "yes", "no" or nothing yet.</summary>
    public string? ContainsMap { get; set; }

    public string? MapApprovalNo { get; set; }
    public long? MapDocumentId { get; set; }

    /// <summary>Media ids in order (the first is the main image), as the picker posts them: one field per id.</summary>
    public List<long>? ImageIds { get; set; } = [];

    public List<long>? VideoIds { get; set; } = [];

    /// <summary>An ordering button of the image picker ("main:{id}", "up:{id}", "down:{id}"); not saved by itself.</summary>
    public string? ImageAction { get; set; }
    public string? RichDescriptionZh { get; set; }
    public string? RichDescriptionEn { get; set; }
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
        OwnCode = p.OwnCode,
        ContainsMap = p.ContainsMap switch { true => "yes", false => "no", null => null },
        MapApprovalNo = p.MapApprovalNo,
        MapDocumentId = p.MapDocumentId,
        ImageIds = [.. p.ImageIds],
        VideoIds = [.. p.VideoIds],
        RichDescriptionZh = p.RichDescriptionZh,
        RichDescriptionEn = p.RichDescriptionEn,
        Version = p.Version,
    };

    public bool TryToForm(IReadOnlyList<ProductTagInput> tags, out ProductForm form, out string priceField)
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

        var map = ContainsMap switch { "yes" => true, "no" => false, _ => (bool?)null };
        form = new ProductForm(ZoneId, NameZh, NameEn, DescriptionZh, DescriptionEn, Category, Brand, Origin, Model, market, wholesale, MinimumOrder, IsNew, Version,
            OwnCode, RichDescriptionZh, RichDescriptionEn, map, MapApprovalNo, MapDocumentId, ImageIds ?? [], VideoIds ?? [], tags);
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

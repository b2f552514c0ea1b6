using FairHall.Platform.Localization;
using FluentValidation;

namespace FairHall.Modules.Catalog;

/// <summary>
/// The product form of create and update (CAT-2/4/5/8); prices in fen, empty means 暂无报价 / "No quote". The
/// descriptions are the intro (展品介绍, ≤500 each); ContainsMap must be answered (CAT-4).
/// </summary>
public sealed record ProductForm(
    long? ZoneId, string? NameZh, string? NameEn, string? DescriptionZh, string? DescriptionEn, string? Category,
    string? Brand = null, string? Origin = null, string? Model = null, long? MarketPriceFen = null, long? WholesalePriceFen = null,
    string? MinimumOrder = null, bool IsNew = false, long? Version = null,
    string? OwnCode = null, string? RichDescriptionZh = null, string? RichDescriptionEn = null,
    bool? ContainsMap = null, string? MapApprovalNo = null, long? MapDocumentId = null,
    IReadOnlyList<long>? ImageIds = null, IReadOnlyList<long>? VideoIds = null, IReadOnlyList<ProductTagInput>? Tags = null)
{
    public const int MaxName = 100;
    public const int MaxIntro = 500;
    public const int MaxOwnCode = 30;
    public const int MaxBrand = 50;
    public const int MaxImages = 5;
    public const int MaxVideos = 2;
    public const int MaxRichText = 1500;

    public ProductDetails ToDetails() => new(
        ZoneId!.Value, NameZh!.Trim(), NameEn!.Trim(), DescriptionZh?.Trim() ?? "", DescriptionEn?.Trim() ?? "", Category!.Trim(),
        Blank(Brand), Blank(Origin), Blank(Model), MarketPriceFen, WholesalePriceFen, Blank(MinimumOrder), IsNew,
        Blank(OwnCode), RichDescriptionZh ?? "", RichDescriptionEn ?? "", ContainsMap, Blank(MapApprovalNo), MapDocumentId,
        [.. (ImageIds ?? []).Distinct()], [.. (VideoIds ?? []).Distinct()], Tags ?? []);

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

internal sealed class ProductFormValidator : AbstractValidator<ProductForm>
{
    public ProductFormValidator(TextCatalog texts)
    {
        RuleFor(x => x.ZoneId).NotNull().WithMessage(_ => texts.Get("Catalog.Field.Required"));
        RuleFor(x => x.NameZh).NotEmpty().WithMessage(_ => texts.Get("Catalog.Field.Required"))
            .MaximumLength(ProductForm.MaxName).WithMessage(_ => texts.Format("Catalog.Field.MaxLength", ProductForm.MaxName));
        RuleFor(x => x.NameEn).NotEmpty().WithMessage(_ => texts.Get("Catalog.Field.Required"))
            .MaximumLength(ProductForm.MaxName).WithMessage(_ => texts.Format("Catalog.Field.MaxLength", ProductForm.MaxName));
        RuleFor(x => x.Category).NotEmpty().WithMessage(_ => texts.Get("Catalog.Field.Required"))
            .MaximumLength(100).WithMessage(_ => texts.Format("Catalog.Field.MaxLength", 100));
        RuleFor(x => x.DescriptionZh).MaximumLength(ProductForm.MaxIntro).WithMessage(_ => texts.Format("Catalog.Field.MaxLength", ProductForm.MaxIntro));
        RuleFor(x => x.DescriptionEn).MaximumLength(ProductForm.MaxIntro).WithMessage(_ => texts.Format("Catalog.Field.MaxLength", ProductForm.MaxIntro));
        RuleFor(x => x.OwnCode).MaximumLength(ProductForm.MaxOwnCode).WithMessage(_ => texts.Format("Catalog.Field.MaxLength", ProductForm.MaxOwnCode));
        RuleFor(x => x.Brand).MaximumLength(ProductForm.MaxBrand).WithMessage(_ => texts.Format("Catalog.Field.MaxLength", ProductForm.MaxBrand));
        RuleFor(x => x.Origin).MaximumLength(100).WithMessage(_ => texts.Format("Catalog.Field.MaxLength", 100));
        RuleFor(x => x.Model).MaximumLength(100).WithMessage(_ => texts.Format("Catalog.Field.MaxLength", 100));
        RuleFor(x => x.MinimumOrder).MaximumLength(50).WithMessage(_ => texts.Format("Catalog.Field.MaxLength", 50));
        RuleFor(x => x.MarketPriceFen).GreaterThanOrEqualTo(0).WithMessage(_ => texts.Get("Catalog.Field.Price"));
        RuleFor(x => x.WholesalePriceFen).GreaterThanOrEqualTo(0).WithMessage(_ => texts.Get("Catalog.Field.Price"));

        // CAT-4: "contains a map?" must be answered; yes needs the approval number and the approval document.
        RuleFor(x => x.ContainsMap).NotNull().WithMessage(_ => texts.Get("Catalog.Field.MapAnswer"));
        When(x => x.ContainsMap == true, () =>
        {
            RuleFor(x => x.MapApprovalNo).NotEmpty().WithMessage(_ => texts.Get("Catalog.Field.MapApprovalNo"))
                .MaximumLength(50).WithMessage(_ => texts.Format("Catalog.Field.MaxLength", 50));
            RuleFor(x => x.MapDocumentId).NotNull().WithMessage(_ => texts.Get("Catalog.Field.MapDocument"));
        });

        // CAT-8: at most 5 images (the first is the main one) and 2 videos; at least one image is needed to submit.
        RuleFor(x => x.ImageIds).Must(i => i is null || i.Distinct().Count() <= ProductForm.MaxImages)
            .WithMessage(_ => texts.Format("Catalog.Field.TooManyImages", ProductForm.MaxImages));
        RuleFor(x => x.VideoIds).Must(v => v is null || v.Distinct().Count() <= ProductForm.MaxVideos)
            .WithMessage(_ => texts.Format("Catalog.Field.TooManyVideos", ProductForm.MaxVideos));
    }
}

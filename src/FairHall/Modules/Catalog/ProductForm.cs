using FairHall.Platform.Localization;
using FluentValidation;

namespace FairHall.Modules.Catalog;

/// <summary>The product form of create and update (CAT-2); prices in fen, empty means 暂无报价 / "No quote".</summary>
public sealed record ProductForm(
    long? ZoneId, string? NameZh, string? NameEn, string? DescriptionZh, string? DescriptionEn, string? Category,
    string? Brand = null, string? Origin = null, string? Model = null, long? MarketPriceFen = null, long? WholesalePriceFen = null,
    string? MinimumOrder = null, bool IsNew = false, long? Version = null)
{
    public ProductDetails ToDetails() => new(
        ZoneId!.Value, NameZh!.Trim(), NameEn!.Trim(), DescriptionZh?.Trim() ?? "", DescriptionEn?.Trim() ?? "", Category!.Trim(),
        Blank(Brand), Blank(Origin), Blank(Model), MarketPriceFen, WholesalePriceFen, Blank(MinimumOrder), IsNew);

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

internal sealed class ProductFormValidator : AbstractValidator<ProductForm>
{
    public ProductFormValidator(TextCatalog texts)
    {
        RuleFor(x => x.ZoneId).NotNull().WithMessage(_ => texts.Get("Catalog.Field.Required"));
        RuleFor(x => x.NameZh).NotEmpty().WithMessage(_ => texts.Get("Catalog.Field.Required"))
            .MaximumLength(200).WithMessage(_ => texts.Get("Catalog.Field.TooLong"));
        RuleFor(x => x.NameEn).NotEmpty().WithMessage(_ => texts.Get("Catalog.Field.Required"))
            .MaximumLength(300).WithMessage(_ => texts.Get("Catalog.Field.TooLong"));
        RuleFor(x => x.Category).NotEmpty().WithMessage(_ => texts.Get("Catalog.Field.Required"))
            .MaximumLength(100).WithMessage(_ => texts.Get("Catalog.Field.TooLong"));
        RuleFor(x => x.DescriptionZh).MaximumLength(10000).WithMessage(_ => texts.Get("Catalog.Field.TooLong"));
        RuleFor(x => x.DescriptionEn).MaximumLength(20000).WithMessage(_ => texts.Get("Catalog.Field.TooLong"));
        RuleFor(x => x.Brand).MaximumLength(100).WithMessage(_ => texts.Get("Catalog.Field.TooLong"));
        RuleFor(x => x.Origin).MaximumLength(100).WithMessage(_ => texts.Get("Catalog.Field.TooLong"));
        RuleFor(x => x.Model).MaximumLength(100).WithMessage(_ => texts.Get("Catalog.Field.TooLong"));
        RuleFor(x => x.MinimumOrder).MaximumLength(50).WithMessage(_ => texts.Get("Catalog.Field.TooLong"));
        RuleFor(x => x.MarketPriceFen).GreaterThanOrEqualTo(0).WithMessage(_ => texts.Get("Catalog.Field.Price"));
        RuleFor(x => x.WholesalePriceFen).GreaterThanOrEqualTo(0).WithMessage(_ => texts.Get("Catalog.Field.Price"));
    }
}

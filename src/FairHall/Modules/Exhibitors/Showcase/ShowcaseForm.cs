using FairHall.Platform.Localization;
using FluentValidation;

namespace FairHall.Modules.Exhibitors.Showcase;

/// <summary>
/// The enterprise info form (CAT-1/4). Required fields may be left empty (the info is then 资料未完善); what is
/// filled must respect the limits, and "contains a map? yes" needs the approval number and document.
/// </summary>
public sealed record ShowcaseForm(
    string? IntroZh = null, string? IntroEn = null, string? MainProductsZh = null, string? MainProductsEn = null, long? LogoMediaId = null,
    string? ContactName = null, string? ContactPhone = null, string? ContactEmail = null, string? AddressZh = null, string? AddressEn = null,
    bool? ContainsMap = null, string? MapApprovalNumber = null, long? MapDocumentMediaId = null,
    string? Website = null, int? FoundedYear = null, string? Employees = null, string? Fax = null, string? Postcode = null,
    IReadOnlyList<long>? ImageMediaIds = null, IReadOnlyList<long>? VideoMediaIds = null, long? Version = null)
{
    public ShowcaseDetails ToDetails() => new(
        IntroZh, IntroEn, MainProductsZh, MainProductsEn, LogoMediaId, ContactName, ContactPhone, ContactEmail, AddressZh, AddressEn,
        ContainsMap, MapApprovalNumber, MapDocumentMediaId, Website, FoundedYear, Employees, Fax, Postcode, ImageMediaIds ?? [], VideoMediaIds ?? []);
}

internal sealed class ShowcaseFormValidator : AbstractValidator<ShowcaseForm>
{
    public ShowcaseFormValidator(TextCatalog texts, TimeProvider clock)
    {
        string TooLong(int max) => string.Format(System.Globalization.CultureInfo.InvariantCulture, texts.Get("Showcase.Field.TooLong"), max);
        RuleFor(x => x.IntroZh).MaximumLength(ShowcaseLimits.IntroZh).WithMessage(_ => TooLong(ShowcaseLimits.IntroZh));
        RuleFor(x => x.IntroEn).MaximumLength(ShowcaseLimits.IntroEn).WithMessage(_ => TooLong(ShowcaseLimits.IntroEn));
        RuleFor(x => x.MainProductsZh).MaximumLength(ShowcaseLimits.MainProductsZh).WithMessage(_ => TooLong(ShowcaseLimits.MainProductsZh));
        RuleFor(x => x.MainProductsEn).MaximumLength(ShowcaseLimits.MainProductsEn).WithMessage(_ => TooLong(ShowcaseLimits.MainProductsEn));
        RuleFor(x => x.ContactName).MaximumLength(ShowcaseLimits.ContactName).WithMessage(_ => TooLong(ShowcaseLimits.ContactName));
        RuleFor(x => x.ContactPhone).MaximumLength(ShowcaseLimits.ContactPhone).WithMessage(_ => TooLong(ShowcaseLimits.ContactPhone))
            .Matches(@"^[0-9+\-() ]*$").WithMessage(_ => texts.Get("Showcase.Field.Phone"));
        RuleFor(x => x.Fax).MaximumLength(ShowcaseLimits.Fax).WithMessage(_ => TooLong(ShowcaseLimits.Fax))
            .Matches(@"^[0-9+\-() ]*$").WithMessage(_ => texts.Get("Showcase.Field.Phone"));
        RuleFor(x => x.ContactEmail).MaximumLength(ShowcaseLimits.ContactEmail).WithMessage(_ => TooLong(ShowcaseLimits.ContactEmail))
            .Must(e => string.IsNullOrWhiteSpace(e) || ShowcaseRules.IsEmail(e.Trim())).WithMessage(_ => texts.Get("Showcase.Field.Email"));
        RuleFor(x => x.AddressZh).MaximumLength(ShowcaseLimits.AddressZh).WithMessage(_ => TooLong(ShowcaseLimits.AddressZh));
        RuleFor(x => x.AddressEn).MaximumLength(ShowcaseLimits.AddressEn).WithMessage(_ => TooLong(ShowcaseLimits.AddressEn));
        RuleFor(x => x.Website).MaximumLength(ShowcaseLimits.Website).WithMessage(_ => TooLong(ShowcaseLimits.Website))
            .Must(u => string.IsNullOrWhiteSpace(u) || ShowcaseRules.IsWebUrl(u.Trim())).WithMessage(_ => texts.Get("Showcase.Field.Url"));
        RuleFor(x => x.Employees).MaximumLength(ShowcaseLimits.Employees).WithMessage(_ => TooLong(ShowcaseLimits.Employees));
        RuleFor(x => x.Postcode).MaximumLength(ShowcaseLimits.Postcode).WithMessage(_ => TooLong(ShowcaseLimits.Postcode));
        RuleFor(x => x.FoundedYear).InclusiveBetween(1800, clock.GetUtcNow().Year).When(x => x.FoundedYear is not null)
            .WithMessage(_ => texts.Get("Showcase.Field.Year"));
        RuleFor(x => x.MapApprovalNumber).MaximumLength(ShowcaseLimits.MapApprovalNumber).WithMessage(_ => TooLong(ShowcaseLimits.MapApprovalNumber));
        RuleFor(x => x.MapApprovalNumber).NotEmpty().When(x => x.ContainsMap == true).WithMessage(_ => texts.Get("Showcase.Field.MapNumberRequired"));
        RuleFor(x => x.MapDocumentMediaId).NotNull().When(x => x.ContainsMap == true).WithMessage(_ => texts.Get("Showcase.Field.MapDocumentRequired"));
        RuleFor(x => x.ImageMediaIds).Must(i => i is null || i.Distinct().Count() <= ShowcaseLimits.Images)
            .WithMessage(_ => string.Format(System.Globalization.CultureInfo.InvariantCulture, texts.Get("Showcase.Field.TooManyImages"), ShowcaseLimits.Images));
    }
}

/// <summary>Small format checks shared by the showcase and booth forms.</summary>
public static class ShowcaseRules
{
    public static bool IsWebUrl(string s) =>
        Uri.TryCreate(s, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps) && u.Host.Contains('.', StringComparison.Ordinal);

    public static bool IsEmail(string s)
    {
        var at = s.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == s.LastIndexOf('@') && s.IndexOf('.', at) > at + 1 && !s.EndsWith('.') && !s.Any(char.IsWhiteSpace);
    }

    /// <summary>#RRGGBB (CAT-9 banner colour).</summary>
    public static bool IsHexColour(string? s) =>
        s is { Length: 7 } && s[0] == '#' && s.Skip(1).All(char.IsAsciiHexDigit);
}

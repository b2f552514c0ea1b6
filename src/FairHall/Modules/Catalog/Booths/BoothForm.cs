using System.Globalization;
using FairHall.Modules.Exhibitors.Showcase;
using FairHall.Platform.Localization;
using FluentValidation;

namespace FairHall.Modules.Catalog.Booths;

/// <summary>The booth application form (CAT-7, seed 003 展台申请): every field and limit of the seed's table.</summary>
public sealed record BoothForm(
    string? Name = null, long? LogoMediaId = null, string? WebsiteUrl = null, string? Intro = null, string? MainBusiness = null,
    IReadOnlyList<long>? BannerMediaIds = null, IReadOnlyList<long>? VideoMediaIds = null, IReadOnlyList<string>? Tags = null,
    BoothArea? Area = null, string? OfflineBoothNumber = null, string? Hall3dUrl = null, IReadOnlyList<string>? Categories = null,
    string? ContactName = null, string? ContactPhone = null, string? ContactEmail = null, string? Fax = null,
    string? Country = null, string? Province = null, string? City = null, string? District = null, string? Address = null, string? Postcode = null,
    bool ShowContact = true, bool SmartServiceEnabled = false, string? SmartServiceUrl = null, long? Version = null)
{
    public BoothDetails ToDetails(BoothArea area) => new(
        Name!.Trim(), LogoMediaId!.Value, Blank(WebsiteUrl), Intro!.Trim(), MainBusiness!.Trim(), [.. (BannerMediaIds ?? []).Distinct()],
        [.. (VideoMediaIds ?? []).Distinct()], CleanTags(Tags), area, Blank(OfflineBoothNumber), Blank(Hall3dUrl),
        [.. (Categories ?? []).Select(c => c.Trim()).Where(c => c.Length > 0).Distinct()],
        ContactName!.Trim(), ContactPhone!.Trim(), ContactEmail!.Trim(), Blank(Fax), Country!.Trim(), Blank(Province), Blank(City), Blank(District),
        Address!.Trim(), Blank(Postcode), ShowContact, SmartServiceEnabled, SmartServiceEnabled ? Blank(SmartServiceUrl) : null);

    public static List<string> CleanTags(IReadOnlyList<string>? tags) =>
        [.. (tags ?? []).Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

internal sealed class BoothFormValidator : AbstractValidator<BoothForm>
{
    public BoothFormValidator(TextCatalog texts)
    {
        string Required() => texts.Get("Booth.Field.Required");
        string TooLong(int max) => string.Format(CultureInfo.InvariantCulture, texts.Get("Showcase.Field.TooLong"), max);
        RuleFor(x => x.Name).NotEmpty().WithMessage(_ => Required()).MaximumLength(BoothLimits.Name).WithMessage(_ => TooLong(BoothLimits.Name));
        RuleFor(x => x.LogoMediaId).NotNull().WithMessage(_ => Required());
        RuleFor(x => x.WebsiteUrl).MaximumLength(BoothLimits.WebsiteUrl).WithMessage(_ => TooLong(BoothLimits.WebsiteUrl))
            .Must(u => string.IsNullOrWhiteSpace(u) || ShowcaseRules.IsWebUrl(u.Trim())).WithMessage(_ => texts.Get("Showcase.Field.Url"));
        RuleFor(x => x.Intro).NotEmpty().WithMessage(_ => Required()).MaximumLength(BoothLimits.Intro).WithMessage(_ => TooLong(BoothLimits.Intro));
        RuleFor(x => x.MainBusiness).NotEmpty().WithMessage(_ => Required()).MaximumLength(BoothLimits.MainBusiness).WithMessage(_ => TooLong(BoothLimits.MainBusiness));
        RuleFor(x => x.BannerMediaIds).Must(b => b is { Count: > 0 } && b.Distinct().Count() <= BoothLimits.MaxBanners)
            .WithMessage(_ => string.Format(CultureInfo.InvariantCulture, texts.Get("Booth.Field.Banners"), BoothLimits.MaxBanners));
        RuleFor(x => x.VideoMediaIds).Must(v => v is null || v.Distinct().Count() <= BoothLimits.MaxVideos)
            .WithMessage(_ => string.Format(CultureInfo.InvariantCulture, texts.Get("Booth.Field.Videos"), BoothLimits.MaxVideos));
        RuleFor(x => x.Tags).Must(t => BoothForm.CleanTags(t).Count is > 0 and <= BoothLimits.MaxTags)
            .WithMessage(_ => string.Format(CultureInfo.InvariantCulture, texts.Get("Booth.Field.TagCount"), BoothLimits.MaxTags));
        RuleFor(x => x.Tags).Must(t => BoothForm.CleanTags(t).All(BoothRules.IsTag))
            .WithMessage(_ => string.Format(CultureInfo.InvariantCulture, texts.Get("Booth.Field.Tag"), BoothLimits.Tag));
        RuleFor(x => x.OfflineBoothNumber).MaximumLength(BoothLimits.OfflineBoothNumber).WithMessage(_ => TooLong(BoothLimits.OfflineBoothNumber));
        RuleFor(x => x.Hall3dUrl).MaximumLength(BoothLimits.Hall3dUrl).WithMessage(_ => TooLong(BoothLimits.Hall3dUrl))
            .Must(u => string.IsNullOrWhiteSpace(u) || ShowcaseRules.IsWebUrl(u.Trim())).WithMessage(_ => texts.Get("Showcase.Field.Url"));
        RuleForEach(x => x.Categories).MaximumLength(BoothLimits.Category).WithMessage(_ => TooLong(BoothLimits.Category));
        RuleFor(x => x.ContactName).NotEmpty().WithMessage(_ => Required()).MaximumLength(BoothLimits.ContactName).WithMessage(_ => TooLong(BoothLimits.ContactName));
        RuleFor(x => x.ContactPhone).NotEmpty().WithMessage(_ => Required()).MaximumLength(BoothLimits.ContactPhone).WithMessage(_ => TooLong(BoothLimits.ContactPhone))
            .Matches(@"^[0-9+\-() ]*$").WithMessage(_ => texts.Get("Showcase.Field.Phone"));
        RuleFor(x => x.ContactEmail).NotEmpty().WithMessage(_ => Required()).MaximumLength(BoothLimits.ContactEmail).WithMessage(_ => TooLong(BoothLimits.ContactEmail))
            .Must(e => string.IsNullOrWhiteSpace(e) || ShowcaseRules.IsEmail(e.Trim())).WithMessage(_ => texts.Get("Showcase.Field.Email"));
        RuleFor(x => x.Fax).MaximumLength(BoothLimits.Fax).WithMessage(_ => TooLong(BoothLimits.Fax))
            .Matches(@"^[0-9+\-() ]*$").WithMessage(_ => texts.Get("Showcase.Field.Phone"));
        RuleFor(x => x.Country).NotEmpty().WithMessage(_ => Required()).MaximumLength(BoothLimits.Region).WithMessage(_ => TooLong(BoothLimits.Region));
        RuleFor(x => x.Province).MaximumLength(BoothLimits.Region).WithMessage(_ => TooLong(BoothLimits.Region));
        RuleFor(x => x.City).MaximumLength(BoothLimits.Region).WithMessage(_ => TooLong(BoothLimits.Region));
        RuleFor(x => x.District).MaximumLength(BoothLimits.Region).WithMessage(_ => TooLong(BoothLimits.Region));
        RuleFor(x => x.Address).NotEmpty().WithMessage(_ => Required()).MaximumLength(BoothLimits.Address).WithMessage(_ => TooLong(BoothLimits.Address));
        RuleFor(x => x.Postcode).MaximumLength(BoothLimits.Postcode).WithMessage(_ => TooLong(BoothLimits.Postcode));
        RuleFor(x => x.SmartServiceUrl).NotEmpty().When(x => x.SmartServiceEnabled).WithMessage(_ => texts.Get("Booth.Field.SmartServiceUrl"))
            .MaximumLength(BoothLimits.SmartServiceUrl).WithMessage(_ => TooLong(BoothLimits.SmartServiceUrl))
            .Must(u => string.IsNullOrWhiteSpace(u) || ShowcaseRules.IsWebUrl(u.Trim())).WithMessage(_ => texts.Get("Showcase.Field.Url"));
    }
}

public static class BoothRules
{
    /// <summary>Seed 003: tags "只可输入中文或英文" — CJK ideographs and Latin letters (and spaces between words), ≤20 characters.</summary>
    public static bool IsTag(string tag) =>
        tag.Length <= BoothLimits.Tag && tag.Any(c => c != ' ')
        && tag.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or ' ' || c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF');
}

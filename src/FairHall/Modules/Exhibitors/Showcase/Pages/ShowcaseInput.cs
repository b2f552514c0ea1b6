using System.Globalization;

namespace FairHall.Modules.Exhibitors.Showcase.Pages;

/// <summary>The edit form's fields as posted (strings, checkbox lists), turned into a <see cref="ShowcaseForm"/>.</summary>
internal sealed class ShowcaseInput
{
    public string? IntroZh { get; set; }
    public string? IntroEn { get; set; }
    public string? MainProductsZh { get; set; }
    public string? MainProductsEn { get; set; }
    public long? LogoMediaId { get; set; }
    public string? ContactName { get; set; }
    public string? ContactPhone { get; set; }
    public string? ContactEmail { get; set; }
    public string? AddressZh { get; set; }
    public string? AddressEn { get; set; }

    /// <summary>"yes", "no" or empty (not answered).</summary>
    public string? ContainsMap { get; set; }

    public string? MapApprovalNumber { get; set; }
    public long? MapDocumentMediaId { get; set; }
    public string? Website { get; set; }
    public string? FoundedYear { get; set; }
    public string? Employees { get; set; }
    public string? Fax { get; set; }
    public string? Postcode { get; set; }
    public List<long>? ImageMediaIds { get; set; }
    public List<long>? VideoMediaIds { get; set; }
    public long? Version { get; set; }

    public static ShowcaseInput Of(ShowcaseView v) => new()
    {
        IntroZh = v.Details.IntroZh,
        IntroEn = v.Details.IntroEn,
        MainProductsZh = v.Details.MainProductsZh,
        MainProductsEn = v.Details.MainProductsEn,
        LogoMediaId = v.Details.LogoMediaId,
        ContactName = v.Details.ContactName,
        ContactPhone = v.Details.ContactPhone,
        ContactEmail = v.Details.ContactEmail,
        AddressZh = v.Details.AddressZh,
        AddressEn = v.Details.AddressEn,
        ContainsMap = v.Details.ContainsMap switch { true => "yes", false => "no", null => "" },
        MapApprovalNumber = v.Details.MapApprovalNumber,
        MapDocumentMediaId = v.Details.MapDocumentMediaId,
        Website = v.Details.Website,
        FoundedYear = v.Details.FoundedYear?.ToString(CultureInfo.InvariantCulture),
        Employees = v.Details.Employees,
        Fax = v.Details.Fax,
        Postcode = v.Details.Postcode,
        ImageMediaIds = [.. v.Details.ImageMediaIds],
        VideoMediaIds = [.. v.Details.VideoMediaIds],
        Version = v.Version,
    };

    /// <summary>False when the year is not a number (the only field typed as text that the API takes as a number).</summary>
    public bool TryToForm(out ShowcaseForm form)
    {
        int? year = null;
        form = default!;
        if (!string.IsNullOrWhiteSpace(FoundedYear))
        {
            if (!int.TryParse(FoundedYear.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            {
                return false;
            }

            year = y;
        }

        form = new ShowcaseForm(
            IntroZh, IntroEn, MainProductsZh, MainProductsEn, LogoMediaId, ContactName, ContactPhone, ContactEmail, AddressZh, AddressEn,
            ContainsMap switch { "yes" => true, "no" => false, _ => null }, MapApprovalNumber, MapDocumentMediaId,
            Website, year, Employees, Fax, Postcode, ImageMediaIds ?? [], VideoMediaIds ?? [], Version);
        return true;
    }
}

namespace FairHall.Modules.Catalog.Booths.Pages;

/// <summary>The booth page's form fields (CAT-7); tags and categories are typed separated by semicolons.</summary>
internal sealed class BoothInput
{
    public string? Name { get; set; }
    public List<long>? LogoMediaIds { get; set; } = [];
    public string? WebsiteUrl { get; set; }
    public string? Intro { get; set; }
    public string? MainBusiness { get; set; }
    public List<long>? BannerMediaIds { get; set; } = [];
    public List<long>? VideoMediaIds { get; set; } = [];
    public string? Tags { get; set; }
    public string? Area { get; set; }
    public string? OfflineBoothNumber { get; set; }
    public string? Hall3dUrl { get; set; }
    public string? Categories { get; set; }
    public string? ContactName { get; set; }
    public string? ContactPhone { get; set; }
    public string? ContactEmail { get; set; }
    public string? Fax { get; set; }
    public string? Country { get; set; }
    public string? Province { get; set; }
    public string? City { get; set; }
    public string? District { get; set; }
    public string? Address { get; set; }
    public string? Postcode { get; set; }
    public bool ShowContact { get; set; } = true;
    public bool SmartServiceEnabled { get; set; }
    public string? SmartServiceUrl { get; set; }
    public bool Submit { get; set; }
    public long? Version { get; set; }

    public static BoothInput Of(BoothView v) => new()
    {
        Name = v.Details.Name,
        LogoMediaIds = [v.Details.LogoMediaId],
        WebsiteUrl = v.Details.WebsiteUrl,
        Intro = v.Details.Intro,
        MainBusiness = v.Details.MainBusiness,
        BannerMediaIds = [.. v.Details.BannerMediaIds],
        VideoMediaIds = [.. v.Details.VideoMediaIds],
        Tags = string.Join("; ", v.Details.Tags),
        Area = v.Details.Area.ToString(),
        OfflineBoothNumber = v.Details.OfflineBoothNumber,
        Hall3dUrl = v.Details.Hall3dUrl,
        Categories = string.Join("; ", v.Details.Categories),
        ContactName = v.Details.ContactName,
        ContactPhone = v.Details.ContactPhone,
        ContactEmail = v.Details.ContactEmail,
        Fax = v.Details.Fax,
        Country = v.Details.Country,
        Province = v.Details.Province,
        City = v.Details.City,
        District = v.Details.District,
        Address = v.Details.Address,
        Postcode = v.Details.Postcode,
        ShowContact = v.Details.ShowContact,
        SmartServiceEnabled = v.Details.SmartServiceEnabled,
        SmartServiceUrl = v.Details.SmartServiceUrl,
        Version = v.Version,
    };

    public BoothForm ToForm() => new(
        Name, LogoMediaIds?.FirstOrDefault() is > 0 and var logo ? logo : null, WebsiteUrl, Intro, MainBusiness, BannerMediaIds ?? [], VideoMediaIds ?? [],
        Split(Tags), Enum.TryParse<BoothArea>(Area, out var area) ? area : null, OfflineBoothNumber, Hall3dUrl, Split(Categories),
        ContactName, ContactPhone, ContactEmail, Fax, Country, Province, City, District, Address, Postcode, ShowContact, SmartServiceEnabled, SmartServiceUrl, Version);

    /// <summary>Semicolons in either width, and commas, separate the entries.</summary>
    private static List<string> Split(string? s) => [.. (s ?? "").Split([';', '；', ',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}

namespace FairHall.Modules.Exhibitors.Onboarding.Pages;

/// <summary>The CIFTIS form as a page posts it (strings and flags; purposes come as repeated "purposes" fields).</summary>
public sealed class CiftisInput
{
    public string? InvitationCode { get; set; }
    public string? ParticipationType { get; set; }
    public string? ContactName { get; set; }
    public string? ContactTitle { get; set; }
    public string? ContactPhone { get; set; }
    public string? ContactEmail { get; set; }
    public string? Content { get; set; }
    public string? Needs { get; set; }
    public string? CompanyName { get; set; }
    public string? UnitNature { get; set; }
    public bool IsMainland { get; set; } = true;
    public string? CreditCode { get; set; }
    public string? Industry { get; set; }
    public string? CompanyType { get; set; }
    public bool IsFortune500 { get; set; }
    public string? Fortune500Name { get; set; }
    public string? Website { get; set; }
    public string? Intro { get; set; }

    public CiftisForm ToForm(IReadOnlyList<string> purposes) => new(
        Enum.TryParse<ParticipationType>(ParticipationType, out var p) ? p : null, ContactName, ContactTitle, ContactPhone, ContactEmail,
        purposes, Content, Needs, CompanyName, Enum.TryParse<UnitNature>(UnitNature, out var u) ? u : null, IsMainland, CreditCode, Industry,
        Enum.TryParse<CompanyType>(CompanyType, out var c) ? c : null, IsFortune500, Fortune500Name, Website, Intro);

    public static CiftisInput From(CiftisForm f) => new()
    {
        ParticipationType = f.ParticipationType?.ToString(),
        ContactName = f.ContactName,
        ContactTitle = f.ContactTitle,
        ContactPhone = f.ContactPhone,
        ContactEmail = f.ContactEmail,
        Content = f.Content,
        Needs = f.Needs,
        CompanyName = f.CompanyName,
        UnitNature = f.UnitNature?.ToString(),
        IsMainland = f.IsMainland,
        CreditCode = f.CreditCode,
        Industry = f.Industry,
        CompanyType = f.CompanyType?.ToString(),
        IsFortune500 = f.IsFortune500,
        Fortune500Name = f.Fortune500Name,
        Website = f.Website,
        Intro = f.Intro,
    };
}

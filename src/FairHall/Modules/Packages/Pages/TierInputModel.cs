using System.Globalization;

namespace FairHall.Modules.Packages.Pages;

/// <summary>The tier form as posted: text fields so that a wrong entry comes back with a field message, not a binding error.</summary>
internal sealed class TierInputModel
{
    public static readonly string[] FlagNames = ["Chat", "Meetings", "CardExchange", "LeadManagement", "SmartMatching", "PriorityDisplay", "WebsiteDisplay", "VirtualBooth", "ForumReplay"];

    public string? Price { get; set; }
    public string? Products { get; set; }
    public string? Templates { get; set; }
    public string? Videos { get; set; }
    public string? LiveRooms { get; set; }
    public string? Accounts { get; set; }
    public string? TargetedResponses { get; set; }
    public string? PublicResponses { get; set; }
    public bool ProductsPerZone { get; set; }
    public bool Chat { get; set; }
    public bool Meetings { get; set; }
    public bool CardExchange { get; set; }
    public bool LeadManagement { get; set; }
    public bool SmartMatching { get; set; }
    public bool PriorityDisplay { get; set; }
    public bool WebsiteDisplay { get; set; }
    public bool VirtualBooth { get; set; }
    public bool ForumReplay { get; set; }
    public DataReport DataReport { get; set; }
    public long Version { get; set; }

    public static TierInputModel From(GetCatalogue.TierView t) => new()
    {
        Price = Yuan.Of(t.PriceFen).Replace(",", "", StringComparison.Ordinal),
        Products = N(t.Quotas.Products),
        Templates = N(t.Quotas.Templates),
        Videos = N(t.Quotas.Videos),
        LiveRooms = N(t.Quotas.LiveRooms),
        Accounts = N(t.Quotas.Accounts),
        TargetedResponses = t.Quotas.TargetedResponses is { } v ? N(v) : "",
        PublicResponses = N(t.Quotas.PublicResponses),
        ProductsPerZone = t.Quotas.ProductsPerZone,
        Chat = t.Flags.Chat,
        Meetings = t.Flags.Meetings,
        CardExchange = t.Flags.CardExchange,
        LeadManagement = t.Flags.LeadManagement,
        SmartMatching = t.Flags.SmartMatching,
        PriorityDisplay = t.Flags.PriorityDisplay,
        WebsiteDisplay = t.Flags.WebsiteDisplay,
        VirtualBooth = t.Flags.VirtualBooth,
        ForumReplay = t.Flags.ForumReplay,
        DataReport = t.Flags.DataReport,
        Version = t.Version,
    };

    public string? Get(string key) => key switch
    {
        QuotaKeys.Products => Products,
        QuotaKeys.Templates => Templates,
        QuotaKeys.Videos => Videos,
        QuotaKeys.LiveRooms => LiveRooms,
        QuotaKeys.Accounts => Accounts,
        QuotaKeys.TargetedResponses => TargetedResponses,
        _ => PublicResponses,
    };

    public bool Flag(string name) => (bool)typeof(TierInputModel).GetProperty(name)!.GetValue(this)!;

    /// <summary>Parses the fields; unparsable ones are reported by key, the rest is left to the use case's rules.</summary>
    public (UpdateCatalogue.TierRequest? Request, Dictionary<string, string> Unparsable) ToRequest()
    {
        var bad = new Dictionary<string, string>();
        var price = PriceFen(Price, "PriceFen", bad);
        int Q(string? v, string field) => int.TryParse(v?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : Bad(field, bad);
        int? targeted = string.IsNullOrWhiteSpace(TargetedResponses) ? null : Q(TargetedResponses, "Quotas.TargetedResponses");
        var quotas = new TierQuotas(Q(Products, "Quotas.Products"), ProductsPerZone, Q(Templates, "Quotas.Templates"), Q(Videos, "Quotas.Videos"),
            Q(LiveRooms, "Quotas.LiveRooms"), Q(Accounts, "Quotas.Accounts"), targeted, Q(PublicResponses, "Quotas.PublicResponses"));
        var flags = new TierFlags(Chat, Meetings, CardExchange, LeadManagement, SmartMatching, PriorityDisplay, WebsiteDisplay, VirtualBooth, ForumReplay, DataReport);
        return (bad.Count == 0 ? new UpdateCatalogue.TierRequest(price, quotas, flags, Version) : null, bad);
    }

    /// <summary>Yuan with at most two decimals to fen.</summary>
    public static long PriceFen(string? yuan, string field, Dictionary<string, string> bad)
    {
        var text = yuan?.Trim().Replace(",", "", StringComparison.Ordinal);
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) && decimal.Round(v, 2) == v)
        {
            return (long)(v * 100);
        }

        bad[field] = "Packages.Console.PriceFormat";
        return 0;
    }

    private static int Bad(string field, Dictionary<string, string> bad)
    {
        bad[field] = "Packages.Console.Range";
        return 0;
    }

    private static string N(int v) => v.ToString(CultureInfo.InvariantCulture);
}

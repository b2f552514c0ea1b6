using FairHall.Platform.Outcomes;
using Microsoft.AspNetCore.Components;

namespace FairHall.Modules.Packages.Pages;

public partial class ConsolePackagesPage
{
    [SupplyParameterFromQuery] public long? SessionId { get; set; }
    [SupplyParameterFromQuery(Name = "tier")] public string? TierQuery { get; set; }
    [SupplyParameterFromQuery(Name = "addon")] public string? AddOnQuery { get; set; }
    [SupplyParameterFromQuery] public int? Saved { get; set; }

    [SupplyParameterFromForm(FormName = "tier")] private TierInputModel? TierForm { get; set; }
    [SupplyParameterFromForm(FormName = "addon")] private AddOnInputModel? AddOnForm { get; set; }

    private TierInputModel TierInput => TierForm ??= editTier is { } t ? TierInputModel.From(t) : new();
    private AddOnInputModel AddOnInput => AddOnForm ??= editAddOn is { } a ? AddOnInputModel.From(a) : new();

    private IReadOnlyList<GetCatalogue.SessionItem> sessions = [];
    private GetCatalogue.Response? catalogue;
    private GetCatalogue.TierView? editTier;
    private GetCatalogue.AddOnView? editAddOn;
    private Error? problem;
    private IReadOnlyDictionary<string, string[]>? fields;

    protected override async Task OnInitializedAsync()
    {
        sessions = await Catalogue.SessionsAsync(CancellationToken.None);
        var found = await Catalogue.HandleAsync(SessionId, CancellationToken.None);
        catalogue = found.IsSuccess ? found.Value : null;
        editTier = catalogue?.Tiers.FirstOrDefault(t => string.Equals(t.Tier.ToString(), TierQuery, StringComparison.OrdinalIgnoreCase));
        editAddOn = editTier is null ? catalogue?.AddOns.FirstOrDefault(a => string.Equals(a.Kind.ToString(), AddOnQuery, StringComparison.OrdinalIgnoreCase)) : null;
    }

    private async Task SaveTierAsync()
    {
        if (editTier is null)
        {
            return;
        }

        var (request, bad) = TierInput.ToRequest();
        var result = request is null ? Error.Invalid(Messages(bad)) : await Update.TierAsync(editTier.Id, request, CancellationToken.None);
        Done(result);
    }

    private async Task SaveAddOnAsync()
    {
        if (editAddOn is null)
        {
            return;
        }

        var bad = new Dictionary<string, string>();
        var price = TierInputModel.PriceFen(AddOnInput.Price, "PriceFen", bad);
        var amount = int.TryParse(AddOnInput.Amount?.Trim(), System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1;
        var result = bad.Count > 0 ? Error.Invalid(Messages(bad)) : await Update.AddOnAsync(editAddOn.Id, new UpdateCatalogue.AddOnRequest(price, amount, AddOnInput.Version), CancellationToken.None);
        Done(result);
    }

    private async Task CreateAsync()
    {
        if (catalogue is not null)
        {
            await Update.EnsureAsync(catalogue.SessionId, CancellationToken.None);
            Nav.NavigateTo($"/console/packages?sessionId={catalogue.SessionId}", forceLoad: true);
        }
    }

    private void Done(Result<Done> result)
    {
        if (result.IsSuccess)
        {
            Nav.NavigateTo($"/console/packages?sessionId={catalogue!.SessionId}&saved=1", forceLoad: true);
            return;
        }

        fields = result.Error.Fields;
        problem = result.Error.Fields is null ? result.Error : null;
    }

    private string Shown(GetCatalogue.TierView t, string key) => key switch
    {
        QuotaKeys.Products when t.Quotas.ProductsPerZone => T["Packages.PerZone", t.Quotas.Products].Value,
        QuotaKeys.TargetedResponses when t.Quotas.TargetedResponses is null => T["Packages.Unlimited"].Value,
        _ => TierInputModel.From(t).Get(key) ?? "",
    };

    private Dictionary<string, string[]> Messages(Dictionary<string, string> bad) =>
        bad.ToDictionary(b => b.Key, b => new[] { b.Value == "Packages.Console.Range" ? T[b.Value, 0, UpdateCatalogue.MaxQuota].Value : T[b.Value].Value });
}

/// <summary>The add-on form as posted.</summary>
internal sealed class AddOnInputModel
{
    public string? Price { get; set; }
    public string? Amount { get; set; }
    public long Version { get; set; }

    public static AddOnInputModel From(GetCatalogue.AddOnView a) => new()
    {
        Price = Yuan.Of(a.PriceFen).Replace(",", "", StringComparison.Ordinal),
        Amount = a.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Version = a.Version,
    };
}

namespace FairHall.Modules.Engagement;

/// <summary>
/// What a buyer can favorite and view (BUY-2). Exhibitors and booths are addressed by their enterprise id, as their
/// public pages are (<c>/showcase/{enterpriseId}</c>, <c>/booths/{enterpriseId}</c>); products by the product id.
/// </summary>
public enum EngageKind
{
    /// <summary>展品.</summary>
    Product,

    /// <summary>展商 (the public showcase).</summary>
    Exhibitor,

    /// <summary>展台 (the CIFTIS online booth).</summary>
    Booth,
}

internal static class EngageKinds
{
    /// <summary>Reads a kind from a URL or a beacon: "product", "products", "Exhibitor"…; null when unknown.</summary>
    public static EngageKind? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "product" or "products" => EngageKind.Product,
        "exhibitor" or "exhibitors" or "showcase" => EngageKind.Exhibitor,
        "booth" or "booths" => EngageKind.Booth,
        _ => null,
    };

    /// <summary>The public page of an item.</summary>
    public static string Url(EngageKind kind, long id) => kind switch
    {
        EngageKind.Product => $"/products/{id}",
        EngageKind.Exhibitor => $"/showcase/{id}",
        _ => $"/booths/{id}",
    };
}

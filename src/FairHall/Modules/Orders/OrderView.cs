namespace FairHall.Modules.Orders;

/// <summary>One step of the timeline and operation log.</summary>
public sealed record IntentEventView(string Action, string? From, string To, string Side, string ActorName, long? AmountFen, string? Note, DateTimeOffset At);

/// <summary>An intent order as both sides see it (ORD-3); <see cref="Version"/> goes back with each action.</summary>
public sealed record OrderView(
    long Id, string Number, string Status, long ProductId, string ProductNameZh, string ProductNameEn, string? ProductCode, long? UnitPriceFen,
    int Quantity, long? BudgetFen, string Note, long? ConfirmedAmountFen, string? ExhibitorNote, long EnterpriseId, string ExhibitorNameZh, string ExhibitorNameEn,
    long BuyerUserId, string BuyerName, long ZoneId, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, long Version, IReadOnlyList<IntentEventView> Events,
    string CreatedBy, string? ContractDigest, DateTimeOffset? SignedAt, string? SignedByName)
{
    public static OrderView Of(IntentOrder o, string exhibitorZh, string exhibitorEn) => new(
        o.Id, o.Number, o.Status.ToString(), o.ProductId, o.ProductNameZh, o.ProductNameEn, o.ProductCode, o.UnitPriceFen,
        o.Quantity, o.BudgetFen, o.Note, o.ConfirmedAmountFen, o.ExhibitorNote, o.EnterpriseId, exhibitorZh, exhibitorEn,
        o.BuyerUserId, o.BuyerName, o.ZoneId, o.CreatedAt, o.UpdatedAt, o.Version,
        [.. o.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new IntentEventView(e.Action.ToString(), e.FromStatus?.ToString(), e.ToStatus.ToString(), e.Side.ToString(), e.ActorName, e.AmountFen, e.Note, e.At))],
        o.CreatedBy.ToString(), o.ContractDigest, o.SignedAt, o.SignedByName);
}

/// <summary>One row of an order list.</summary>
public sealed record OrderRow(
    long Id, string Number, string Status, long ProductId, string ProductNameZh, string ProductNameEn, long? UnitPriceFen, int Quantity,
    long? BudgetFen, long? ConfirmedAmountFen, string BuyerName, DateTimeOffset CreatedAt)
{
    public static OrderRow Of(IntentOrder o) => new(
        o.Id, o.Number, o.Status.ToString(), o.ProductId, o.ProductNameZh, o.ProductNameEn, o.UnitPriceFen, o.Quantity, o.BudgetFen, o.ConfirmedAmountFen, o.BuyerName, o.CreatedAt);
}

/// <summary>Money in fen shown as yuan.</summary>
public static class Yuan
{
    public static string Of(long fen) => "¥" + (fen / 100m).ToString("#,0.00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Parses a yuan amount typed into a form (at most two decimals) into fen; null when empty or not a number.</summary>
    public static long? ToFen(string? yuan)
    {
        if (string.IsNullOrWhiteSpace(yuan)
            || !decimal.TryParse(yuan.Trim().Replace(",", "", StringComparison.Ordinal), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var v)
            || v < 0 || v > 100_000_000_000m || decimal.Round(v, 2) != v)
        {
            return null;
        }

        return (long)(v * 100);
    }
}

using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;

namespace FairHall.Modules.Catalog;

/// <summary>A product as the exhibitor centre and the API show it.</summary>
public sealed record ProductView(
    long Id, long SessionId, long ZoneId, string NameZh, string NameEn, string DescriptionZh, string DescriptionEn, string Category,
    string? Brand, string? Origin, string? Model, long? MarketPriceFen, long? WholesalePriceFen, string? MinimumOrder,
    bool IsNew, bool ShowsNewTag, string Status, bool IsDraft, bool InReview, string? StatusReason, DateTimeOffset? ListedAt,
    DateTimeOffset UpdatedAt, long Version,
    string? OwnCode, string RichDescriptionZh, string RichDescriptionEn, bool? ContainsMap, string? MapApprovalNo, long? MapDocumentId,
    IReadOnlyList<long> ImageIds, IReadOnlyList<long> VideoIds, IReadOnlyList<ProductTagInput> Tags,
    long? GroupId, bool IsHidden, bool IsPublic, long? SalespersonId, long? CarriedFromId)
{
    public static ProductView Of(Product p, DateTimeOffset now) => new(
        p.Id, p.SessionId, p.ZoneId, p.NameZh, p.NameEn, p.DescriptionZh, p.DescriptionEn, p.Category, p.Brand, p.Origin, p.Model,
        p.MarketPriceFen, p.WholesalePriceFen, p.MinimumOrder, p.IsNew, p.ShowsNewTag(now), p.Status.ToString(), p.IsDraft, p.InReview,
        p.StatusReason, p.ListedAt, p.UpdatedAt, p.Version,
        p.OwnCode, p.RichDescriptionZh, p.RichDescriptionEn, p.ContainsMap, p.MapApprovalNo, p.MapDocumentId,
        [.. p.ImageIds], [.. p.VideoIds], [.. p.Tags.Select(t => new ProductTagInput(t.ZoneTagId, t.Value))],
        p.GroupId, p.IsHidden, p.IsPublic, p.SalespersonId, p.CarriedFromId);
}

/// <summary>The outcome for one product of a batch: ok, or the stable error code.</summary>
public sealed record BatchItemResult(long Id, bool Ok, string? Code, string? Status);

public sealed record BatchRequest(IReadOnlyList<long>? Ids);

public sealed record BatchResponse(IReadOnlyList<BatchItemResult> Items);

/// <summary>Runs one product action for each id of a batch (1–200, duplicates once) and answers per product.</summary>
internal static class ProductBatch
{
    public const int MaxSize = 200;

    public static Task<Result<BatchResponse>> RunAsync(
        BatchRequest request, Func<long, CancellationToken, Task<Result<ProductView>>> one, TextCatalog texts, CancellationToken ct) =>
        RunAsync(request.Ids, async (id, c) =>
        {
            var result = await one(id, c);
            return result.IsSuccess ? new BatchItemResult(id, true, null, result.Value.Status) : new BatchItemResult(id, false, result.Error.Code, null);
        }, texts, ct);

    /// <summary>The batch size check, then the action per distinct id in order.</summary>
    public static async Task<Result<BatchResponse>> RunAsync(
        IReadOnlyList<long>? ids, Func<long, CancellationToken, Task<BatchItemResult>> one, TextCatalog texts, CancellationToken ct)
    {
        if (ids is not { Count: > 0 and <= MaxSize })
        {
            return Error.Invalid("Ids", texts.Get("Catalog.BatchSize"));
        }

        List<BatchItemResult> items = [];
        foreach (var id in ids.Distinct())
        {
            items.Add(await one(id, ct));
        }

        return new BatchResponse(items);
    }
}

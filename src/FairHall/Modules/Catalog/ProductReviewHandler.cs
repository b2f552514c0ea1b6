using System.Globalization;
using FairHall.Modules.Catalog.Media;
using FairHall.Modules.Fairs;
using FairHall.Modules.Reviews;
using FairHall.Platform.Data;
using FairHall.Platform.Html;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Catalog;

/// <summary>
/// Connects products to the review queue: the association of the product's zone reviews it (CAT-3). Approval of a
/// new product (or of an edit of a listed one) lists it where the quota allows, otherwise leaves it Approved with
/// the reason; rejection makes it Needs rectification with the reason.
/// </summary>
internal sealed class ProductReviewHandler(FairHallDbContext db, ProductListing listing, TextCatalog texts) : IReviewSubjectHandler
{
    public const string Type = "product";

    public string SubjectType => Type;

    public string NameZh => "展品";

    public string NameEn => "Product";

    public async Task<Result<ReviewNotice>> OnMovedAsync(ReviewItem item, ReviewAction action, string? reason, DateTimeOffset now, CancellationToken ct)
    {
        if (action is not (ReviewAction.Approve or ReviewAction.Reject))
        {
            return new ReviewNotice([], null);
        }

        var round = await db.Set<ProductReviewRound>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == item.SubjectId, ct);
        var p = round is null ? null : await db.Set<Product>().FirstOrDefaultAsync(x => x.Id == round.ProductId, ct);
        if (p is null)
        {
            return Error.NotFound();
        }

        if ((action == ReviewAction.Approve ? p.Approve(now) : p.Reject(reason ?? "", now)) is { } illegal)
        {
            return illegal;
        }

        if (action == ReviewAction.Approve && p.ListAfterApproval)
        {
            if (await listing.ReserveAsync(p, ct) is null)
            {
                p.List(now);
            }
            else
            {
                p.KeepApproved(texts.Get("Catalog.QuotaFullReason"));
            }
        }

        var link = "/enterprise/products/" + p.Id.ToString(CultureInfo.InvariantCulture);
        return new ReviewNotice(await EnterpriseContacts.AdminsAsync(db, p.EnterpriseId, ct), link);
    }
}

/// <summary>Sends a product to its zone's association (adds to the caller's unit of work).</summary>
internal sealed class ProductReviewSubmitter(FairHallDbContext db, ReviewQueue queue, IMediaLookup media, TimeProvider clock)
{
    public async Task<Error?> SubmitAsync(Product p, CancellationToken ct)
    {
        // CAT-5/8: 1–5 images, the first is the main one; a draft may lack them, the association never sees a product without one.
        if (p.ImageIds.Count == 0)
        {
            return Error.Rule("product_image_required");
        }

        var round = await db.Set<ProductReviewRound>().Where(r => r.ProductId == p.Id).OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        var last = round is null ? null : await queue.FindAsync(ProductReviewHandler.Type, round.Id, ct);
        if (round is null || last?.Status == ReviewStatus.Approved)
        {
            round = new ProductReviewRound(p.Id, clock.GetUtcNow());
            db.Add(round);
            await db.SaveChangesAsync(ct);
        }

        var zone = await db.Set<Zone>().AsNoTracking().Include(z => z.Associations).FirstOrDefaultAsync(z => z.Id == p.ZoneId, ct);
        // A zone with several associations: the lowest id reviews (one queue entry per subject).
        if (zone?.Associations.Select(a => a.AssociationId).Order().FirstOrDefault() is not (> 0 and var association))
        {
            return Error.Rule("zone_without_association");
        }

        var snapshot = await SnapshotAsync(p, $"{zone.Code} {zone.NameZh} / {zone.NameEn}", ct);
        var submitted = await queue.SubmitAsync(new ReviewSubmission(
            ProductReviewHandler.Type, round.Id, ReviewerKind.Association, association, p.EnterpriseId, p.NameZh, p.NameEn, $"{p.NameZh} {p.NameEn} {p.Category}", snapshot), ct);
        return submitted.IsSuccess ? null : submitted.Error;
    }

    /// <summary>
    /// Everything the association judges (CAT-3/4/5/8): codes, zone, category, parameter tags with their values,
    /// images (first = main) and videos as thumbnails, the map declaration with its approval number and document,
    /// prices, and the rich descriptions as stored (already sanitized by <see cref="ProductContent"/>).
    /// </summary>
    internal async Task<ReviewSnapshot> SnapshotAsync(Product p, string zoneLabel, CancellationToken ct)
    {
        var found = await media.FindAsync(p.EnterpriseId, [.. p.ImageIds, .. p.VideoIds, .. p.MapDocumentId is { } d ? new[] { d } : []], ct);
        string Urls(IEnumerable<long> ids) => string.Join("\n", ids.Where(found.ContainsKey).Select(id => found[id].Url));
        var tagIds = p.Tags.Select(t => t.ZoneTagId).ToList();
        var tags = await db.Set<ZoneTag>().AsNoTracking().Where(t => tagIds.Contains(t.Id)).OrderBy(t => t.SortOrder).ToListAsync(ct);
        var tagText = string.Join("\n", tags.Select(t => $"{t.NameZh} / {t.NameEn}: {p.Tags.First(v => v.ZoneTagId == t.Id).Value}"));
        var map = p.ContainsMap switch
        {
            true => $"是 / Yes · 审图号 / Approval no. {p.MapApprovalNo}",
            false => "否 / No",
            null => "",
        };
        return new ReviewSnapshot(
        [
            new("Zone", "展区", "Zone", zoneLabel),
            new("OwnCode", "展台展品编码", "Own code", p.OwnCode ?? ""),
            new("NameZh", "展品中文名称", "Chinese name", p.NameZh),
            new("NameEn", "展品英文名称", "English name", p.NameEn),
            new("Category", "类别", "Category", p.Category),
            new("Tags", "参数标签", "Parameter tags", tagText),
            new("Images", "展品图片（第一张为主图）", "Images (the first is the main one)", Urls(p.ImageIds), Kind: SnapshotKinds.Images),
            new("Videos", "展品视频", "Videos", Urls(p.VideoIds), Kind: SnapshotKinds.Videos),
            new("Brand", "品牌", "Brand", p.Brand ?? ""),
            new("Origin", "产地", "Origin", p.Origin ?? ""),
            new("Model", "型号", "Model", p.Model ?? ""),
            new("MarketPrice", "市场价", "Market price", Yuan(p.MarketPriceFen)),
            new("WholesalePrice", "批发价", "Wholesale price", Yuan(p.WholesalePriceFen)),
            new("MinimumOrder", "起订量", "Minimum order", p.MinimumOrder ?? ""),
            new("IsNew", "我司新品", "Our new product", p.IsNew ? "是 / Yes" : "否 / No"),
            new("ContainsMap", "是否含地图", "Contains a map", map),
            new("MapDocument", "地图审核文件", "Map approval document",
                p.ContainsMap == true && p.MapDocumentId is { } doc && found.TryGetValue(doc, out var file) ? file.Url : "", Kind: SnapshotKinds.Link),
            new("DescriptionZh", "中文描述", "Chinese description", p.DescriptionZh),
            new("DescriptionEn", "英文描述", "English description", p.DescriptionEn),
            new("RichDescriptionZh", "图文详情（中文）", "Rich description (Chinese)", RichText.Sanitize(p.RichDescriptionZh), Kind: SnapshotKinds.Html),
            new("RichDescriptionEn", "图文详情（英文）", "Rich description (English)", RichText.Sanitize(p.RichDescriptionEn), Kind: SnapshotKinds.Html),
        ]);
    }

    private static string Yuan(long? fen) => fen is { } f ? "¥" + (f / 100m).ToString("0.00", CultureInfo.InvariantCulture) : "暂无报价 / No quote";
}

using System.Globalization;
using FairHall.Modules.Fairs;
using FairHall.Modules.Reviews;
using FairHall.Platform.Data;
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
internal sealed class ProductReviewSubmitter(FairHallDbContext db, ReviewQueue queue, TimeProvider clock)
{
    public async Task<Error?> SubmitAsync(Product p, CancellationToken ct)
    {
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

        var snapshot = new ReviewSnapshot(
        [
            new("Zone", "展区", "Zone", $"{zone.Code} {zone.NameZh} / {zone.NameEn}"),
            new("NameZh", "展品中文名称", "Chinese name", p.NameZh),
            new("NameEn", "展品英文名称", "English name", p.NameEn),
            new("Category", "类别", "Category", p.Category),
            new("Brand", "品牌", "Brand", p.Brand ?? ""),
            new("Origin", "产地", "Origin", p.Origin ?? ""),
            new("Model", "型号", "Model", p.Model ?? ""),
            new("MarketPrice", "市场价", "Market price", Yuan(p.MarketPriceFen)),
            new("WholesalePrice", "批发价", "Wholesale price", Yuan(p.WholesalePriceFen)),
            new("DescriptionZh", "中文描述", "Chinese description", p.DescriptionZh),
            new("DescriptionEn", "英文描述", "English description", p.DescriptionEn),
        ]);
        var submitted = await queue.SubmitAsync(new ReviewSubmission(
            ProductReviewHandler.Type, round.Id, ReviewerKind.Association, association, p.EnterpriseId, p.NameZh, p.NameEn, $"{p.NameZh} {p.NameEn} {p.Category}", snapshot), ct);
        return submitted.IsSuccess ? null : submitted.Error;
    }

    private static string Yuan(long? fen) => fen is { } f ? "¥" + (f / 100m).ToString("0.00", CultureInfo.InvariantCulture) : "暂无报价 / No quote";
}

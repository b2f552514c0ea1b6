using FairHall.Modules.Reviews;
using FairHall.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Catalog;

/// <summary>The product's place in the review queue beyond submitting (see <see cref="ProductReviewSubmitter"/>).</summary>
internal static class ProductReviews
{
    /// <summary>
    /// Withdraws the open (pending or claimed) queue entries of a product, so a deleted or banned product leaves no
    /// orphan for the association; decided rounds stay as history.
    /// </summary>
    public static Task<int> WithdrawAsync(FairHallDbContext db, long productId, CancellationToken ct) =>
        db.Set<ReviewItem>()
            .Where(i => i.SubjectType == ProductReviewHandler.Type && (i.Status == ReviewStatus.Pending || i.Status == ReviewStatus.Claimed)
                && db.Set<ProductReviewRound>().Any(r => r.Id == i.SubjectId && r.ProductId == productId))
            .ExecuteDeleteAsync(ct);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Catalog;

/// <summary>
/// One review round of a product: the review queue keeps one entry per subject and treats an approval as final,
/// but an edit of an approved product must be reviewed again (CAT-2 更新未审核). So the queue's subject is the
/// round: a new round starts when the previous one was approved; a rejected or pending round is resubmitted.
/// </summary>
public sealed class ProductReviewRound
{
    private ProductReviewRound()
    {
    }

    public ProductReviewRound(long productId, DateTimeOffset now)
    {
        ProductId = productId;
        StartedAt = now;
    }

    public long Id { get; private set; }
    public long ProductId { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
}

internal sealed class ProductReviewRoundConfiguration : IEntityTypeConfiguration<ProductReviewRound>
{
    public void Configure(EntityTypeBuilder<ProductReviewRound> b)
    {
        b.ToTable("product_review_rounds");
        b.HasOne<Product>().WithMany().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}

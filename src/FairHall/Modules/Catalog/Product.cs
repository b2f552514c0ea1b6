using FairHall.Platform.Outcomes;

namespace FairHall.Modules.Catalog;

/// <summary>What the exhibitor fills in for a product (CAT-2/6); prices in fen, null shows 暂无报价 / "No quote".</summary>
public sealed record ProductDetails(
    long ZoneId, string NameZh, string NameEn, string DescriptionZh, string DescriptionEn, string Category,
    string? Brand, string? Origin, string? Model, long? MarketPriceFen, long? WholesalePriceFen, string? MinimumOrder, bool IsNew);

/// <summary>
/// A product of one enterprise in one session and zone. Its status follows <see cref="ProductTransitions"/>;
/// every change goes through a verb that returns a typed error when the table refuses it.
/// </summary>
public sealed class Product
{
    /// <summary>CAT-6: the "our new product" tag lapses two years after it was last ticked.</summary>
    public static readonly TimeSpan NewTagLifetime = TimeSpan.FromDays(730);

    private Product()
    {
    }

    public Product(long enterpriseId, long sessionId, ProductDetails details, DateTimeOffset now)
    {
        EnterpriseId = enterpriseId;
        SessionId = sessionId;
        Status = ProductStatus.Unreviewed;
        CreatedAt = now;
        ListAfterApproval = true;
        Apply(details, now);
    }

    public long Id { get; private set; }
    public long EnterpriseId { get; private set; }
    public long SessionId { get; private set; }
    public long ZoneId { get; private set; }
    public string NameZh { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public string DescriptionZh { get; private set; } = "";
    public string DescriptionEn { get; private set; } = "";
    public string Category { get; private set; } = "";
    public string? Brand { get; private set; }
    public string? Origin { get; private set; }
    public string? Model { get; private set; }
    public long? MarketPriceFen { get; private set; }
    public long? WholesalePriceFen { get; private set; }
    public string? MinimumOrder { get; private set; }
    public bool IsNew { get; private set; }
    public DateTimeOffset? NewMarkedAt { get; private set; }
    public ProductStatus Status { get; private set; }

    /// <summary>Null while a new product is a draft (Unreviewed, not yet sent to the association).</summary>
    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>Why the association rejected it, or why an approved product was not listed.</summary>
    public string? StatusReason { get; private set; }

    /// <summary>CAT-3: a new product, or an edit of a listed one, is listed on approval where the quota allows.</summary>
    public bool ListAfterApproval { get; private set; }

    public DateTimeOffset? ListedAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public long Version { get; private set; }

    public bool IsDraft => Status == ProductStatus.Unreviewed && SubmittedAt is null;

    /// <summary>Waiting for the association (submitted and not yet decided).</summary>
    public bool InReview => Status is ProductStatus.Unreviewed or ProductStatus.UpdatedUnreviewed && SubmittedAt is not null;

    /// <summary>CAT-6: the tag shows only while ticked within the last two years.</summary>
    public bool ShowsNewTag(DateTimeOffset now) => IsNew && NewMarkedAt is { } at && now - at < NewTagLifetime;

    public Error? Edit(ProductDetails details, DateTimeOffset now)
    {
        var wasListed = Status == ProductStatus.Listed;
        var wasDecided = Status is ProductStatus.Approved or ProductStatus.Listed or ProductStatus.Delisted;
        if (Move(ProductAction.Edit, now) is { } illegal)
        {
            return illegal;
        }

        if (wasDecided)
        {
            // The edit goes back to the association at once (CAT-2 更新未审核); the public loses it meanwhile.
            ListAfterApproval = wasListed;
            ListedAt = null;
            SubmittedAt = now;
        }

        Apply(details, now);
        return null;
    }

    public Error? Submit(DateTimeOffset now)
    {
        if (Move(ProductAction.Submit, now) is { } illegal)
        {
            return illegal;
        }

        SubmittedAt = now;
        StatusReason = null;
        return null;
    }

    public Error? Approve(DateTimeOffset now)
    {
        if (!InReview)
        {
            return ProductTransitions.Illegal(Status, ProductAction.Approve);
        }

        return Move(ProductAction.Approve, now) ?? Reason(null);
    }

    public Error? Reject(string reason, DateTimeOffset now)
    {
        if (!InReview)
        {
            return ProductTransitions.Illegal(Status, ProductAction.Reject);
        }

        return Move(ProductAction.Reject, now) ?? Reason(reason);
    }

    /// <summary>Approved but not listed, with the reason shown to the exhibitor (e.g. the quota is full).</summary>
    public void KeepApproved(string reason) => StatusReason = reason;

    public Error? List(DateTimeOffset now)
    {
        if (Move(ProductAction.List, now) is { } illegal)
        {
            return illegal;
        }

        ListedAt = now;
        StatusReason = null;
        return null;
    }

    public Error? Delist(DateTimeOffset now)
    {
        if (Move(ProductAction.Delist, now) is { } illegal)
        {
            return illegal;
        }

        ListedAt = null;
        return null;
    }

    /// <summary>Checks that the product may be deleted (not Banned); the caller removes it.</summary>
    public Error? CanDelete() => ProductTransitions.Next(Status, ProductAction.Delete) is null ? ProductTransitions.Illegal(Status, ProductAction.Delete) : null;

    public Error? Ban(string reason, DateTimeOffset now) => Move(ProductAction.Ban, now) ?? Reason(reason);

    public Error? Unban(DateTimeOffset now) => Move(ProductAction.Unban, now) ?? Reason(null);

    /// <summary>A new draft with the same details in the same zone (the new-product tag is re-ticked today).</summary>
    public Product Copy(DateTimeOffset now) => new(EnterpriseId, SessionId, Details, now);

    public ProductDetails Details => new(ZoneId, NameZh, NameEn, DescriptionZh, DescriptionEn, Category, Brand, Origin, Model,
        MarketPriceFen, WholesalePriceFen, MinimumOrder, IsNew);

    private Error? Reason(string? reason)
    {
        StatusReason = reason;
        return null;
    }

    private Error? Move(ProductAction action, DateTimeOffset now)
    {
        if (ProductTransitions.Next(Status, action) is not { } next)
        {
            return ProductTransitions.Illegal(Status, action);
        }

        Status = next;
        UpdatedAt = now;
        Version++;
        return null;
    }

    private void Apply(ProductDetails d, DateTimeOffset now)
    {
        ZoneId = d.ZoneId;
        NameZh = d.NameZh.Trim();
        NameEn = d.NameEn.Trim();
        DescriptionZh = d.DescriptionZh;
        DescriptionEn = d.DescriptionEn;
        Category = d.Category.Trim();
        Brand = d.Brand;
        Origin = d.Origin;
        Model = d.Model;
        MarketPriceFen = d.MarketPriceFen;
        WholesalePriceFen = d.WholesalePriceFen;
        MinimumOrder = d.MinimumOrder;
        if (d.IsNew && !IsNew || d.IsNew && NewMarkedAt is { } at && now - at >= NewTagLifetime)
        {
            NewMarkedAt = now; // CAT-6: ticking (again) renews the tag
        }

        IsNew = d.IsNew;
        if (!d.IsNew)
        {
            NewMarkedAt = null;
        }

        UpdatedAt = now;
    }
}

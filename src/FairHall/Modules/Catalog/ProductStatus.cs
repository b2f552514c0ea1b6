using FairHall.Platform.Outcomes;

namespace FairHall.Modules.Catalog;

/// <summary>CAT-2 product statuses; only Listed products are public.</summary>
public enum ProductStatus
{
    /// <summary>未审核: new product, not yet approved (a draft until submitted); cannot be listed.</summary>
    Unreviewed,

    /// <summary>更新未审核: an approved product was edited; it leaves the public and waits for review again.</summary>
    UpdatedUnreviewed,

    /// <summary>审核通过: approved, not listed (e.g. no free quota when it was approved).</summary>
    Approved,

    /// <summary>已上架: approved and shown to buyers.</summary>
    Listed,

    /// <summary>已下架: approved but taken off the public by the exhibitor (or the quota sweep).</summary>
    Delisted,

    /// <summary>待整改: rejected by the association with a reason; cannot be listed or shown.</summary>
    NeedsRectification,

    /// <summary>已封禁: cannot be listed, deleted or edited.</summary>
    Banned,
}

/// <summary>What can happen to a product.</summary>
public enum ProductAction
{
    /// <summary>编辑保存.</summary>
    Edit,

    /// <summary>提交审核.</summary>
    Submit,

    /// <summary>协会审核通过.</summary>
    Approve,

    /// <summary>协会驳回（待整改）.</summary>
    Reject,

    /// <summary>上架.</summary>
    List,

    /// <summary>下架.</summary>
    Delist,

    /// <summary>删除.</summary>
    Delete,

    /// <summary>封禁 (organizer).</summary>
    Ban,

    /// <summary>解封 (organizer): comes back delisted.</summary>
    Unban,
}

/// <summary>The status machine of a product as one table: the next status, or null when the move is refused.</summary>
public static class ProductTransitions
{
    public static ProductStatus? Next(ProductStatus from, ProductAction action) => (from, action) switch
    {
        (ProductStatus.Unreviewed, ProductAction.Edit or ProductAction.Submit) => ProductStatus.Unreviewed,
        (ProductStatus.Unreviewed, ProductAction.Approve) => ProductStatus.Approved,
        (ProductStatus.Unreviewed, ProductAction.Reject) => ProductStatus.NeedsRectification,
        (ProductStatus.Unreviewed, ProductAction.Delete) => ProductStatus.Unreviewed,
        (ProductStatus.Unreviewed, ProductAction.Ban) => ProductStatus.Banned,
        (ProductStatus.Unreviewed, _) => null,

        (ProductStatus.UpdatedUnreviewed, ProductAction.Edit or ProductAction.Submit) => ProductStatus.UpdatedUnreviewed,
        (ProductStatus.UpdatedUnreviewed, ProductAction.Approve) => ProductStatus.Approved,
        (ProductStatus.UpdatedUnreviewed, ProductAction.Reject) => ProductStatus.NeedsRectification,
        (ProductStatus.UpdatedUnreviewed, ProductAction.Delete) => ProductStatus.UpdatedUnreviewed,
        (ProductStatus.UpdatedUnreviewed, ProductAction.Ban) => ProductStatus.Banned,
        (ProductStatus.UpdatedUnreviewed, _) => null,

        (ProductStatus.Approved, ProductAction.Edit) => ProductStatus.UpdatedUnreviewed,
        (ProductStatus.Approved, ProductAction.List) => ProductStatus.Listed,
        (ProductStatus.Approved, ProductAction.Delete) => ProductStatus.Approved,
        (ProductStatus.Approved, ProductAction.Ban) => ProductStatus.Banned,
        (ProductStatus.Approved, _) => null,

        (ProductStatus.Listed, ProductAction.Edit) => ProductStatus.UpdatedUnreviewed,
        (ProductStatus.Listed, ProductAction.Delist) => ProductStatus.Delisted,
        (ProductStatus.Listed, ProductAction.Delete) => ProductStatus.Listed,
        (ProductStatus.Listed, ProductAction.Ban) => ProductStatus.Banned,
        (ProductStatus.Listed, _) => null,

        (ProductStatus.Delisted, ProductAction.Edit) => ProductStatus.UpdatedUnreviewed,
        (ProductStatus.Delisted, ProductAction.List) => ProductStatus.Listed,
        (ProductStatus.Delisted, ProductAction.Delete) => ProductStatus.Delisted,
        (ProductStatus.Delisted, ProductAction.Ban) => ProductStatus.Banned,
        (ProductStatus.Delisted, _) => null,

        (ProductStatus.NeedsRectification, ProductAction.Edit) => ProductStatus.NeedsRectification,
        (ProductStatus.NeedsRectification, ProductAction.Submit) => ProductStatus.UpdatedUnreviewed,
        (ProductStatus.NeedsRectification, ProductAction.Delete) => ProductStatus.NeedsRectification,
        (ProductStatus.NeedsRectification, ProductAction.Ban) => ProductStatus.Banned,
        (ProductStatus.NeedsRectification, _) => null,

        (ProductStatus.Banned, ProductAction.Unban) => ProductStatus.Delisted,
        (ProductStatus.Banned, _) => null,

        _ => throw new ArgumentOutOfRangeException(nameof(from), from, null),
    };

    /// <summary>The typed error of a refused move (stable codes, texts in <see cref="CatalogTexts"/>).</summary>
    public static Error Illegal(ProductStatus from, ProductAction action) => (from, action) switch
    {
        (ProductStatus.Banned, _) => Error.Rule("product_banned"),
        (_, ProductAction.List) when from is ProductStatus.Listed => Error.Rule("product_already_listed"),
        (_, ProductAction.List) => Error.Rule("product_not_approved"),
        (_, ProductAction.Delist) => Error.Rule("product_not_listed"),
        (_, ProductAction.Approve or ProductAction.Reject) => Error.Rule("product_not_in_review"),
        (_, ProductAction.Submit) => Error.Rule("product_already_reviewed"),
        _ => Error.Rule("product_transition_refused"),
    };
}

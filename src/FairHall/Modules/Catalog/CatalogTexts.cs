using FairHall.Platform.Localization;

namespace FairHall.Modules.Catalog;

internal sealed class CatalogTexts : ITextSource
{
    public IEnumerable<Text> Texts =>
    [
        new("Nav.Products", "展品管理", "Products"),
        new("Catalog.Status.Unreviewed", "未审核", "Unreviewed"),
        new("Catalog.Status.UpdatedUnreviewed", "更新未审核", "Updated, unreviewed"),
        new("Catalog.Status.Approved", "审核通过", "Approved"),
        new("Catalog.Status.Listed", "已上架", "Listed"),
        new("Catalog.Status.Delisted", "已下架", "Delisted"),
        new("Catalog.Status.NeedsRectification", "待整改", "Needs rectification"),
        new("Catalog.Status.Banned", "已封禁", "Banned"),
        new("Catalog.Draft", "草稿", "Draft"),
        new("Catalog.NoQuote", "暂无报价", "No quote"),
        new("Catalog.QuotaFullReason", "审核通过，但上架数量已达套餐上限，未自动上架。", "Approved, but the listing quota of your package is full, so it was not listed."),
        new("error.product_banned", "展品已封禁，不能上架、编辑或删除。", "The product is banned: it cannot be listed, edited or deleted."),
        new("error.product_already_listed", "展品已上架。", "The product is already listed."),
        new("error.product_not_approved", "展品未审核通过，不能上架。", "The product is not approved and cannot be listed."),
        new("error.product_not_listed", "展品未上架。", "The product is not listed."),
        new("error.product_not_in_review", "展品不在待审核状态。", "The product is not waiting for review."),
        new("error.product_already_reviewed", "展品已审核，无需提交。", "The product has already been reviewed."),
        new("error.product_transition_refused", "展品当前状态不允许此操作。", "The product's status does not allow this."),
        new("error.product_quota_exceeded", "上架数量已达套餐上限。", "The listing quota of your package is full."),
        new("error.product_no_session", "当前没有届次。", "There is no current session."),
        new("Catalog.Field.Required", "必填。", "Required."),
        new("Catalog.Field.TooLong", "过长。", "Too long."),
        new("Catalog.Field.Price", "价格须为非负数。", "The price must not be negative."),
    ];
}

using FairHall.Platform.Localization;

namespace FairHall.Modules.Payments;

internal sealed class UsageTexts : ITextSource
{
    public IEnumerable<Text> Texts =>
    [
        new("Usage.NoPackage", "未开通套餐", "No package"),
        new("Usage.Others", "其他服务", "Other services"),
        new("Usage.LiveRooms", "连线展示", "Live showrooms"),
        new("Usage.NotOpen", "未开通", "Not open"),
        new("Usage.Services", "已开通服务", "Services opened"),
        new("Usage.Source.Gifted", "赠送", "Gifted"),
        new("Usage.Source.PovertyArea", "脱贫地区免费", "Poverty area, free"),
        new("Usage.Source.Bought", "购买", "Bought"),
        new("Usage.AwaitingApproval", "资质审核通过后生效", "Takes effect on qualification approval"),
        new("Usage.Orders", "订单", "Orders"),
        new("Usage.Items", "内容", "Items"),
        new("Usage.Status", "状态", "Status"),
        new("Usage.Refunds", "退款", "Refunds"),
        new("Usage.RefundReason.superseded", "重复购买同一套餐", "Same package paid twice"),
        new("Usage.RefundReason.qualification_rejected", "资质未通过审核", "Qualification rejected"),
        new("Usage.RefundStatus.Requested", "退款中", "Refunding"),
        new("Usage.RefundStatus.Succeeded", "已退款", "Refunded"),
        new("Usage.RefundStatus.Failed", "退款失败", "Refund failed"),
    ];
}

using FairHall.Platform.Outcomes;

namespace FairHall.Modules.Orders;

/// <summary>ORD-1/2 statuses of an intent order (意向单).</summary>
public enum IntentStatus
{
    /// <summary>待处理: submitted by the buyer, waiting for the exhibitor.</summary>
    Pending,

    /// <summary>处理中: the exhibitor sent an amount for the buyer to confirm (提交采购商确认).</summary>
    AwaitingBuyer,

    /// <summary>已关闭: closed without a deal (未成交关闭).</summary>
    Closed,

    /// <summary>已成交: deal at the confirmed amount (确认已成交, or confirmed by the buyer).</summary>
    Deal,

    /// <summary>已签约: the deal's terms signed as an e-contract intent by a business representative (签约管理, ORD-5).</summary>
    Signed,
}

/// <summary>What can happen to an intent order; who may do it is <see cref="IntentTransitions.Side"/>.</summary>
public enum IntentAction
{
    /// <summary>提交意向 (buyer; or the exhibitor creating one, ORD-5).</summary>
    Submit,

    /// <summary>未成交关闭 (exhibitor, with a reason).</summary>
    Close,

    /// <summary>确认已成交 (exhibitor, with the confirmed amount).</summary>
    ConfirmDeal,

    /// <summary>提交采购商确认 (exhibitor, with the amount to confirm).</summary>
    AskBuyer,

    /// <summary>采购商确认成交.</summary>
    BuyerConfirm,

    /// <summary>采购商不同意: the order goes back to Pending for the exhibitor.</summary>
    BuyerDecline,

    /// <summary>创建意向单 (exhibitor, ORD-5): an intent for a buyer, e.g. after an offline talk, with the amount the buyer confirms.</summary>
    Propose,

    /// <summary>签约 (exhibitor business representative, ORD-5): signs the deal's terms as an e-contract intent.</summary>
    Sign,
}

/// <summary>Which side acts.</summary>
public enum IntentSide
{
    Buyer,
    Exhibitor,
}

/// <summary>
/// The status machine of an intent order as one table. The seeds (003 PART 03 订单管理) name Pending → Closed / Deal /
/// 处理中; they say nothing of a buyer who refuses the amount, so a decline sends the order back to Pending, where the
/// exhibitor may ask again with another amount, confirm or close. The exhibitor may also close an order while it
/// waits for the buyer (a buyer who never answers must not block it). ORD-5: creation is a row too (from null): a
/// buyer's submission starts Pending, an exhibitor's own intent (创建意向单) starts waiting for the buyer, who confirms
/// or declines it like any amount; a deal may then be signed (签约) as an e-contract intent, which ends the order.
/// </summary>
public static class IntentTransitions
{
    public static IntentStatus? Next(IntentStatus? from, IntentAction action) => (from, action) switch
    {
        (null, IntentAction.Submit) => IntentStatus.Pending,
        (null, IntentAction.Propose) => IntentStatus.AwaitingBuyer,
        (null, _) => null,

        (IntentStatus.Pending, IntentAction.Close) => IntentStatus.Closed,
        (IntentStatus.Pending, IntentAction.ConfirmDeal) => IntentStatus.Deal,
        (IntentStatus.Pending, IntentAction.AskBuyer) => IntentStatus.AwaitingBuyer,
        (IntentStatus.Pending, _) => null,

        (IntentStatus.AwaitingBuyer, IntentAction.BuyerConfirm) => IntentStatus.Deal,
        (IntentStatus.AwaitingBuyer, IntentAction.BuyerDecline) => IntentStatus.Pending,
        (IntentStatus.AwaitingBuyer, IntentAction.Close) => IntentStatus.Closed,
        (IntentStatus.AwaitingBuyer, _) => null,

        (IntentStatus.Closed, _) => null,
        (IntentStatus.Deal, IntentAction.Sign) => IntentStatus.Signed,
        (IntentStatus.Deal, _) => null,
        (IntentStatus.Signed, _) => null,

        _ => throw new ArgumentOutOfRangeException(nameof(from), from, null),
    };

    /// <summary>The side that may take the action.</summary>
    public static IntentSide Side(IntentAction action) =>
        action is IntentAction.Submit or IntentAction.BuyerConfirm or IntentAction.BuyerDecline ? IntentSide.Buyer : IntentSide.Exhibitor;

    /// <summary>Actions that need an amount.</summary>
    public static bool NeedsAmount(IntentAction action) => action is IntentAction.ConfirmDeal or IntentAction.AskBuyer or IntentAction.Propose;

    /// <summary>ACC-9: actions that commit the enterprise, so only business representatives (or accounts without a duty) take them.</summary>
    public static bool NeedsRepresentative(IntentAction action) => NeedsAmount(action) || action == IntentAction.Sign;

    /// <summary>The typed error of a refused move (stable codes, texts in <see cref="OrdersTexts"/>).</summary>
    public static Error Illegal(IntentStatus from, IntentAction action) => (from, action) switch
    {
        (IntentStatus.Signed, _) => Error.Rule("intent_finished"),
        (_, IntentAction.Sign) => Error.Rule("intent_not_deal"),
        (IntentStatus.Closed or IntentStatus.Deal, _) => Error.Rule("intent_finished"),
        (_, IntentAction.BuyerConfirm or IntentAction.BuyerDecline) => Error.Rule("intent_not_awaiting_buyer"),
        _ => Error.Rule("intent_transition_refused"),
    };
}

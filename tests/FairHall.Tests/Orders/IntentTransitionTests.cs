using FairHall.Modules.Orders;

namespace FairHall.Tests.Orders;

/// <summary>ORD-2: the one transition table of an intent order, every pair of status and action.</summary>
[Trait("Req", "ORD-2")]
public sealed class IntentTransitionTests
{
    public static TheoryData<IntentStatus, IntentAction, IntentStatus?> Table()
    {
        var data = new TheoryData<IntentStatus, IntentAction, IntentStatus?>();
        var allowed = new Dictionary<(IntentStatus, IntentAction), IntentStatus>
        {
            [(IntentStatus.Pending, IntentAction.Close)] = IntentStatus.Closed,
            [(IntentStatus.Pending, IntentAction.ConfirmDeal)] = IntentStatus.Deal,
            [(IntentStatus.Pending, IntentAction.AskBuyer)] = IntentStatus.AwaitingBuyer,
            [(IntentStatus.AwaitingBuyer, IntentAction.BuyerConfirm)] = IntentStatus.Deal,
            [(IntentStatus.AwaitingBuyer, IntentAction.BuyerDecline)] = IntentStatus.Pending,
            [(IntentStatus.AwaitingBuyer, IntentAction.Close)] = IntentStatus.Closed,
            [(IntentStatus.Deal, IntentAction.Sign)] = IntentStatus.Signed,
        };
        foreach (var s in Enum.GetValues<IntentStatus>())
        {
            foreach (var a in Enum.GetValues<IntentAction>())
            {
                data.Add(s, a, allowed.TryGetValue((s, a), out var next) ? next : null);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Every_status_and_action_has_the_expected_next_status(IntentStatus from, IntentAction action, IntentStatus? expected) =>
        IntentTransitions.Next(from, action).ShouldBe(expected);

    [Fact]
    [Trait("Req", "ORD-5")]
    public void Creation_is_a_row_of_the_table_a_buyer_submits_an_exhibitor_proposes_and_only_a_deal_is_signed()
    {
        IntentTransitions.Next(null, IntentAction.Submit).ShouldBe(IntentStatus.Pending);
        IntentTransitions.Next(null, IntentAction.Propose).ShouldBe(IntentStatus.AwaitingBuyer);
        foreach (var a in Enum.GetValues<IntentAction>().Except([IntentAction.Submit, IntentAction.Propose]))
        {
            IntentTransitions.Next(null, a).ShouldBeNull();
        }

        IntentTransitions.Side(IntentAction.Propose).ShouldBe(IntentSide.Exhibitor);
        IntentTransitions.Side(IntentAction.Sign).ShouldBe(IntentSide.Exhibitor);
        IntentTransitions.NeedsAmount(IntentAction.Propose).ShouldBeTrue();
        IntentTransitions.NeedsRepresentative(IntentAction.Sign).ShouldBeTrue();
        IntentTransitions.NeedsRepresentative(IntentAction.Close).ShouldBeFalse();
        IntentTransitions.Illegal(IntentStatus.Pending, IntentAction.Sign).Code.ShouldBe("intent_not_deal");
        IntentTransitions.Illegal(IntentStatus.Signed, IntentAction.Sign).Code.ShouldBe("intent_finished");
    }

    [Fact]
    public void Refused_moves_have_stable_codes_and_sides_are_fixed()
    {
        IntentTransitions.Illegal(IntentStatus.Deal, IntentAction.Close).Code.ShouldBe("intent_finished");
        IntentTransitions.Illegal(IntentStatus.Closed, IntentAction.BuyerConfirm).Code.ShouldBe("intent_finished");
        IntentTransitions.Illegal(IntentStatus.Pending, IntentAction.BuyerConfirm).Code.ShouldBe("intent_not_awaiting_buyer");
        IntentTransitions.Illegal(IntentStatus.AwaitingBuyer, IntentAction.AskBuyer).Code.ShouldBe("intent_transition_refused");
        IntentTransitions.Side(IntentAction.BuyerConfirm).ShouldBe(IntentSide.Buyer);
        IntentTransitions.Side(IntentAction.BuyerDecline).ShouldBe(IntentSide.Buyer);
        IntentTransitions.Side(IntentAction.ConfirmDeal).ShouldBe(IntentSide.Exhibitor);
        IntentTransitions.Side(IntentAction.Close).ShouldBe(IntentSide.Exhibitor);
    }

    [Theory]
    [InlineData("12.5", 1250L)]
    [InlineData("1,234.56", 123456L)]
    [InlineData("0", 0L)]
    [InlineData("1.234", null)]
    [InlineData("abc", null)]
    [InlineData("-1", null)]
    [InlineData("", null)]
    public void Yuan_typed_in_forms_is_kept_in_fen(string typed, long? fen) => Yuan.ToFen(typed).ShouldBe(fen);
}

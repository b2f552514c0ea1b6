using FairHall.Modules.Exhibitors.Onboarding;
using FairHall.Modules.Reviews;

namespace FairHall.Tests.Onboarding;

/// <summary>Pure rules: the credit-code check character (GB 32100-2015), status tables, masking.</summary>
public sealed class OnboardingRulesTests
{
    [Theory]
    [Trait("Req", "FAIR-4")]
    [InlineData("91350100M000100Y43")] // the example of GB 32100-2015
    [InlineData("91110000802100433B")]
    [InlineData("914403001922038216")]
    [InlineData("91440300708461136T")]
    [InlineData(" 91110000802100433b ")] // typed in lower case with spaces
    public void Real_credit_codes_pass(string code) => CreditCode.IsValid(code).ShouldBeTrue();

    [Theory]
    [Trait("Req", "FAIR-4")]
    [InlineData("91350100M000100Y44")] // wrong check character
    [InlineData("91110000802100433")] // 17 characters
    [InlineData("91110000802100433BB")]
    [InlineData("9111000080210043IB")] // I is not in the alphabet
    [InlineData("")]
    [InlineData(null)]
    public void Wrong_credit_codes_fail(string? code) => CreditCode.IsValid(code).ShouldBeFalse();

    [Fact]
    [Trait("Req", "FAIR-4")]
    public void Qualification_table_allows_only_the_seed_moves()
    {
        QualificationTransitions.Next(QualificationStatus.Pending, QualificationAction.Approve).ShouldBe(QualificationStatus.Enabled);
        QualificationTransitions.Next(QualificationStatus.Pending, QualificationAction.Reject).ShouldBe(QualificationStatus.Rejected);
        QualificationTransitions.Next(QualificationStatus.Rejected, QualificationAction.Submit).ShouldBe(QualificationStatus.Pending);
        QualificationTransitions.Next(QualificationStatus.Enabled, QualificationAction.Submit).ShouldBeNull();
        QualificationTransitions.Next(QualificationStatus.Rejected, QualificationAction.Approve).ShouldBeNull();
        QualificationTransitions.Illegal(QualificationStatus.Enabled, QualificationAction.Submit).Code.ShouldBe("qualification_already_enabled");
        QualificationTransitions.Illegal(QualificationStatus.Rejected, QualificationAction.Approve).Code.ShouldBe("qualification_not_pending");
    }

    [Fact]
    [Trait("Req", "X-1")]
    public void Review_table_allows_only_the_queue_moves()
    {
        ReviewTransitions.Next(ReviewStatus.Pending, ReviewAction.Claim).ShouldBe(ReviewStatus.Claimed);
        ReviewTransitions.Next(ReviewStatus.Claimed, ReviewAction.Approve).ShouldBe(ReviewStatus.Approved);
        ReviewTransitions.Next(ReviewStatus.Claimed, ReviewAction.Submit).ShouldBeNull();
        ReviewTransitions.Next(ReviewStatus.Approved, ReviewAction.Reject).ShouldBeNull();
        ReviewTransitions.Illegal(ReviewStatus.Approved, ReviewAction.Reject).Code.ShouldBe("conflict");
        ReviewTransitions.Illegal(ReviewStatus.Claimed, ReviewAction.Submit).Code.ShouldBe("review_in_progress");
        ReviewTransitions.Illegal(ReviewStatus.Pending, ReviewAction.Release).Code.ShouldBe("review_illegal_transition");
    }

    [Fact]
    [Trait("Req", "X-4")]
    public void Masks_keep_only_the_ends()
    {
        Masking.Phone("13812345678").ShouldBe("138****5678");
        Masking.CreditCode("91110000802100433B").ShouldBe("9111**********433B");
        Masking.IdNumber("110101199003078888").ShouldBe("1101**********8888");
        Masking.Identifier("E1234567").ShouldBe("E1****67");
        Masking.Any("ContactPhone", "13812345678").ShouldBe("138****5678");
        Masking.Identifier(null).ShouldBe("");
    }
}

/// <summary>FAIR-3 derivation for each kind, with the edge cases of the seed.</summary>
[Trait("Req", "FAIR-3")]
public sealed class EligibilityRulesTests
{
    private static readonly EligibilityWindow Window136 = new(127, 135, 133, 135);

    private static (EligibilityKind Kind, string Basis)? Derive(string name, (string Name, string Affiliates)[] offline, (string Name, int Session, bool OnlineOnly, string? Package)[] history) =>
        EligibilityRules.Derive(name, EligibilityRules.OfflineNames(offline), EligibilityRules.HistoryNames(history, Window136));

    [Fact]
    public void Offline_exhibitors_and_affiliates_whose_names_match_are_kind_a()
    {
        (string, string)[] offline = [("广州美味厨具有限公司", "广州美味（番禺）制造有限公司|佛山美味配件厂")];
        Derive("广州美味厨具有限公司", offline, [])!.Value.Kind.ShouldBe(EligibilityKind.OfflineExhibitor);
        Derive("广州美味(番禺)制造有限公司", offline, [])!.Value.Kind.ShouldBe(EligibilityKind.OfflineExhibitor); // brackets fold
        Derive(" 佛山美味配件厂 ", offline, [])!.Value.Basis.ShouldContain("affiliate of 广州美味厨具有限公司");
        Derive("广州美味(番禺)制造公司", offline, []).ShouldBeNull(); // affiliate name mismatch
    }

    [Fact]
    public void Earlier_online_exhibitors_are_kind_b_but_online_only_in_133_to_135_needs_a_package()
    {
        Derive("甲", [], [("甲", 128, true, null)])!.Value.Kind.ShouldBe(EligibilityKind.OnlineHistory); // before 133 no package needed
        Derive("乙", [], [("乙", 134, true, null)]).ShouldBeNull(); // online-only without a package
        Derive("丙", [], [("丙", 134, true, "A")])!.Value.Kind.ShouldBe(EligibilityKind.OnlineHistory);
        Derive("丁", [], [("丁", 135, false, null)])!.Value.Kind.ShouldBe(EligibilityKind.OnlineHistory); // also offline then: no package needed
        Derive("戊", [], [("戊", 126, false, null), ("戊", 136, false, null)]).ShouldBeNull(); // outside the window
        Derive("己", [], [("己", 134, true, null), ("己", 129, false, null)])!.Value.Kind.ShouldBe(EligibilityKind.OnlineHistory); // any counting row
    }

    [Fact]
    public void Offline_wins_over_history_and_the_default_window_follows_the_session_number()
    {
        Derive("庚", [("庚", "")], [("庚", 130, false, null)])!.Value.Kind.ShouldBe(EligibilityKind.OfflineExhibitor);
        EligibilitySettings.DefaultFor(136).ShouldBe(Window136);
        EligibilitySettings.DefaultFor(140).ShouldBe(new EligibilityWindow(131, 139, 137, 139));
    }
}

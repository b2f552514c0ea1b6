using FairHall.Modules.Exhibitors.Showcase;

namespace FairHall.Tests.Showcase;

/// <summary>CAT-1: every allowed and every refused move of the enterprise info status machine, with and without missing fields.</summary>
[Trait("Req", "CAT-1")]
public sealed class ShowcaseTransitionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    /// <summary>The allowed moves, written out independently of the table: (from, action, complete) → to.</summary>
    private static readonly Dictionary<(ShowcaseStatus, ShowcaseAction, bool), ShowcaseStatus> Allowed = new()
    {
        [(ShowcaseStatus.Incomplete, ShowcaseAction.Save, false)] = ShowcaseStatus.Incomplete,
        [(ShowcaseStatus.Incomplete, ShowcaseAction.Save, true)] = ShowcaseStatus.Displayable,
        [(ShowcaseStatus.Incomplete, ShowcaseAction.Approve, false)] = ShowcaseStatus.Incomplete,
        [(ShowcaseStatus.Incomplete, ShowcaseAction.Approve, true)] = ShowcaseStatus.Displayable,
        [(ShowcaseStatus.Incomplete, ShowcaseAction.Reject, false)] = ShowcaseStatus.NeedsRectification,
        [(ShowcaseStatus.Incomplete, ShowcaseAction.Reject, true)] = ShowcaseStatus.NeedsRectification,
        [(ShowcaseStatus.Incomplete, ShowcaseAction.Ban, false)] = ShowcaseStatus.Banned,
        [(ShowcaseStatus.Incomplete, ShowcaseAction.Ban, true)] = ShowcaseStatus.Banned,
        [(ShowcaseStatus.Displayable, ShowcaseAction.Save, false)] = ShowcaseStatus.Incomplete,
        [(ShowcaseStatus.Displayable, ShowcaseAction.Save, true)] = ShowcaseStatus.Displayable,
        [(ShowcaseStatus.Displayable, ShowcaseAction.Approve, false)] = ShowcaseStatus.Incomplete,
        [(ShowcaseStatus.Displayable, ShowcaseAction.Approve, true)] = ShowcaseStatus.Displayable,
        [(ShowcaseStatus.Displayable, ShowcaseAction.Reject, false)] = ShowcaseStatus.NeedsRectification,
        [(ShowcaseStatus.Displayable, ShowcaseAction.Reject, true)] = ShowcaseStatus.NeedsRectification,
        [(ShowcaseStatus.Displayable, ShowcaseAction.Ban, false)] = ShowcaseStatus.Banned,
        [(ShowcaseStatus.Displayable, ShowcaseAction.Ban, true)] = ShowcaseStatus.Banned,
        [(ShowcaseStatus.NeedsRectification, ShowcaseAction.Save, false)] = ShowcaseStatus.NeedsRectification,
        [(ShowcaseStatus.NeedsRectification, ShowcaseAction.Save, true)] = ShowcaseStatus.NeedsRectification,
        [(ShowcaseStatus.NeedsRectification, ShowcaseAction.Approve, false)] = ShowcaseStatus.Incomplete,
        [(ShowcaseStatus.NeedsRectification, ShowcaseAction.Approve, true)] = ShowcaseStatus.Displayable,
        [(ShowcaseStatus.NeedsRectification, ShowcaseAction.Reject, false)] = ShowcaseStatus.NeedsRectification,
        [(ShowcaseStatus.NeedsRectification, ShowcaseAction.Reject, true)] = ShowcaseStatus.NeedsRectification,
        [(ShowcaseStatus.NeedsRectification, ShowcaseAction.Ban, false)] = ShowcaseStatus.Banned,
        [(ShowcaseStatus.NeedsRectification, ShowcaseAction.Ban, true)] = ShowcaseStatus.Banned,
        [(ShowcaseStatus.Banned, ShowcaseAction.Unban, false)] = ShowcaseStatus.Incomplete,
        [(ShowcaseStatus.Banned, ShowcaseAction.Unban, true)] = ShowcaseStatus.Displayable,
    };

    public static TheoryData<ShowcaseStatus, ShowcaseAction, bool> Every()
    {
        var data = new TheoryData<ShowcaseStatus, ShowcaseAction, bool>();
        foreach (var from in Enum.GetValues<ShowcaseStatus>())
        {
            foreach (var action in Enum.GetValues<ShowcaseAction>())
            {
                data.Add(from, action, false);
                data.Add(from, action, true);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Every))]
    public void Table_allows_exactly_the_listed_moves(ShowcaseStatus from, ShowcaseAction action, bool complete)
    {
        var next = ShowcaseTransitions.Next(from, action, complete);
        if (Allowed.TryGetValue((from, action, complete), out var expected))
        {
            next.ShouldBe(expected);
        }
        else
        {
            next.ShouldBeNull();
            ShowcaseTransitions.Illegal(from, action).Status.ShouldBe(422);
        }
    }

    [Fact]
    public void Refused_moves_have_stable_codes()
    {
        ShowcaseTransitions.Illegal(ShowcaseStatus.Banned, ShowcaseAction.Save).Code.ShouldBe("showcase_banned");
        ShowcaseTransitions.Illegal(ShowcaseStatus.Banned, ShowcaseAction.Approve).Code.ShouldBe("showcase_banned");
        ShowcaseTransitions.Illegal(ShowcaseStatus.Banned, ShowcaseAction.Ban).Code.ShouldBe("showcase_already_banned");
        ShowcaseTransitions.Illegal(ShowcaseStatus.Displayable, ShowcaseAction.Unban).Code.ShouldBe("showcase_not_banned");
    }

    [Fact]
    [Trait("Req", "CAT-4")]
    public void Missing_fields_are_named_in_form_order_and_a_map_needs_its_number_and_document()
    {
        var s = new EnterpriseShowcase(1, Now);
        s.Missing().ShouldBe(EnterpriseShowcase.RequiredFields);
        s.CompletenessPercent().ShouldBe(0);
        var complete = new ShowcaseDetails("简介", "Intro", "产品", "Products", 9, "王", "020", "a@b.cn", "广州", "Guangzhou", false, null, null,
            null, null, null, null, null, [], []);
        s.Save(complete, Now).ShouldBeNull();
        s.Status.ShouldBe(ShowcaseStatus.Displayable);
        s.Missing().ShouldBeEmpty();
        s.Suggestions().Count.ShouldBe(EnterpriseShowcase.OptionalFields.Length);
        s.CompletenessPercent().ShouldBeInRange(80, 99);

        s.Save(complete with { ContainsMap = true }, Now).ShouldBeNull();
        s.Status.ShouldBe(ShowcaseStatus.Incomplete);
        s.Missing().ShouldBe(["ContainsMap"]);
        s.Save(complete with { ContainsMap = true, MapApprovalNumber = "GS(2024)1234号", MapDocumentMediaId = 7 }, Now).ShouldBeNull();
        s.Status.ShouldBe(ShowcaseStatus.Displayable);
        s.Save(complete with { IntroEn = "  " }, Now).ShouldBeNull();
        s.Missing().ShouldBe(["IntroEn"]);
        s.MapApprovalNumber.ShouldBeNull(); // answering "no" drops the approval data
    }

    [Fact]
    public void Rectification_survives_saves_until_approved_and_a_ban_until_lifted()
    {
        var s = new EnterpriseShowcase(1, Now);
        var complete = new ShowcaseDetails("简介", "Intro", "产品", "Products", 9, "王", "020", "a@b.cn", "广州", "Guangzhou", false, null, null,
            null, null, null, null, null, [], []);
        s.Save(complete, Now).ShouldBeNull();
        s.Reject("简介与营业执照不符", Now).ShouldBeNull();
        s.Status.ShouldBe(ShowcaseStatus.NeedsRectification);
        s.Save(complete with { IntroZh = "新简介" }, Now).ShouldBeNull();
        s.Status.ShouldBe(ShowcaseStatus.NeedsRectification);
        s.StatusReason.ShouldBe("简介与营业执照不符");
        s.Approve(Now).ShouldBeNull();
        s.Status.ShouldBe(ShowcaseStatus.Displayable);
        s.StatusReason.ShouldBeNull();
        s.IsPublic(hasListedProduct: false).ShouldBeFalse();
        s.IsPublic(hasListedProduct: true).ShouldBeTrue();

        s.Ban("违规", Now).ShouldBeNull();
        s.Save(complete, Now)!.Code.ShouldBe("showcase_banned");
        s.IsPublic(true).ShouldBeFalse();
        s.Unban(Now).ShouldBeNull();
        s.Status.ShouldBe(ShowcaseStatus.Displayable);
    }
}

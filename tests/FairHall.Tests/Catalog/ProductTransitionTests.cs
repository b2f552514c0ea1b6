using FairHall.Modules.Catalog;

namespace FairHall.Tests.Catalog;

/// <summary>CAT-2: every allowed and every refused move of the product status machine, and the CAT-6 new-product tag.</summary>
[Trait("Req", "CAT-2")]
public sealed class ProductTransitionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    /// <summary>The allowed moves, written out independently of the table under test.</summary>
    private static readonly Dictionary<(ProductStatus, ProductAction), ProductStatus> Allowed = new()
    {
        [(ProductStatus.Unreviewed, ProductAction.Edit)] = ProductStatus.Unreviewed,
        [(ProductStatus.Unreviewed, ProductAction.Submit)] = ProductStatus.Unreviewed,
        [(ProductStatus.Unreviewed, ProductAction.Approve)] = ProductStatus.Approved,
        [(ProductStatus.Unreviewed, ProductAction.Reject)] = ProductStatus.NeedsRectification,
        [(ProductStatus.Unreviewed, ProductAction.Delete)] = ProductStatus.Unreviewed,
        [(ProductStatus.Unreviewed, ProductAction.Ban)] = ProductStatus.Banned,
        [(ProductStatus.UpdatedUnreviewed, ProductAction.Edit)] = ProductStatus.UpdatedUnreviewed,
        [(ProductStatus.UpdatedUnreviewed, ProductAction.Submit)] = ProductStatus.UpdatedUnreviewed,
        [(ProductStatus.UpdatedUnreviewed, ProductAction.Approve)] = ProductStatus.Approved,
        [(ProductStatus.UpdatedUnreviewed, ProductAction.Reject)] = ProductStatus.NeedsRectification,
        [(ProductStatus.UpdatedUnreviewed, ProductAction.Delete)] = ProductStatus.UpdatedUnreviewed,
        [(ProductStatus.UpdatedUnreviewed, ProductAction.Ban)] = ProductStatus.Banned,
        [(ProductStatus.Approved, ProductAction.Edit)] = ProductStatus.UpdatedUnreviewed,
        [(ProductStatus.Approved, ProductAction.List)] = ProductStatus.Listed,
        [(ProductStatus.Approved, ProductAction.Delete)] = ProductStatus.Approved,
        [(ProductStatus.Approved, ProductAction.Ban)] = ProductStatus.Banned,
        [(ProductStatus.Listed, ProductAction.Edit)] = ProductStatus.UpdatedUnreviewed,
        [(ProductStatus.Listed, ProductAction.Delist)] = ProductStatus.Delisted,
        [(ProductStatus.Listed, ProductAction.Delete)] = ProductStatus.Listed,
        [(ProductStatus.Listed, ProductAction.Ban)] = ProductStatus.Banned,
        [(ProductStatus.Delisted, ProductAction.Edit)] = ProductStatus.UpdatedUnreviewed,
        [(ProductStatus.Delisted, ProductAction.List)] = ProductStatus.Listed,
        [(ProductStatus.Delisted, ProductAction.Delete)] = ProductStatus.Delisted,
        [(ProductStatus.Delisted, ProductAction.Ban)] = ProductStatus.Banned,
        [(ProductStatus.NeedsRectification, ProductAction.Edit)] = ProductStatus.NeedsRectification,
        [(ProductStatus.NeedsRectification, ProductAction.Submit)] = ProductStatus.UpdatedUnreviewed,
        [(ProductStatus.NeedsRectification, ProductAction.Delete)] = ProductStatus.NeedsRectification,
        [(ProductStatus.NeedsRectification, ProductAction.Ban)] = ProductStatus.Banned,
        [(ProductStatus.Banned, ProductAction.Unban)] = ProductStatus.Delisted,
    };

    public static TheoryData<ProductStatus, ProductAction> AllPairs()
    {
        var data = new TheoryData<ProductStatus, ProductAction>();
        foreach (var s in Enum.GetValues<ProductStatus>())
        {
            foreach (var a in Enum.GetValues<ProductAction>())
            {
                data.Add(s, a);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Every_move_is_allowed_or_refused_as_specified(ProductStatus from, ProductAction action)
    {
        var next = ProductTransitions.Next(from, action);
        if (Allowed.TryGetValue((from, action), out var expected))
        {
            next.ShouldBe(expected);
        }
        else
        {
            next.ShouldBeNull();
            var error = ProductTransitions.Illegal(from, action);
            error.Status.ShouldBe(422);
            error.Code.ShouldStartWith("product_");
        }
    }

    [Fact]
    public void Banned_refuses_list_edit_and_delete_with_product_banned()
    {
        foreach (var a in new[] { ProductAction.List, ProductAction.Edit, ProductAction.Delete, ProductAction.Submit })
        {
            ProductTransitions.Illegal(ProductStatus.Banned, a).Code.ShouldBe("product_banned");
        }
    }

    [Fact]
    public void Draft_is_submitted_approved_listed_then_an_edit_leaves_the_public_for_review()
    {
        var p = New();
        p.IsDraft.ShouldBeTrue();
        p.Approve(Now).ShouldNotBeNull(); // a draft is not in review
        p.List(Now)!.Code.ShouldBe("product_not_approved");
        p.Submit(Now).ShouldBeNull();
        p.InReview.ShouldBeTrue();
        p.Approve(Now).ShouldBeNull();
        p.Status.ShouldBe(ProductStatus.Approved);
        p.Submit(Now)!.Code.ShouldBe("product_already_reviewed");
        p.List(Now).ShouldBeNull();
        p.List(Now)!.Code.ShouldBe("product_already_listed");
        p.Edit(p.Details with { NameZh = "新水杯" }, Now).ShouldBeNull();
        p.Status.ShouldBe(ProductStatus.UpdatedUnreviewed);
        p.InReview.ShouldBeTrue();
        p.ListAfterApproval.ShouldBeTrue();
        p.ListedAt.ShouldBeNull();
        p.Reject("图片不清晰", Now).ShouldBeNull();
        p.Status.ShouldBe(ProductStatus.NeedsRectification);
        p.StatusReason.ShouldBe("图片不清晰");
        p.Submit(Now).ShouldBeNull();
        p.Status.ShouldBe(ProductStatus.UpdatedUnreviewed);
        p.StatusReason.ShouldBeNull();
        p.Ban("违规", Now).ShouldBeNull();
        p.CanDelete()!.Code.ShouldBe("product_banned");
        p.Edit(p.Details, Now)!.Code.ShouldBe("product_banned");
    }

    [Fact]
    [Trait("Req", "CAT-6")]
    public void New_tag_lapses_after_two_years_and_reticking_renews_it()
    {
        var p = New(isNew: true);
        p.ShowsNewTag(Now.AddDays(729)).ShouldBeTrue();
        p.ShowsNewTag(Now.AddDays(731)).ShouldBeFalse();
        p.Edit(p.Details, Now.AddDays(400)).ShouldBeNull(); // still ticked, not lapsed: an edit does not renew
        p.ShowsNewTag(Now.AddDays(731)).ShouldBeFalse();
        p.Edit(p.Details with { IsNew = false }, Now.AddDays(800)).ShouldBeNull();
        p.Edit(p.Details with { IsNew = true }, Now.AddDays(801)).ShouldBeNull();
        p.ShowsNewTag(Now.AddDays(801 + 729)).ShouldBeTrue();
    }

    [Fact]
    public void Copy_is_a_new_draft_with_the_same_details()
    {
        var p = New();
        p.Submit(Now);
        p.Approve(Now);
        var copy = p.Copy(Now);
        copy.IsDraft.ShouldBeTrue();
        copy.Details.ShouldBeEquivalentTo(p.Details);
    }

    private static Product New(bool isNew = false) =>
        new(1, 1, new ProductDetails(1, "水杯", "Cup", "描述", "Description", "家居", null, null, null, 1000, null, null, isNew), Now);
}

using FairHall.Platform.Outcomes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Reviews;

/// <summary>Which kind of organization reviews a subject (ROLE-2..4).</summary>
public enum ReviewerKind
{
    /// <summary>交易团 / 分团.</summary>
    Delegation,

    /// <summary>商协会.</summary>
    Association,

    /// <summary>组展机构.</summary>
    Institution,
}

/// <summary>Where a review item stands .</summary>
public enum ReviewStatus
{
    /// <summary>待审核: waiting for a reviewer; the applicant may still edit.</summary>
    Pending,

    /// <summary>审核中: a reviewer has claimed it; the applicant can no longer edit.</summary>
    Claimed,

    /// <summary>审核通过.</summary>
    Approved,

    /// <summary>审核驳回: with a reason; the applicant edits and resubmits.</summary>
    Rejected,
}

/// <summary>What can happen to a review item; each is one row of its history.</summary>
public enum ReviewAction
{
    /// <summary>提交 / 重新提交.</summary>
    Submit,

    /// <summary>领取.</summary>
    Claim,

    /// <summary>退回待审.</summary>
    Release,

    /// <summary>通过.</summary>
    Approve,

    /// <summary>驳回.</summary>
    Reject,
}

/// <summary>The status machine of every review item, as one table.</summary>
public static class ReviewTransitions
{
    public static ReviewStatus? Next(ReviewStatus from, ReviewAction action) => (from, action) switch
    {
        (ReviewStatus.Pending, ReviewAction.Submit) => ReviewStatus.Pending, // edited while waiting: new snapshot
        (ReviewStatus.Rejected, ReviewAction.Submit) => ReviewStatus.Pending,
        (ReviewStatus.Pending, ReviewAction.Claim) => ReviewStatus.Claimed,
        (ReviewStatus.Claimed, ReviewAction.Release) => ReviewStatus.Pending,
        (ReviewStatus.Pending or ReviewStatus.Claimed, ReviewAction.Approve) => ReviewStatus.Approved,
        (ReviewStatus.Pending or ReviewStatus.Claimed, ReviewAction.Reject) => ReviewStatus.Rejected,
        (ReviewStatus.Pending, _) or (ReviewStatus.Claimed, _) or (ReviewStatus.Approved, _) or (ReviewStatus.Rejected, _) => null,
        _ => throw new ArgumentOutOfRangeException(nameof(from), from, null),
    };

    /// <summary>A decision on something already decided lost a race (409); other illegal moves break a rule (422).</summary>
    public static Error Illegal(ReviewStatus from, ReviewAction action) =>
        from is ReviewStatus.Approved or ReviewStatus.Rejected && action is not ReviewAction.Submit
            ? Error.Conflict("conflict")
            : from == ReviewStatus.Claimed && action == ReviewAction.Submit
                ? Error.Conflict("review_in_progress")
                : Error.Rule("review_illegal_transition");
}

/// <summary>
/// One reviewable subject in the one review queue: which subject, who reviews it, where it stands, and
/// a JSON snapshot of what the applicant submitted last. Its history is in <see cref="ReviewEvent"/>.
/// </summary>
public sealed class ReviewItem
{
    private ReviewItem()
    {
    }

    public ReviewItem(string subjectType, long subjectId, ReviewerKind reviewerKind, long reviewerOrgId, long? applicantEnterpriseId)
    {
        SubjectType = subjectType;
        SubjectId = subjectId;
        ReviewerKind = reviewerKind;
        ReviewerOrgId = reviewerOrgId;
        ApplicantEnterpriseId = applicantEnterpriseId;
        Status = ReviewStatus.Rejected; // the first Submit moves it to Pending through the table
    }

    public long Id { get; private set; }
    public string SubjectType { get; private set; } = "";
    public long SubjectId { get; private set; }
    public ReviewerKind ReviewerKind { get; private set; }
    public long ReviewerOrgId { get; private set; }
    public long? ApplicantEnterpriseId { get; private set; }
    public string TitleZh { get; private set; } = "";
    public string TitleEn { get; private set; } = "";

    /// <summary>Lower-cased title and identifiers for the reviewer's search box.</summary>
    public string SearchText { get; private set; } = "";

    public ReviewStatus Status { get; private set; }
    public int Round { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public long? ClaimedByUserId { get; private set; }
    public string? ClaimedByName { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecidedByName { get; private set; }
    public string? Reason { get; private set; }
    public string Snapshot { get; private set; } = "{}";
    public long Version { get; private set; }

    public Result<ReviewEvent> Submit(string titleZh, string titleEn, string searchText, string snapshot, Actor by, DateTimeOffset now)
    {
        if (Move(ReviewAction.Submit) is { } illegal)
        {
            return illegal;
        }

        TitleZh = titleZh;
        TitleEn = titleEn;
        SearchText = searchText.ToLowerInvariant();
        Snapshot = snapshot;
        SubmittedAt = now;
        Round++;
        ClaimedByUserId = null;
        ClaimedByName = null;
        DecidedAt = null;
        DecidedByName = null;
        Reason = null;
        return Event(ReviewAction.Submit, by, now, null);
    }

    public Result<ReviewEvent> Claim(Actor by, DateTimeOffset now)
    {
        if (Move(ReviewAction.Claim) is { } illegal)
        {
            return illegal;
        }

        ClaimedByUserId = by.UserId;
        ClaimedByName = by.Name;
        return Event(ReviewAction.Claim, by, now, null);
    }

    public Result<ReviewEvent> Release(Actor by, DateTimeOffset now)
    {
        if (Move(ReviewAction.Release) is { } illegal)
        {
            return illegal;
        }

        ClaimedByUserId = null;
        ClaimedByName = null;
        return Event(ReviewAction.Release, by, now, null);
    }

    public Result<ReviewEvent> Approve(Actor by, DateTimeOffset now, string? note) => Decide(ReviewAction.Approve, by, now, note);

    public Result<ReviewEvent> Reject(Actor by, DateTimeOffset now, string reason) => Decide(ReviewAction.Reject, by, now, reason);

    /// <summary>Another reviewer's claim is respected; the organizer has the final say (ROLE-1) and may override it.</summary>
    public bool IsClaimedByOther(Actor by) => Status == ReviewStatus.Claimed && ClaimedByUserId != by.UserId && !by.IsOrganizer;

    private Result<ReviewEvent> Decide(ReviewAction action, Actor by, DateTimeOffset now, string? reason)
    {
        if (IsClaimedByOther(by))
        {
            return Error.Conflict("review_claimed");
        }

        if (Move(action) is { } illegal)
        {
            return illegal;
        }

        DecidedAt = now;
        DecidedByName = by.Name;
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        return Event(action, by, now, Reason);
    }

    private Error? Move(ReviewAction action)
    {
        if (ReviewTransitions.Next(Status, action) is not { } next)
        {
            return ReviewTransitions.Illegal(Status, action);
        }

        Status = next;
        Version++;
        return null;
    }

    private ReviewEvent Event(ReviewAction action, Actor by, DateTimeOffset now, string? reason) =>
        new(this, action, Status, by, now, reason, Snapshot);
}

/// <summary>Who acts on a review item.</summary>
public sealed record Actor(long? UserId, string Name, bool IsOrganizer);

internal sealed class ReviewItemConfiguration : IEntityTypeConfiguration<ReviewItem>
{
    public void Configure(EntityTypeBuilder<ReviewItem> b)
    {
        b.ToTable("review_items");
        b.Property(x => x.SubjectType).HasMaxLength(40);
        b.Property(x => x.ReviewerKind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.TitleZh).HasMaxLength(200);
        b.Property(x => x.TitleEn).HasMaxLength(300);
        b.Property(x => x.SearchText).HasMaxLength(600);
        b.Property(x => x.ClaimedByName).HasMaxLength(100);
        b.Property(x => x.DecidedByName).HasMaxLength(100);
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.SubjectType, x.SubjectId }).IsUnique();
        // The queue of one organization, filtered by status, keyset-paged by id.
        b.HasIndex(x => new { x.ReviewerKind, x.ReviewerOrgId, x.Status, x.Id });
        b.HasIndex(x => x.ApplicantEnterpriseId);
    }
}

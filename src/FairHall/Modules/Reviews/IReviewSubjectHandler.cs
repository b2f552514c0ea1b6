using FairHall.Platform.Notifications;
using FairHall.Platform.Outcomes;

namespace FairHall.Modules.Reviews;

/// <summary>Whom to tell about a decision, and where the link in the message points.</summary>
public sealed record ReviewNotice(IReadOnlyList<NotificationRecipient> Recipients, string? Link);

/// <summary>
/// The module that owns a kind of subject (qualification, CIFTIS registration, later products and booths).
/// The queue calls it on every move of an item, in the same unit of work, so the subject's own status
/// follows the review (e.g. a qualification becomes Enabled on approval) or the whole move fails.
/// </summary>
public interface IReviewSubjectHandler
{
    /// <summary>Stable name stored in <c>review_items.subject_type</c>.</summary>
    string SubjectType { get; }

    string NameZh { get; }

    string NameEn { get; }

    /// <summary>Applies the move to the subject (tracked by the caller's DbContext; do not save).</summary>
    Task<Result<ReviewNotice>> OnMovedAsync(ReviewItem item, ReviewAction action, string? reason, DateTimeOffset now, CancellationToken ct);
}

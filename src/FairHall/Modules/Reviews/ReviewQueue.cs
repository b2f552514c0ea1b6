using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Reviews;

/// <summary>What a subject module hands to the queue when the applicant submits (or resubmits).</summary>
public sealed record ReviewSubmission(
    string SubjectType, long SubjectId, ReviewerKind ReviewerKind, long ReviewerOrgId, long? ApplicantEnterpriseId,
    string TitleZh, string TitleEn, string SearchText, ReviewSnapshot Snapshot);

/// <summary>
/// The door of the review queue for subject modules. It only adds to the caller's unit of work: the caller
/// saves the subject and the queue entry together.
/// </summary>
public sealed class ReviewQueue(FairHallDbContext db, ICurrentActor actor, TimeProvider clock)
{
    public async Task<Result<ReviewItem>> SubmitAsync(ReviewSubmission s, CancellationToken ct)
    {
        var item = await db.Set<ReviewItem>().FirstOrDefaultAsync(i => i.SubjectType == s.SubjectType && i.SubjectId == s.SubjectId, ct);
        if (item is null)
        {
            item = new ReviewItem(s.SubjectType, s.SubjectId, s.ReviewerKind, s.ReviewerOrgId, s.ApplicantEnterpriseId);
            db.Add(item);
        }

        var by = new Actor(actor.UserId, actor.Name, false);
        var submitted = item.Submit(s.TitleZh, s.TitleEn, s.SearchText, s.Snapshot.ToJson(), by, clock.GetUtcNow());
        if (!submitted.IsSuccess)
        {
            return submitted.Error;
        }

        db.Add(submitted.Value);
        return item;
    }

    /// <summary>The queue entry of a subject, if it was ever submitted (read-only).</summary>
    public Task<ReviewItem?> FindAsync(string subjectType, long subjectId, CancellationToken ct) =>
        db.Set<ReviewItem>().AsNoTracking().FirstOrDefaultAsync(i => i.SubjectType == subjectType && i.SubjectId == subjectId, ct);
}

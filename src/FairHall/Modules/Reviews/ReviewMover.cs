using FairHall.Modules.Accounts;
using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Notifications;
using FairHall.Platform.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Reviews;

/// <summary>
/// Moves one review item (claim, release, approve, reject) in one unit of work: the item, its history row,
/// the subject's own status (through its <see cref="IReviewSubjectHandler"/>) and the applicant's notification
/// are saved together. Two reviewers deciding at once: the version check lets exactly one win, the other gets 409.
/// </summary>
internal sealed class ReviewMover(FairHallDbContext db, ReviewScope scope, IEnumerable<IReviewSubjectHandler> handlers, Notifier notifier, TimeProvider clock)
{
    public async Task<Result<ReviewItemView>> MoveAsync(long id, ReviewAction action, string? reason, long? version, CancellationToken ct)
    {
        var item = await scope.FindAsync(id, ct);
        if (item is null)
        {
            return Error.NotFound();
        }

        if (version is { } seen)
        {
            if (item.Version != seen)
            {
                return Error.Conflict("conflict");
            }

            db.Entry(item).Property(x => x.Version).OriginalValue = seen;
        }

        var handler = handlers.FirstOrDefault(h => h.SubjectType == item.SubjectType)
            ?? throw new InvalidOperationException($"No review subject handler for '{item.SubjectType}'.");
        var by = scope.Actor;
        var now = clock.GetUtcNow();
        var moved = action switch
        {
            ReviewAction.Claim => item.Claim(by, now),
            ReviewAction.Release => item.Release(by, now),
            ReviewAction.Approve => item.Approve(by, now, reason),
            ReviewAction.Reject => item.Reject(by, now, reason ?? ""),
            ReviewAction.Submit => throw new ArgumentException("Applicants submit through their own module.", nameof(action)),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
        };
        if (!moved.IsSuccess)
        {
            return moved.Error;
        }

        db.Add(moved.Value);
        var applied = await handler.OnMovedAsync(item, action, item.Reason, now, ct);
        if (!applied.IsSuccess)
        {
            // The subject may refuse because another reviewer's decision committed after this item was read:
            // that is the same lost race as a failed version check, so it is answered the same way (409).
            var loaded = db.Entry(item).Property(x => x.Version).OriginalValue;
            db.ChangeTracker.Clear();
            var current = await db.Set<ReviewItem>().AsNoTracking().Where(i => i.Id == id).Select(i => i.Version).FirstOrDefaultAsync(ct);
            return current != loaded ? Error.Conflict("conflict") : applied.Error;
        }

        if (action is ReviewAction.Approve or ReviewAction.Reject)
        {
            Notify(item, handler, action, applied.Value);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Error.Conflict("conflict");
        }

        return ReviewItemView.From(item, handler);
    }

    private void Notify(ReviewItem item, IReviewSubjectHandler handler, ReviewAction action, ReviewNotice notice)
    {
        var approved = action == ReviewAction.Approve;
        var content = new NotificationContent(
            approved ? $"{handler.NameZh}审核通过：{item.TitleZh}" : $"{handler.NameZh}审核驳回：{item.TitleZh}",
            approved ? $"{handler.NameEn} approved: {item.TitleEn}" : $"{handler.NameEn} rejected: {item.TitleEn}",
            approved ? $"您提交的{handler.NameZh}已审核通过。" : $"您提交的{handler.NameZh}未通过审核，原因：{item.Reason}。请修改后重新提交。",
            approved ? $"Your {handler.NameEn.ToLowerInvariant()} has been approved." : $"Your {handler.NameEn.ToLowerInvariant()} was rejected. Reason: {item.Reason}. Please correct it and submit again.",
            notice.Link);
        foreach (var to in notice.Recipients)
        {
            notifier.Queue(content, to, smsPurpose: "review");
        }
    }
}

/// <summary>Finds the enterprise admin accounts of an enterprise: whom a decision about the enterprise is told (in-app and SMS).</summary>
public static class EnterpriseContacts
{
    public static async Task<IReadOnlyList<NotificationRecipient>> AdminsAsync(FairHallDbContext db, long enterpriseId, CancellationToken ct)
    {
        var adminRole = Platform.Security.Roles.ExhibitorAdmin;
        var admins = await (
            from u in db.Set<User>()
            join ur in db.UserRoles on u.Id equals ur.UserId
            join r in db.Roles on ur.RoleId equals r.Id
            where u.EnterpriseId == enterpriseId && r.Name == adminRole
            select new { u.Id, u.PhoneNumber, u.Email }).ToListAsync(ct);
        return [.. admins.Select(a => new NotificationRecipient(UserId: a.Id, Phone: a.PhoneNumber))];
    }
}

/// <summary>What the review API and pages show of an item (list and detail).</summary>
public sealed record ReviewItemView(
    long Id, string SubjectType, string SubjectNameZh, string SubjectNameEn, long SubjectId, ReviewerKind ReviewerKind, long ReviewerOrgId,
    string TitleZh, string TitleEn, ReviewStatus Status, int Round, DateTimeOffset SubmittedAt, string? ClaimedByName,
    DateTimeOffset? DecidedAt, string? DecidedByName, string? Reason, long Version)
{
    public static ReviewItemView From(ReviewItem i, IReviewSubjectHandler? h) => new(
        i.Id, i.SubjectType, h?.NameZh ?? i.SubjectType, h?.NameEn ?? i.SubjectType, i.SubjectId, i.ReviewerKind, i.ReviewerOrgId,
        i.TitleZh, i.TitleEn, i.Status, i.Round, i.SubmittedAt, i.ClaimedByName, i.DecidedAt, i.DecidedByName, i.Reason, i.Version);

    public string SubjectName => Bilingual.Pick(SubjectNameZh, SubjectNameEn);

    public string Title => Bilingual.Pick(TitleZh, TitleEn);
}

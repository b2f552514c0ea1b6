using FairHall.Modules.Reviews;
using FairHall.Platform.Data;
using FairHall.Platform.Notifications;
using FairHall.Platform.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Exhibitors.Onboarding;

/// <summary>
/// "Who invites, reviews" (谁邀请谁审核, ROLE-4): a CIFTIS registration goes to the institution that issued its
/// code. Claiming locks it (审核中); approval links it to an enterprise, creating one when none has its name.
/// </summary>
internal sealed class CiftisReviewHandler(FairHallDbContext db) : IReviewSubjectHandler
{
    public const string Type = "ciftis_registration";

    public string SubjectType => Type;

    public string NameZh => "参展申请";

    public string NameEn => "Exhibitor registration";

    public static ReviewSubmission Submission(CiftisRegistration r, string code) => new(
        Type, r.Id, ReviewerKind.Institution, r.InstitutionId, r.EnterpriseId, r.CompanyName, r.CompanyName,
        $"{r.CompanyName} {r.CreditCode} {code}", CiftisForm.Snapshot(r, code));

    public async Task<Result<ReviewNotice>> OnMovedAsync(ReviewItem item, ReviewAction action, string? reason, DateTimeOffset now, CancellationToken ct)
    {
        var r = await db.Set<CiftisRegistration>().FirstOrDefaultAsync(x => x.Id == item.SubjectId, ct);
        if (r is null)
        {
            return Error.NotFound();
        }

        Error? illegal;
        switch (action)
        {
            case ReviewAction.Claim:
                illegal = r.Lock();
                break;
            case ReviewAction.Release:
                illegal = r.Unlock();
                break;
            case ReviewAction.Reject:
                illegal = r.Reject(reason ?? "");
                break;
            case ReviewAction.Approve:
                var enterprise = await db.Set<Enterprise>().FirstOrDefaultAsync(e => e.NameZh == r.CompanyName, ct);
                if (enterprise is null)
                {
                    enterprise = new Enterprise { NameZh = r.CompanyName, NameEn = r.CompanyName, CreatedAt = now };
                    db.Add(enterprise);
                }

                illegal = r.Approve(enterprise);
                break;
            case ReviewAction.Submit:
            default:
                illegal = Error.Rule("review_illegal_transition");
                break;
        }

        return illegal is not null
            ? illegal
            : new ReviewNotice([new NotificationRecipient(Phone: r.ContactPhone, Email: r.ContactEmail)], null);
    }
}

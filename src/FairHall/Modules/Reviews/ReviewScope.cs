using FairHall.Modules.Fairs;
using FairHall.Platform.Data;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Reviews;

/// <summary>
/// Which review items the current reviewer may see: a delegation its own and its sub-delegations' (ROLE-2),
/// an association or institution its own (ROLE-3/4), the organizer all (ROLE-1). Anything else is "not found".
/// </summary>
internal sealed class ReviewScope(FairHallDbContext db, ICurrentActor actor)
{
    public Actor Actor => new(actor.UserId, actor.Name, actor.IsInRole(Roles.Organizer));

    public async Task<IQueryable<ReviewItem>> ApplyAsync(IQueryable<ReviewItem> items, CancellationToken ct)
    {
        if (actor.IsInRole(Roles.Organizer))
        {
            return items;
        }

        List<long> delegations = [];
        if (actor.IsInRole(Roles.DelegationReviewer) && actor.DelegationId is { } own)
        {
            delegations = await db.Set<Delegation>().Where(d => d.Id == own || d.ParentId == own).Select(d => d.Id).ToListAsync(ct);
        }

        var association = actor.IsInRole(Roles.AssociationReviewer) ? actor.AssociationId ?? -1 : -1;
        var institution = actor.IsInRole(Roles.InstitutionReviewer) ? actor.InstitutionId ?? -1 : -1;
        return items.Where(i =>
            (i.ReviewerKind == ReviewerKind.Delegation && delegations.Contains(i.ReviewerOrgId))
            || (i.ReviewerKind == ReviewerKind.Association && i.ReviewerOrgId == association)
            || (i.ReviewerKind == ReviewerKind.Institution && i.ReviewerOrgId == institution));
    }

    /// <summary>The item if the reviewer may see it; tracked, to be changed.</summary>
    public async Task<ReviewItem?> FindAsync(long id, CancellationToken ct) =>
        await (await ApplyAsync(db.Set<ReviewItem>(), ct)).FirstOrDefaultAsync(i => i.Id == id, ct);
}

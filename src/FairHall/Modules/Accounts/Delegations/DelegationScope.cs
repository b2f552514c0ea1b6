using FairHall.Modules.Exhibitors;
using FairHall.Modules.Fairs;
using FairHall.Platform.Data;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Accounts.Delegations;

/// <summary>
/// ACC-3, ROLE-2: the accounts a delegation reviewer looks after: those of enterprises owned by the reviewer's
/// delegation or by one of its sub-delegations (分团 roll up to their parent). The organizer sees all.
/// Another delegation's account is "not found", never "forbidden", so ids reveal nothing.
/// </summary>
internal sealed class DelegationScope(FairHallDbContext db, ICurrentActor me)
{
    public IQueryable<User> Accounts()
    {
        var users = db.Users.Where(u => u.EnterpriseId != null);
        if (me.IsInRole(Roles.Organizer))
        {
            return users;
        }

        var delegationId = me.DelegationId ?? -1;
        var children = db.Set<Delegation>().Where(d => d.ParentId == delegationId).Select(d => (long?)d.Id);
        var enterprises = db.Set<Enterprise>()
            .Where(e => e.DelegationId == delegationId || children.Contains(e.DelegationId))
            .Select(e => (long?)e.Id);
        return users.Where(u => enterprises.Contains(u.EnterpriseId));
    }

    public Task<User?> FindAsync(long id, CancellationToken ct) => Accounts().FirstOrDefaultAsync(u => u.Id == id, ct);
}

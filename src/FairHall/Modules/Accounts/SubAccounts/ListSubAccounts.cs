using FairHall.Platform.Data;
using FairHall.Platform.Notifications;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Accounts.SubAccounts;

/// <summary>One account of an enterprise as its admin sees it.</summary>
public sealed record SubAccountView(
    long Id, string UserName, string? LoginName, string DisplayName, string? RealName, AccountStatus Status,
    string Phone, bool PhoneBound, StaffDuty? Duty, bool Locked, bool IsAdmin, IReadOnlyList<long> ZoneIds);

/// <summary>GET /api/v1/enterprise/accounts — ACC-4/5/6: the admin's list of the enterprise's accounts with the limit.</summary>
internal static class ListSubAccounts
{
    public sealed record Response(IReadOnlyList<SubAccountView> Items, int Enabled, int Limit);

    internal sealed class Handler(FairHallDbContext db, ICurrentActor me, IAccountQuota quota, EnterpriseAccounts accounts, TimeProvider clock)
    {
        public async Task<Result<Response>> HandleAsync(CancellationToken ct)
        {
            var enterpriseId = me.EnterpriseId ?? -1;
            var users = await db.Users.AsNoTracking().Where(u => u.EnterpriseId == enterpriseId).OrderBy(u => u.Id).ToListAsync(ct);
            var ids = users.Select(u => u.Id).ToList();
            var zones = await db.Set<AccountZone>().AsNoTracking().Where(z => ids.Contains(z.UserId)).ToListAsync(ct);
            var now = clock.GetUtcNow();
            var items = new List<SubAccountView>();
            foreach (var u in users)
            {
                items.Add(new SubAccountView(u.Id, u.UserName!, u.LoginName, u.DisplayName, u.RealName, u.Status,
                    PhoneMask.Mask(u.PhoneNumber), u.PhoneNumberConfirmed, u.Duty, u.LockoutEnd > now,
                    await accounts.IsAdminAsync(u.Id, ct), [.. zones.Where(z => z.UserId == u.Id).Select(z => z.ZoneId).Order()]));
            }

            return new Response(items, users.Count(u => u.Status == AccountStatus.Enabled), await quota.EnabledAccountLimitAsync(enterpriseId, ct));
        }
    }

    public static void Map(RouteGroupBuilder enterprise) =>
        enterprise.MapGet("/accounts", async (Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.ExhibitorAdmin).WithSummary("The enterprise's accounts, enabled count and limit (admin only).");
}

using System.Globalization;
using FairHall.Modules.Exhibitors;
using FairHall.Modules.Fairs;
using FairHall.Platform.Data;
using FairHall.Platform.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Accounts;

/// <summary>
/// Demo data of the Accounts module, loaded after the demo accounts: phone numbers for them (distinct,
/// 138-0013-80xx), zones for <c>demo.exhibitor-01</c>, a disabled second sub-account, and a locked account of
/// another Guangzhou enterprise, so that the sub-account and delegation account pages have something to show.
/// </summary>
internal static class AccountsDemoData
{
    public static async Task SeedAsync(FairHallDbContext db, UserManager<User> users, TimeProvider clock, string password, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var demo = await db.Users.Where(u => u.PhoneNumberConfirmed && u.PhoneNumber == null).OrderBy(u => u.Id).ToListAsync(ct);
        var n = 0;
        foreach (var user in demo)
        {
            user.BindPhone(DemoPhone(n++));
        }

        await db.SaveChangesAsync(ct);

        var staff = await db.Users.FirstOrDefaultAsync(u => u.UserName == "demo.exhibitor-01", ct);
        var delegation = await db.Users.Where(u => u.UserName == "gz.delegation").Select(u => u.DelegationId).FirstOrDefaultAsync(ct);
        if (staff?.EnterpriseId is not { } enterpriseId || delegation is null)
        {
            return;
        }

        var sessions = await db.Set<Session>().AsNoTracking().OrderByDescending(s => s.ApplicationOpensOn).Take(20).ToListAsync(ct);
        var session = sessions.FirstOrDefault(s => s.ApplicationOpensOn <= s.Today(clock)) ?? sessions.LastOrDefault();
        if (session is not null)
        {
            var zones = await db.Set<Zone>().AsNoTracking().Where(z => z.SessionId == session.Id && z.IsActive)
                .OrderBy(z => z.PhaseNumber).ThenBy(z => z.SortOrder).ThenBy(z => z.Code).Select(z => z.Id).Take(2).ToListAsync(ct);
            db.AddRange(zones.Select(z => new AccountZone(staff.Id, z)));
            await db.SaveChangesAsync(ct);
        }

        // ACC-4: a disabled sub-account has no phone; enabling it counts against the limit (ACC-6).
        var second = new User { UserName = "demo.exhibitor-02", DisplayName = "美味厨具 子账号02", EnterpriseId = enterpriseId, CreatedAt = now, Duty = StaffDuty.Consultant };
        second.Disable();
        await CreateAsync(users, second, password, Roles.ExhibitorStaff);

        // ACC-3: ten wrong passwords locked it; gz.delegation can unlock it on /delegation/accounts.
        var enterprise = new Enterprise { NameZh = "广州荔湾陶瓷工艺品有限公司", NameEn = "Guangzhou Liwan Ceramics Crafts Co., Ltd.", DelegationId = delegation, CreatedAt = now };
        db.Add(enterprise);
        await db.SaveChangesAsync(ct);
        var locked = new User { UserName = "demo.locked", DisplayName = "荔湾陶瓷 管理员", EnterpriseId = enterprise.Id, CreatedAt = now };
        locked.BindPhone(DemoPhone(n));
        await CreateAsync(users, locked, password, Roles.ExhibitorAdmin);
        await users.SetLockoutEndDateAsync(locked, now.AddYears(10));
    }

    private static string DemoPhone(int n) => "138001380" + n.ToString("D2", CultureInfo.InvariantCulture);

    private static async Task CreateAsync(UserManager<User> users, User user, string password, string role)
    {
        Check(await users.CreateAsync(user, password), user);
        Check(await users.AddToRoleAsync(user, role), user);
    }

    private static void Check(IdentityResult result, User user)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo account {user.UserName}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}

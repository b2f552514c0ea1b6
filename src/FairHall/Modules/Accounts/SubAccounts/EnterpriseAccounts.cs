using FairHall.Modules.Exhibitors;
using FairHall.Platform.Data;
using FairHall.Platform.Notifications;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Accounts.SubAccounts;

/// <summary>What the sub-account use cases share: finding a sub-account of the admin's enterprise, the limit, passwords.</summary>
internal sealed class EnterpriseAccounts(FairHallDbContext db, ICurrentActor me, IAccountQuota quota, UserManager<User> users, ISmsSender sms)
{
    /// <summary>A sub-account (not an admin) of the caller's enterprise; another enterprise's account is "not found".</summary>
    public async Task<User?> FindSubAccountAsync(long id, CancellationToken ct)
    {
        var enterpriseId = me.EnterpriseId ?? -1;
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id && u.EnterpriseId == enterpriseId, ct);
        return user is null || user.Id == me.UserId || await IsAdminAsync(user.Id, ct) ? null : user;
    }

    public Task<bool> IsAdminAsync(long userId, CancellationToken ct) =>
        (from ur in db.UserRoles
         join r in db.Roles on ur.RoleId equals r.Id
         where ur.UserId == userId && r.Name == Roles.ExhibitorAdmin
         select ur).AnyAsync(ct);

    /// <summary>
    /// ACC-6: runs <paramref name="enable"/> (which enables or creates an enabled account) only while the enterprise
    /// stays within its limit. The enterprise's AccountsVersion is bumped in the same commit, so of two requests that
    /// counted at the same time one fails on the concurrency token and counts again.
    /// </summary>
    public async Task<Result<T>> WithinLimitAsync<T>(Func<Task<Result<T>>> enable, CancellationToken ct)
    {
        var enterpriseId = me.EnterpriseId ?? -1;
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var enterprise = await db.Set<Enterprise>().FirstOrDefaultAsync(e => e.Id == enterpriseId, ct);
            if (enterprise is null)
            {
                return Error.NotFound();
            }

            var enabled = await db.Users.CountAsync(u => u.EnterpriseId == enterpriseId && u.Status == AccountStatus.Enabled, ct);
            if (enabled >= await quota.EnabledAccountLimitAsync(enterpriseId, ct))
            {
                return Error.Rule("account_limit_reached");
            }

            enterprise.TouchAccounts();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            try
            {
                var result = await enable();
                if (!result.IsSuccess)
                {
                    db.ChangeTracker.Clear();
                    return result;
                }

                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return result;
            }
            catch (DbUpdateConcurrencyException)
            {
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                await Task.Delay(Random.Shared.Next(5, 30), ct);
            }
        }

        return Error.Conflict("conflict");
    }

    /// <summary>Sets a new generated password (signing the account out everywhere) and texts it to a bound phone.</summary>
    public async Task<string> ResetPasswordAsync(User user, CancellationToken ct)
    {
        var password = AccountRules.GeneratePassword();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, password);
        if (!reset.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", reset.Errors.Select(e => e.Description)));
        }

        if (user.PhoneNumberConfirmed && !string.IsNullOrEmpty(user.PhoneNumber))
        {
            await sms.SendAsync(user.PhoneNumber, $"【FairHall】账号 {user.UserName} 的密码已重置为 {password}，请登录后妥善保管。", "password", ct);
        }

        return password;
    }
}

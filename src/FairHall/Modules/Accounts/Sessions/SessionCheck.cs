using System.Globalization;
using System.Security.Claims;
using FairHall.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace FairHall.Modules.Accounts.Sessions;

/// <summary>
/// ACC-3, ACC-4: whether a signed-in principal (bearer token or cookie) still stands for a usable account: its
/// security stamp is the user's current one and the account is neither disabled nor locked. Disabling, password
/// resets, unlocking and phone unbinding renew the stamp, so tokens issued before them stop working at once
/// instead of living out their 8 hours (docs/adr/0006).
/// </summary>
/// <remarks>
/// The three columns are cached per user for <see cref="CacheFor"/>; <see cref="FairHallUserManager"/> forgets the
/// entry whenever Identity saves the user, so on this node a change counts from the next request. Other nodes
/// see it within <see cref="CacheFor"/>.
/// </remarks>
internal sealed class SessionCheck(FairHallDbContext db, IMemoryCache cache, TimeProvider clock, IOptions<IdentityOptions> identity)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    private sealed record AccountState(string? Stamp, AccountStatus Status, DateTimeOffset? LockoutEnd);

    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        if (!long.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return false;
        }

        var key = Key(id);
        if (!cache.TryGetValue(key, out AccountState? state))
        {
            state = await db.Users.AsNoTracking().Where(u => u.Id == id)
                .Select(u => new AccountState(u.SecurityStamp, u.Status, u.LockoutEnd)).FirstOrDefaultAsync(ct);
            cache.Set(key, state, CacheFor);
        }

        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        return state is not null
               && state.Status == AccountStatus.Enabled
               && !(state.LockoutEnd > clock.GetUtcNow())
               && string.Equals(stamp, state.Stamp, StringComparison.Ordinal);
    }

    /// <summary>Drops the cached state of the user (after anything that changes its stamp, status or lockout).</summary>
    public static void Forget(IMemoryCache cache, long userId) => cache.Remove(Key(userId));

    public void Forget(long userId) => Forget(cache, userId);

    private static string Key(long userId) => "fairhall:account-state:" + userId.ToString(CultureInfo.InvariantCulture);
}

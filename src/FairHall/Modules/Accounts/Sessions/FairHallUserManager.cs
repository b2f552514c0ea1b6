using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace FairHall.Modules.Accounts.Sessions;

/// <summary>
/// Identity's user manager that forgets the cached session state of a user each time it saves the user
/// (security stamp, lockout, password: every Identity change goes through <see cref="UpdateUserAsync"/>).
/// </summary>
internal sealed class FairHallUserManager(
    IUserStore<User> store,
    IOptions<IdentityOptions> options,
    IPasswordHasher<User> hasher,
    IEnumerable<IUserValidator<User>> userValidators,
    IEnumerable<IPasswordValidator<User>> passwordValidators,
    ILookupNormalizer normalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<User>> logger,
    IMemoryCache cache)
    : UserManager<User>(store, options, hasher, userValidators, passwordValidators, normalizer, errors, services, logger)
{
    protected override async Task<IdentityResult> UpdateUserAsync(User user)
    {
        var result = await base.UpdateUserAsync(user);
        SessionCheck.Forget(cache, user.Id);
        return result;
    }
}

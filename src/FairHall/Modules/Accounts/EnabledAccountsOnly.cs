using Microsoft.AspNetCore.Identity;

namespace FairHall.Modules.Accounts;

/// <summary>ACC-4: a disabled account cannot sign in (Identity answers "not allowed", shown as account_disabled).</summary>
internal sealed class EnabledAccountsOnly : IUserConfirmation<User>
{
    public Task<bool> IsConfirmedAsync(UserManager<User> manager, User user) => Task.FromResult(!user.IsDisabled);
}

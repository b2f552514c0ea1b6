using FairHall.Modules.Accounts.Phone;
using Microsoft.AspNetCore.Identity;

namespace FairHall.Modules.Accounts.Ciftis;

/// <summary>How a forgotten password is recovered: a code to the bound phone or to the verified e-mail.</summary>
public enum RecoveryChannel
{
    Sms,
    Email,
}

/// <summary>Finds the account a forgotten-password request names (identifier + username, or username alone).</summary>
internal sealed class ForgottenPassword(UserManager<User> users)
{
    public async Task<(User User, string Target)?> FindAsync(string? identifier, string? userName, RecoveryChannel channel)
    {
        if (string.IsNullOrWhiteSpace(userName))
        {
            return null;
        }

        var name = string.IsNullOrWhiteSpace(identifier) ? userName.Trim() : AccountRules.OrgUserName(identifier, userName);
        var user = await users.FindByNameAsync(name);
        return user switch
        {
            { PhoneNumberConfirmed: true, PhoneNumber: { } phone } when channel == RecoveryChannel.Sms => (user, phone),
            { EmailConfirmed: true, Email: { } email } when channel == RecoveryChannel.Email => (user, email.ToLowerInvariant()),
            _ => null,
        };
    }

    public static string Purpose => CodePurposes.ResetPassword;
}

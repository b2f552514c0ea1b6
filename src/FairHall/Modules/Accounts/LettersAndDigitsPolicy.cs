using Microsoft.AspNetCore.Identity;

namespace FairHall.Modules.Accounts;

/// <summary>ACC-7: a password is 8–20 characters and contains both letters and digits.</summary>
internal sealed class LettersAndDigitsPolicy : IPasswordValidator<User>
{
    public Task<IdentityResult> ValidateAsync(UserManager<User> manager, User user, string? password)
    {
        var ok = password is { Length: >= 8 and <= 20 } && password.Any(char.IsAsciiLetter) && password.Any(char.IsAsciiDigit);
        return Task.FromResult(ok
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "password_policy", Description = "8–20 characters with letters and digits" }));
    }
}

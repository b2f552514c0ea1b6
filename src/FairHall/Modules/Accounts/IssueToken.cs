using FairHall.Platform.Outcomes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace FairHall.Modules.Accounts;

/// <summary>
/// POST /api/v1/auth/token — exchanges a user name and password for a bearer token (apps, partners, tests).
/// With <c>identifier</c> it is the CIFTIS sign-in: enterprise identifier + username + password (ACC-7).
/// </summary>
internal static class IssueToken
{
    public sealed record Request(string UserName, string Password, string? Identifier = null);

    public static void MapIssueToken(this RouteGroupBuilder group) =>
        group.MapPost("/token", Handle).RequireRateLimiting("login").AllowAnonymous()
            .WithSummary("Sign in with user name and password (CIFTIS: identifier + username + password); returns a bearer token.");

    /// <summary>Identity's unique user name for what the person typed (docs/adr/0005).</summary>
    public static string? UserNameFor(string? identifier, string? userName) =>
        string.IsNullOrWhiteSpace(userName) ? null
        : string.IsNullOrWhiteSpace(identifier) ? userName.Trim()
        : AccountRules.OrgUserName(identifier, userName);

    /// <summary>
    /// The error of a failed sign-in. A locked account says so whatever the password (Identity checks the
    /// lockout before the password), so the answer does not reveal whether the password was right.
    /// </summary>
    public static Error? ErrorOf(SignInResult result) =>
        result.Succeeded ? null
        : result.IsLockedOut ? new Error("account_locked", StatusCodes.Status423Locked)
        : result.IsNotAllowed ? new Error("account_disabled", StatusCodes.Status403Forbidden)
        : new Error("invalid_credentials", StatusCodes.Status401Unauthorized);

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> Handle(
        Request request, UserManager<User> users, SignInManager<User> signIn, HttpContext http)
    {
        var name = UserNameFor(request.Identifier, request.UserName);
        var user = name is null ? null : await users.FindByNameAsync(name);
        if (user is null)
        {
            return new Error("invalid_credentials", StatusCodes.Status401Unauthorized).ToProblem(http);
        }

        var check = await signIn.CheckPasswordSignInAsync(user, request.Password ?? "", lockoutOnFailure: true);
        if (ErrorOf(check) is { } error)
        {
            return error.ToProblem(http);
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }
}

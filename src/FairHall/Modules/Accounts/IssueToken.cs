using FairHall.Platform.Outcomes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace FairHall.Modules.Accounts;

/// <summary>POST /api/v1/auth/token — exchanges a user name and password for a bearer token (apps, partners, tests).</summary>
internal static class IssueToken
{
    public sealed record Request(string UserName, string Password);

    public static void MapIssueToken(this RouteGroupBuilder group) =>
        group.MapPost("/token", Handle).RequireRateLimiting("login").AllowAnonymous()
            .WithSummary("Sign in with user name and password; returns a bearer token.");

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> Handle(
        Request request, UserManager<User> users, SignInManager<User> signIn, HttpContext http)
    {
        var user = string.IsNullOrWhiteSpace(request.UserName) ? null : await users.FindByNameAsync(request.UserName.Trim());
        if (user is null)
        {
            return new Error("invalid_credentials", StatusCodes.Status401Unauthorized).ToProblem(http);
        }

        var check = await signIn.CheckPasswordSignInAsync(user, request.Password ?? "", lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            return new Error("account_locked", StatusCodes.Status423Locked).ToProblem(http);
        }

        if (!check.Succeeded)
        {
            return new Error("invalid_credentials", StatusCodes.Status401Unauthorized).ToProblem(http);
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }
}

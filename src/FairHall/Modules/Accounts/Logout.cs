using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace FairHall.Modules.Accounts;

/// <summary>POST /logout — a form with an antiforgery token in the page header.</summary>
internal static class Logout
{
    public static void MapLogout(this IEndpointRouteBuilder app) =>
        app.MapPost("/logout", async (SignInManager<User> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/");
        }).WithMetadata(new RequireAntiforgeryTokenAttribute()).ExcludeFromDescription();
}

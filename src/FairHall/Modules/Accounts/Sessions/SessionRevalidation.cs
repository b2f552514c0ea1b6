using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace FairHall.Modules.Accounts.Sessions;

/// <summary>Hooks <see cref="SessionCheck"/> into the bearer token and cookie handlers.</summary>
internal static class SessionRevalidation
{
    /// <summary>
    /// The bearer handler has no "token validated" event, only "message received": read the token here the way the
    /// handler will, and fail the request when its account changed. Unreadable or expired tokens are left to the
    /// handler, which refuses them itself.
    /// </summary>
    public static void Revalidate(this BearerTokenOptions o) =>
        o.Events.OnMessageReceived = async ctx =>
        {
            var header = ctx.Request.Headers.Authorization.ToString();
            var token = ctx.Token ?? (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null);
            if (string.IsNullOrEmpty(token) || ctx.Options.BearerTokenProtector.Unprotect(token) is not { Principal: { } principal })
            {
                return;
            }

            var check = ctx.HttpContext.RequestServices.GetRequiredService<SessionCheck>();
            if (!await check.IsCurrentAsync(principal, ctx.HttpContext.RequestAborted))
            {
                ctx.Fail("The account was disabled, locked or signed out everywhere since this token was issued.");
            }
        };

    /// <summary>
    /// Identity's SecurityStampValidator compares the stamp once a minute; this compares it (cached) on every request
    /// and also ends sessions of disabled or locked accounts.
    /// </summary>
    public static void Revalidate(this CookieAuthenticationOptions o)
    {
        var identityCheck = o.Events.OnValidatePrincipal;
        o.Events.OnValidatePrincipal = async ctx =>
        {
            await identityCheck(ctx);
            if (ctx.Principal?.Identity?.IsAuthenticated != true)
            {
                return;
            }

            var check = ctx.HttpContext.RequestServices.GetRequiredService<SessionCheck>();
            if (!await check.IsCurrentAsync(ctx.Principal, ctx.HttpContext.RequestAborted))
            {
                ctx.RejectPrincipal();
                await ctx.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            }
        };
    }
}

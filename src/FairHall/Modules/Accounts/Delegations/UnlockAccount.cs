using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.AspNetCore.Identity;

namespace FairHall.Modules.Accounts.Delegations;

/// <summary>
/// POST /api/v1/delegation/accounts/{id}/unlock — ACC-3: the owning delegation lifts a lockout and clears the
/// failure count. The stamp is renewed too: sessions from before the lockout stay ended (Sessions/SessionCheck).
/// </summary>
internal static class UnlockAccount
{
    public sealed record Response(long Id, bool Locked);

    internal sealed class Handler(DelegationScope scope, UserManager<User> users)
    {
        public async Task<Result<Response>> HandleAsync(long id, CancellationToken ct)
        {
            var user = await scope.FindAsync(id, ct);
            if (user is null)
            {
                return Error.NotFound();
            }

            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            await users.UpdateSecurityStampAsync(user);
            return new Response(user.Id, false);
        }
    }

    public static void Map(RouteGroupBuilder delegation) =>
        delegation.MapPost("/accounts/{id:long}/unlock", async (long id, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.DelegationReviewer).WithSummary("Unlock an account of the delegation's enterprises.");
}

using FairHall.Modules.Accounts.SubAccounts;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;

namespace FairHall.Modules.Accounts.Delegations;

/// <summary>
/// POST /api/v1/delegation/accounts/{id}/reset-password — ACC-3: the owning delegation sets a new generated
/// password, shown once and texted to the bound phone; a locked account is unlocked with it.
/// </summary>
internal static class ResetAccountPassword
{
    public sealed record Response(long Id, string UserName, string Password, bool SentBySms);

    internal sealed class Handler(DelegationScope scope, EnterpriseAccounts accounts, Microsoft.AspNetCore.Identity.UserManager<User> users)
    {
        public async Task<Result<Response>> HandleAsync(long id, CancellationToken ct)
        {
            var user = await scope.FindAsync(id, ct);
            if (user is null)
            {
                return Error.NotFound();
            }

            var password = await accounts.ResetPasswordAsync(user, ct);
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            return new Response(user.Id, user.UserName!, password, user.PhoneNumberConfirmed);
        }
    }

    public static void Map(RouteGroupBuilder delegation) =>
        delegation.MapPost("/accounts/{id:long}/reset-password", async (long id, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.DelegationReviewer).WithSummary("Reset the password of an account of the delegation's enterprises.");
}

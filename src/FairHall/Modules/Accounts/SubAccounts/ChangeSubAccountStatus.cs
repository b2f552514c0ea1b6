using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.AspNetCore.Identity;

namespace FairHall.Modules.Accounts.SubAccounts;

/// <summary>
/// POST /api/v1/enterprise/accounts/{id}/disable and …/enable — ACC-4: disabling unbinds the phone and signs the
/// account out; enabling respects the limit (ACC-6) and makes the next sign-in bind a phone (ACC-2).
/// </summary>
internal static class ChangeSubAccountStatus
{
    public sealed record Response(long Id, AccountStatus Status);

    internal sealed class Handler(FairHallDbContext db, EnterpriseAccounts accounts, UserManager<User> users, Sessions.SessionCheck sessions)
    {
        public async Task<Result<Response>> HandleAsync(long id, AccountAction action, CancellationToken ct)
        {
            var user = await accounts.FindSubAccountAsync(id, ct);
            if (user is null)
            {
                return Error.NotFound();
            }

            if (AccountStatusRules.Next(user.Status, action) is null)
            {
                return Error.Rule(action == AccountAction.Enable ? "account_already_enabled" : "account_already_disabled");
            }

            if (action == AccountAction.Disable)
            {
                user.Disable();
                // A new stamp ends the account's cookie sessions at their next validation.
                await users.UpdateSecurityStampAsync(user);
                return new Response(user.Id, user.Status);
            }

            var enabled = await accounts.WithinLimitAsync<Response>(async () =>
            {
                var fresh = await db.Users.FindAsync([id], ct);
                fresh!.Enable();
                return new Response(fresh.Id, fresh.Status);
            }, ct);
            // Saved without UserManager: drop the cached "disabled" so the account's next sign-in works at once.
            sessions.Forget(id);
            return enabled;
        }
    }

    public static void Map(RouteGroupBuilder enterprise)
    {
        enterprise.MapPost("/accounts/{id:long}/disable", async (long id, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(id, AccountAction.Disable, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.ExhibitorAdmin).WithSummary("Disable a sub-account (unbinds its phone).");
        enterprise.MapPost("/accounts/{id:long}/enable", async (long id, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(id, AccountAction.Enable, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.ExhibitorAdmin).WithSummary("Enable a sub-account within the enabled-account limit.");
    }
}

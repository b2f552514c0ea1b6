using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.AspNetCore.Identity;

namespace FairHall.Modules.Accounts.Delegations;

/// <summary>POST /api/v1/delegation/accounts/{id}/unbind-phone — ACC-3: the owning delegation unbinds the phone; the next sign-in binds a new one (ACC-2).</summary>
internal static class UnbindAccountPhone
{
    public sealed record Response(long Id, bool PhoneBound);

    internal sealed class Handler(DelegationScope scope, UserManager<User> users)
    {
        public async Task<Result<Response>> HandleAsync(long id, CancellationToken ct)
        {
            var user = await scope.FindAsync(id, ct);
            if (user is null)
            {
                return Error.NotFound();
            }

            user.UnbindPhone();
            await users.UpdateSecurityStampAsync(user);
            return new Response(user.Id, false);
        }
    }

    public static void Map(RouteGroupBuilder delegation) =>
        delegation.MapPost("/accounts/{id:long}/unbind-phone", async (long id, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.DelegationReviewer).WithSummary("Unbind the phone of an account of the delegation's enterprises.");
}

using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;

namespace FairHall.Modules.Accounts.SubAccounts;

/// <summary>
/// POST /api/v1/enterprise/accounts/{id}/reset-password — ACC-4, ACC-9: a new generated password, shown once to
/// the admin and sent by SMS to the sub-account's bound phone.
/// </summary>
internal static class ResetSubAccountPassword
{
    public sealed record Response(long Id, string UserName, string Password, bool SentBySms);

    internal sealed class Handler(EnterpriseAccounts accounts)
    {
        public async Task<Result<Response>> HandleAsync(long id, CancellationToken ct)
        {
            var user = await accounts.FindSubAccountAsync(id, ct);
            if (user is null)
            {
                return Error.NotFound();
            }

            var password = await accounts.ResetPasswordAsync(user, ct);
            return new Response(user.Id, user.UserName!, password, user.PhoneNumberConfirmed);
        }
    }

    public static void Map(RouteGroupBuilder enterprise) =>
        enterprise.MapPost("/accounts/{id:long}/reset-password", async (long id, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.ExhibitorAdmin).WithSummary("Reset a sub-account's password (shown once, texted to its phone).");
}

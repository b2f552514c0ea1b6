using FairHall.Modules.Accounts.Phone;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Web;

namespace FairHall.Modules.Accounts.Ciftis;

/// <summary>
/// POST /api/v1/auth/password/code — ACC-7: sends a code to the account's bound phone or verified e-mail. It
/// answers 202 whether or not such an account exists, so the endpoint cannot be used to find accounts.
/// </summary>
internal static class SendPasswordResetCode
{
    public sealed record Request(string? Identifier, string? UserName, RecoveryChannel Channel);

    internal sealed class Handler(ForgottenPassword accounts, VerificationCodes codes)
    {
        public async Task<Result<Done>> HandleAsync(Request request, CancellationToken ct)
        {
            if (await accounts.FindAsync(request.Identifier, request.UserName, request.Channel) is not { } found)
            {
                return Done.Value;
            }

            var failed = request.Channel == RecoveryChannel.Sms
                ? await codes.SendSmsAsync(ForgottenPassword.Purpose, found.Target, found.User.Id, ct)
                : await codes.SendEmailAsync(ForgottenPassword.Purpose, found.Target, found.User.Id, ct);
            return failed is { Code: "code_too_many_requests" } ? failed : Done.Value;
        }
    }

    public static void Map(RouteGroupBuilder auth) =>
        auth.MapPost("/password/code", async (Request request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(request, ct)).ToHttp(http, _ => TypedResults.Accepted((string?)null)))
            .AllowAnonymous().RequireRateLimiting(RateLimits.SmsCode)
            .WithSummary("Forgotten password: send a code to the account's phone or e-mail (always 202).");
}

using FairHall.Modules.Accounts.Phone;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Web;
using FluentValidation;

namespace FairHall.Modules.Accounts.Ciftis;

/// <summary>
/// POST /api/v1/register/code — ACC-7, ROLE-6: a domestic registrant gets a code by SMS on a mainland phone, an
/// overseas one by e-mail.
/// </summary>
internal static class SendRegistrationCode
{
    public sealed record Request(bool Overseas, string? Phone, string? Email);

    public sealed record Response(int ValidMinutes, int ResendSeconds);

    internal sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TextCatalog texts)
        {
            RuleFor(x => x.Phone).MainlandPhone(texts).When(x => !x.Overseas);
            RuleFor(x => x.Email).Email(texts).When(x => x.Overseas);
        }
    }

    internal sealed class Handler(IValidator<Request> validator, VerificationCodes codes)
    {
        public async Task<Result<Response>> HandleAsync(Request request, CancellationToken ct)
        {
            if (await validator.CheckAsync(request, ct) is { } invalid)
            {
                return invalid;
            }

            var failed = request.Overseas
                ? await codes.SendEmailAsync(CodePurposes.Register, request.Email!, null, ct)
                : await codes.SendSmsAsync(CodePurposes.Register, request.Phone!.Trim(), null, ct);
            return failed is null
                ? new Response((int)VerificationCodes.Lifetime.TotalMinutes, (int)VerificationCodes.Cooldown.TotalSeconds)
                : failed;
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/register/code", async (Request request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(request, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .AllowAnonymous().RequireRateLimiting(RateLimits.SmsCode).WithTags("Accounts")
            .WithSummary("Send a registration code: SMS to a mainland phone, or e-mail for overseas registrants.");
}

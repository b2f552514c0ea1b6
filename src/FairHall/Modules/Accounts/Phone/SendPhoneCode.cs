using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using FairHall.Platform.Web;
using FluentValidation;

namespace FairHall.Modules.Accounts.Phone;

/// <summary>POST /api/v1/me/phone/code — ACC-2: sends a six-digit code by SMS to the phone the user wants to bind.</summary>
internal static class SendPhoneCode
{
    public sealed record Request(string? Phone);

    public sealed record Response(string Phone, int ValidMinutes, int ResendSeconds);

    internal sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TextCatalog texts) => RuleFor(x => x.Phone).MainlandPhone(texts);
    }

    internal sealed class Handler(IValidator<Request> validator, VerificationCodes codes, ICurrentActor me)
    {
        public async Task<Result<Response>> HandleAsync(Request request, CancellationToken ct)
        {
            if (await validator.CheckAsync(request, ct) is { } invalid)
            {
                return invalid;
            }

            var phone = request.Phone!.Trim();
            if (await codes.SendSmsAsync(CodePurposes.BindPhone, phone, me.UserId, ct) is { } failed)
            {
                return failed;
            }

            return new Response(phone, (int)VerificationCodes.Lifetime.TotalMinutes, (int)VerificationCodes.Cooldown.TotalSeconds);
        }
    }

    public static void Map(RouteGroupBuilder me) =>
        me.MapPost("/phone/code", async (Request request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(request, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireRateLimiting(RateLimits.SmsCode).WithMetadata(new AllowWithoutPhoneAttribute())
            .WithSummary("ACC-2: send an SMS code to the phone to bind.");
}

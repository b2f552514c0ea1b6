using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Web;
using FluentValidation;
using Microsoft.AspNetCore.Identity;

namespace FairHall.Modules.Accounts.Ciftis;

/// <summary>POST /api/v1/auth/password/reset — ACC-7: sets a new password with the code from the phone or e-mail.</summary>
internal static class ResetForgottenPassword
{
    public sealed record Request(string? Identifier, string? UserName, RecoveryChannel Channel, string? Code, string? NewPassword);

    internal sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TextCatalog texts)
        {
            RuleFor(x => x.UserName).NotEmpty().WithName(_ => texts.Get("Accounts.LoginName"));
            RuleFor(x => x.Code).Code(texts);
            RuleFor(x => x.NewPassword).Password(texts);
        }
    }

    internal sealed class Handler(IValidator<Request> validator, ForgottenPassword accounts, Phone.VerificationCodes codes, UserManager<User> users, Platform.Data.FairHallDbContext db, TextCatalog texts)
    {
        public async Task<Result<Done>> HandleAsync(Request request, CancellationToken ct)
        {
            if (await validator.CheckAsync(request, ct) is { } invalid)
            {
                return invalid;
            }

            if (await accounts.FindAsync(request.Identifier, request.UserName, request.Channel) is not { } found)
            {
                return Error.Rule("code_invalid");
            }

            if (await codes.CheckAsync(ForgottenPassword.Purpose, found.Target, request.Code, found.User.Id, ct) is { } wrong)
            {
                return wrong;
            }

            await db.SaveChangesAsync(ct);
            var token = await users.GeneratePasswordResetTokenAsync(found.User);
            var reset = await users.ResetPasswordAsync(found.User, token, request.NewPassword!);
            return reset.Succeeded ? Done.Value : Error.Invalid("NewPassword", texts.Get("Accounts.PasswordFormat"));
        }
    }

    public static void Map(RouteGroupBuilder auth) =>
        auth.MapPost("/password/reset", async (Request request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(request, ct)).ToHttp(http, _ => TypedResults.NoContent()))
            .AllowAnonymous().RequireRateLimiting(RateLimits.Login)
            .WithSummary("Forgotten password: set a new one with the code.");
}

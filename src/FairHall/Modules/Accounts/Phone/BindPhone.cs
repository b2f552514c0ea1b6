using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Notifications;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using FluentValidation;

namespace FairHall.Modules.Accounts.Phone;

/// <summary>POST /api/v1/me/phone — ACC-2: binds the phone with the code it received.</summary>
internal static class BindPhone
{
    public sealed record Request(string? Phone, string? Code);

    public sealed record Response(string Phone);

    internal sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TextCatalog texts)
        {
            RuleFor(x => x.Phone).MainlandPhone(texts);
            RuleFor(x => x.Code).Code(texts);
        }
    }

    internal sealed class Handler(FairHallDbContext db, IValidator<Request> validator, VerificationCodes codes, ICurrentActor me)
    {
        public async Task<Result<Response>> HandleAsync(Request request, CancellationToken ct)
        {
            if (await validator.CheckAsync(request, ct) is { } invalid)
            {
                return invalid;
            }

            var user = await db.Users.FindAsync([me.UserId ?? 0], ct);
            if (user is null)
            {
                return Error.NotFound();
            }

            var phone = request.Phone!.Trim();
            if (await codes.CheckAsync(CodePurposes.BindPhone, phone, request.Code, user.Id, ct) is { } wrong)
            {
                return wrong;
            }

            user.BindPhone(phone);
            await db.SaveChangesAsync(ct);
            return new Response(PhoneMask.Mask(phone));
        }
    }

    public static void Map(RouteGroupBuilder me) =>
        me.MapPost("/phone", async (Request request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(request, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .WithMetadata(new AllowWithoutPhoneAttribute())
            .WithSummary("ACC-2: bind the phone with its SMS code.");
}

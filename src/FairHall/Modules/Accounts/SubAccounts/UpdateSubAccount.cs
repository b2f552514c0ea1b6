using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using FluentValidation;

namespace FairHall.Modules.Accounts.SubAccounts;

/// <summary>PUT /api/v1/enterprise/accounts/{id} — ACC-4, ACC-9: the admin edits a sub-account's display name, real name and duty.</summary>
internal static class UpdateSubAccount
{
    public sealed record Request(string? DisplayName, string? RealName, StaffDuty? Duty);

    internal sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TextCatalog texts)
        {
            RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(100).WithName(_ => texts.Get("Accounts.DisplayName"));
            RuleFor(x => x.RealName).MaximumLength(100).WithName(_ => texts.Get("Accounts.RealName"));
        }
    }

    internal sealed class Handler(FairHallDbContext db, IValidator<Request> validator, EnterpriseAccounts accounts)
    {
        public async Task<Result<Done>> HandleAsync(long id, Request request, CancellationToken ct)
        {
            if (await validator.CheckAsync(request, ct) is { } invalid)
            {
                return invalid;
            }

            var user = await accounts.FindSubAccountAsync(id, ct);
            if (user is null)
            {
                return Error.NotFound();
            }

            user.DisplayName = request.DisplayName!.Trim();
            user.RealName = AccountRules.CleanOrNull(request.RealName);
            user.Duty = request.Duty;
            await db.SaveChangesAsync(ct);
            return Done.Value;
        }
    }

    public static void Map(RouteGroupBuilder enterprise) =>
        enterprise.MapPut("/accounts/{id:long}", async (long id, Request request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(id, request, ct)).ToHttp(http, _ => TypedResults.NoContent()))
            .RequireAuthorization(Policies.ExhibitorAdmin).WithSummary("Edit a sub-account's display name, real name and duty.");
}

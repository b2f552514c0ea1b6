using FairHall.Modules.Accounts.Phone;
using FairHall.Modules.Exhibitors;
using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using FairHall.Platform.Web;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Accounts.Ciftis;

/// <summary>
/// POST /api/v1/register — ACC-7, ACC-8, ROLE-6, ROLE-7: CIFTIS-style registration with a chosen username and
/// password, proven by a phone code (domestic) or e-mail code (overseas). Organization types (exhibitor,
/// visitor enterprise, institution) also give an enterprise identifier and the licence name — one account per
/// name — and sign in with identifier + username; individuals, media and buyers with the username alone.
/// </summary>
internal static class Register
{
    public sealed record Request(
        RegistrationType? Type, bool Overseas, string? Identifier, string? UserName, string? Password,
        string? Phone, string? Email, string? Code, string? EnterpriseName, string? DisplayName);

    public sealed record Response(long UserId, string UserName, string? Identifier, long? EnterpriseId);

    public static bool IsOrganization(RegistrationType? t) =>
        t is RegistrationType.ExhibitorEnterprise or RegistrationType.VisitorEnterprise or RegistrationType.Institution;

    /// <summary>The role each type gets. An institution account gets none until the organizer links it to an institution.</summary>
    public static string? RoleOf(RegistrationType type) => type switch
    {
        RegistrationType.ExhibitorEnterprise => Roles.ExhibitorAdmin,
        RegistrationType.VisitorEnterprise or RegistrationType.Buyer => Roles.Buyer,
        RegistrationType.Individual => Roles.Audience,
        RegistrationType.Media => Roles.Media,
        RegistrationType.Institution => null,
        _ => null,
    };

    internal sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TextCatalog texts)
        {
            RuleFor(x => x.Type).NotNull().IsInEnum().WithName(_ => texts.Get("Accounts.RegistrationType"));
            RuleFor(x => x.Identifier).Identifier(texts).When(x => IsOrganization(x.Type));
            RuleFor(x => x.EnterpriseName).NotEmpty().MaximumLength(200).WithName(_ => texts.Get("Accounts.EnterpriseName")).When(x => IsOrganization(x.Type));
            RuleFor(x => x.UserName).LoginName(texts);
            RuleFor(x => x.Password).Password(texts);
            RuleFor(x => x.Phone).MainlandPhone(texts).When(x => !x.Overseas);
            RuleFor(x => x.Email).Email(texts).When(x => x.Overseas);
            RuleFor(x => x.Code).Code(texts);
            RuleFor(x => x.DisplayName).MaximumLength(100).WithName(_ => texts.Get("Accounts.DisplayName"));
        }
    }

    internal sealed class Handler(FairHallDbContext db, IValidator<Request> validator, VerificationCodes codes, AccountCreation accounts, TextCatalog texts)
    {
        public async Task<Result<Response>> HandleAsync(Request request, CancellationToken ct)
        {
            if (await validator.CheckAsync(request, ct) is { } invalid)
            {
                return invalid;
            }

            var type = request.Type!.Value;
            var org = IsOrganization(type);
            var identifier = org ? request.Identifier!.Trim().ToLowerInvariant() : null;
            var name = AccountRules.EnterpriseName(request.EnterpriseName);
            var fields = new Dictionary<string, string[]>();
            if (org && await db.Set<Enterprise>().AnyAsync(e => e.Identifier == identifier, ct))
            {
                fields["Identifier"] = [texts.Get("Accounts.IdentifierTaken")];
            }

            if (org && await db.Set<Enterprise>().AnyAsync(e => e.NameZh == name || e.NameEn == name, ct))
            {
                fields["EnterpriseName"] = [texts.Get("Accounts.EnterpriseNameTaken")];
            }

            var userName = org ? AccountRules.OrgUserName(identifier!, request.UserName!) : request.UserName!;
            if (await db.Users.AnyAsync(u => u.NormalizedUserName == userName.ToUpperInvariant(), ct))
            {
                fields["UserName"] = [texts.Get("Accounts.UserNameTaken")];
            }

            if (fields.Count > 0)
            {
                return Error.Invalid(fields);
            }

            var target = request.Overseas ? request.Email!.Trim().ToLowerInvariant() : request.Phone!.Trim();
            if (await codes.CheckAsync(CodePurposes.Register, target, request.Code, null, ct) is { } wrong)
            {
                return wrong;
            }

            await using var tx = await db.Database.BeginTransactionAsync(ct);
            Enterprise? enterprise = null;
            if (org)
            {
                enterprise = new Enterprise { NameZh = name, NameEn = name, Identifier = identifier, RegistrationType = type, CreatedAt = accounts.Now };
                db.Add(enterprise);
                try
                {
                    await db.SaveChangesAsync(ct);
                }
                catch (DbUpdateException)
                {
                    db.ChangeTracker.Clear();
                    return Error.Invalid("EnterpriseName", texts.Get("Accounts.EnterpriseNameTaken"));
                }
            }

            var user = new User
            {
                UserName = userName,
                LoginName = org ? request.UserName : null,
                DisplayName = AccountRules.CleanOrNull(request.DisplayName) ?? request.UserName!,
                EnterpriseId = enterprise?.Id,
                RegistrationType = type,
                IsOverseas = request.Overseas,
            };
            if (request.Overseas)
            {
                user.Email = target;
                user.EmailConfirmed = true;
            }
            else
            {
                user.BindPhone(target);
            }

            if (await accounts.CreateAsync(user, request.Password!, RoleOf(type)) is { } failed)
            {
                return failed;
            }

            await tx.CommitAsync(ct);
            return new Response(user.Id, userName, identifier, enterprise?.Id);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/register", async (Request request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(request, ct)).ToHttp(http, v => TypedResults.Created("/api/v1/me", v)))
            .AllowAnonymous().RequireRateLimiting(RateLimits.Register).WithTags("Accounts")
            .WithSummary("Register (exhibitor or visitor enterprise, individual, media, institution, buyer) with a phone or e-mail code.");
}

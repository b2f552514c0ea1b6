using FairHall.Modules.Exhibitors;
using FairHall.Modules.Fairs;
using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using FairHall.Platform.Web;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Accounts.Registration;

/// <summary>
/// POST /api/v1/exhibitors/register — ACC-1: an enterprise registers for the current session; the system
/// generates the account name and an initial password (shown once) and the admin account (主账号) exists. The
/// page signs the new user in; the first sign-in asks for a phone (ACC-2).
/// </summary>
internal static class RegisterExhibitor
{
    public sealed record Request(string? NameZh, string? NameEn, long? DelegationId, string? ContactName, string? Phone);

    public sealed record Response(long UserId, long EnterpriseId, string UserName, string Password);

    public sealed record DelegationOption(long Id, long? ParentId, string NameZh, string NameEn);

    internal sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TextCatalog texts)
        {
            RuleFor(x => x.NameZh).NotEmpty().MaximumLength(200).WithName(_ => texts.Get("Accounts.EnterpriseNameZh"));
            RuleFor(x => x.NameEn).NotEmpty().MaximumLength(300).WithName(_ => texts.Get("Accounts.EnterpriseNameEn"));
            RuleFor(x => x.DelegationId).NotEmpty().WithMessage(_ => texts.Get("Accounts.DelegationRequired"));
            RuleFor(x => x.ContactName).PersonName(texts, "Accounts.ContactName");
            RuleFor(x => x.Phone).MainlandPhone(texts);
        }
    }

    internal sealed class Handler(FairHallDbContext db, IValidator<Request> validator, AccountCreation accounts, TextCatalog texts)
    {
        /// <summary>The delegations of the current fair, sub-delegations (分团) after their parent.</summary>
        public async Task<IReadOnlyList<DelegationOption>> DelegationsAsync(CancellationToken ct)
        {
            var session = await accounts.CurrentSessionAsync(ct);
            if (session is null)
            {
                return [];
            }

            var all = await db.Set<Delegation>().AsNoTracking().Where(d => d.FairId == session.FairId).OrderBy(d => d.Code).ToListAsync(ct);
            return [.. all.Where(d => d.ParentId is null).SelectMany(p => all.Where(c => c.Id == p.Id || c.ParentId == p.Id).OrderBy(c => c.ParentId is not null))
                .Select(d => new DelegationOption(d.Id, d.ParentId, d.NameZh, d.NameEn))];
        }

        public async Task<Result<Response>> HandleAsync(Request request, CancellationToken ct)
        {
            if (await validator.CheckAsync(request, ct) is { } invalid)
            {
                return invalid;
            }

            var session = await accounts.CurrentSessionAsync(ct);
            if (session is null || !await db.Set<Delegation>().AnyAsync(d => d.Id == request.DelegationId && d.FairId == session.FairId, ct))
            {
                return Error.Invalid("DelegationId", texts.Get("Accounts.DelegationRequired"));
            }

            var name = AccountRules.EnterpriseName(request.NameZh);
            if (await db.Set<Enterprise>().AnyAsync(e => e.NameZh == name, ct))
            {
                return Error.Invalid("NameZh", texts.Get("Accounts.EnterpriseNameTaken"));
            }

            // The account name is the session and a sequence: cf140-00001. Two registrations at once may pick
            // the same number; the unique user name makes the second try the next one.
            var prefix = $"cf{session.Number}-";
            for (var attempt = 0; attempt < 5; attempt++)
            {
                var count = await db.Users.CountAsync(u => u.UserName!.StartsWith(prefix), ct);
                var userName = $"{prefix}{count + 1 + attempt:D5}";
                var result = await TryCreateAsync(request, name, userName, ct);
                if (result is not null)
                {
                    return result.Value;
                }
            }

            return Error.Conflict("conflict");
        }

        private async Task<Result<Response>?> TryCreateAsync(Request request, string name, string userName, CancellationToken ct)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var enterprise = new Enterprise
            {
                NameZh = name,
                NameEn = AccountRules.EnterpriseName(request.NameEn),
                DelegationId = request.DelegationId,
                CreatedAt = accounts.Now,
                RegistrationType = RegistrationType.ExhibitorEnterprise,
                ContactName = AccountRules.Clean(request.ContactName),
                ContactPhone = AccountRules.Clean(request.Phone),
            };
            db.Add(enterprise);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                return Error.Invalid("NameZh", texts.Get("Accounts.EnterpriseNameTaken"));
            }

            var password = AccountRules.GeneratePassword();
            var user = new User
            {
                UserName = userName,
                DisplayName = $"{name} {texts.Get("Accounts.AdminSuffix")}",
                EnterpriseId = enterprise.Id,
                PhoneNumber = AccountRules.Clean(request.Phone),
                RegistrationType = RegistrationType.ExhibitorEnterprise,
            };
            if (await accounts.CreateAsync(user, password, Roles.ExhibitorAdmin) is not null)
            {
                db.ChangeTracker.Clear();
                return null; // the generated name was taken meanwhile: try the next one
            }

            await tx.CommitAsync(ct);
            return new Response(user.Id, enterprise.Id, userName, password);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/exhibitors/register", async (Request request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(request, ct)).ToHttp(http, v => TypedResults.Created("/api/v1/me", v)))
            .AllowAnonymous().RequireRateLimiting(RateLimits.Register).WithTags("Accounts")
            .WithSummary("ACC-1: register an exhibiting enterprise; returns the generated account name and initial password (shown once).");
}

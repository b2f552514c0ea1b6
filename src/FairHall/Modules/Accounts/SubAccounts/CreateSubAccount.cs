using FairHall.Modules.Exhibitors;
using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Notifications;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Accounts.SubAccounts;

/// <summary>
/// POST /api/v1/enterprise/accounts — ACC-4, ACC-9: the admin creates an enabled sub-account (staff user) with a
/// generated 8-character password shown once. A CIFTIS enterprise (one with an identifier) names it with a
/// username; otherwise the name is the admin's account name and a number (cf140-00001-01). When a phone is
/// given, the password is also texted to it (ACC-9); the phone is bound only by the staff member's own code (ACC-2).
/// </summary>
internal static class CreateSubAccount
{
    public sealed record Request(string? DisplayName, string? LoginName, string? RealName, string? Phone, StaffDuty? Duty);

    public sealed record Response(long Id, string UserName, string Password, bool SentBySms = false);

    internal sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TextCatalog texts)
        {
            RuleFor(x => x.DisplayName).MaximumLength(100).WithName(_ => texts.Get("Accounts.DisplayName"));
            RuleFor(x => x.LoginName).LoginName(texts).When(x => x.LoginName is not null);
            RuleFor(x => x.RealName).MaximumLength(100).WithName(_ => texts.Get("Accounts.RealName"));
            RuleFor(x => x.Phone).MainlandPhone(texts).When(x => !string.IsNullOrEmpty(x.Phone));
        }
    }

    internal sealed class Handler(FairHallDbContext db, IValidator<Request> validator, EnterpriseAccounts accounts, AccountCreation creation, ICurrentActor me, TextCatalog texts, ISmsSender sms)
    {
        public async Task<Result<Response>> HandleAsync(Request request, CancellationToken ct)
        {
            if (await validator.CheckAsync(request, ct) is { } invalid)
            {
                return invalid;
            }

            var enterprise = await db.Set<Enterprise>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == me.EnterpriseId, ct);
            if (enterprise is null)
            {
                return Error.NotFound();
            }

            if (enterprise.Identifier is not null && string.IsNullOrEmpty(request.LoginName))
            {
                return Error.Invalid("LoginName", texts.Get("Accounts.LoginNameFormat"));
            }

            var userName = enterprise.Identifier is { } identifier
                ? AccountRules.OrgUserName(identifier, request.LoginName!)
                : await NextNumberedNameAsync(ct);
            var password = AccountRules.GeneratePassword();
            var created = await accounts.WithinLimitAsync<Response>(async () =>
            {
                var user = new User
                {
                    UserName = userName,
                    LoginName = enterprise.Identifier is null ? null : request.LoginName,
                    DisplayName = AccountRules.CleanOrNull(request.DisplayName) ?? request.LoginName ?? userName,
                    RealName = AccountRules.CleanOrNull(request.RealName),
                    EnterpriseId = enterprise.Id,
                    PhoneNumber = AccountRules.CleanOrNull(request.Phone),
                    Duty = request.Duty,
                };
                var field = enterprise.Identifier is null ? "DisplayName" : "LoginName";
                if (await creation.CreateAsync(user, password, Roles.ExhibitorStaff, field) is { } failed)
                {
                    return failed;
                }

                return new Response(user.Id, userName, password);
            }, ct);

            // Texted after the commit, so that a retried or refused creation never sends a password.
            if (!created.IsSuccess || AccountRules.CleanOrNull(request.Phone) is not { } phone)
            {
                return created;
            }

            await sms.SendAsync(phone, $"【FairHall】{enterprise.NameZh} 为您开通了账号 {userName}，初始密码 {password}，首次登录需验证本手机号。", "password", ct);
            return created.Value with { SentBySms = true };
        }

        private async Task<string> NextNumberedNameAsync(CancellationToken ct)
        {
            var admin = await db.Users.AsNoTracking().Where(u => u.Id == me.UserId).Select(u => u.UserName).FirstAsync(ct);
            var prefix = admin + "-";
            var taken = await db.Users.Where(u => u.UserName!.StartsWith(prefix)).Select(u => u.UserName!).ToListAsync(ct);
            var n = 1;
            while (taken.Contains($"{prefix}{n:D2}"))
            {
                n++;
            }

            return $"{prefix}{n:D2}";
        }
    }

    public static void Map(RouteGroupBuilder enterprise) =>
        enterprise.MapPost("/accounts", async (Request request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(request, ct)).ToHttp(http, v => TypedResults.Created($"/api/v1/enterprise/accounts/{v.Id}", v)))
            .RequireAuthorization(Policies.ExhibitorAdmin).WithSummary("Create an enabled sub-account; returns its generated password once.");
}

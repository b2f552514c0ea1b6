using FairHall.Modules.Accounts.Ciftis;
using FairHall.Modules.Accounts.Delegations;
using FairHall.Modules.Accounts.Phone;
using FairHall.Modules.Accounts.Registration;
using FairHall.Modules.Accounts.Sessions;
using FairHall.Modules.Accounts.SubAccounts;
using FairHall.Platform.Data;
using FairHall.Platform.Security;
using Microsoft.AspNetCore.Identity;

namespace FairHall.Modules.Accounts;

internal static class AccountsModule
{
    public static void AddAccountsModule(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentActor, HttpCurrentActor>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = AuthSchemes.CookieOrBearer;
                o.DefaultChallengeScheme = AuthSchemes.CookieOrBearer;
            })
            .AddPolicyScheme(AuthSchemes.CookieOrBearer, "Cookie or bearer token", o =>
                o.ForwardDefaultSelector = ctx =>
                    ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? IdentityConstants.BearerScheme
                        : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o =>
            {
                o.BearerTokenExpiration = TimeSpan.FromHours(8);
                o.Revalidate();
            })
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(o =>
            {
                o.LoginPath = "/login";
                o.AccessDeniedPath = "/denied";
                o.Cookie.Name = "fairhall.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(12);
                o.Revalidate();
            }));

        services.AddIdentityCore<User>(o =>
            {
                // ACC-3: ten consecutive wrong passwords lock the account until a delegation unlocks it.
                o.Lockout.MaxFailedAccessAttempts = 10;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromDays(3650);
                o.Lockout.AllowedForNewUsers = true;
                // ACC-7: 8–20 characters with letters and digits (letters are checked by LettersAndDigitsPolicy).
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.User.RequireUniqueEmail = false;
                // ACC-7: CIFTIS organization users are "{identifier}/{username}" (docs/adr/0005).
                o.User.AllowedUserNameCharacters += "/";
                // ACC-4: disabled accounts cannot sign in (EnabledAccountsOnly).
                o.SignIn.RequireConfirmedAccount = true;
            })
            .AddRoles<Role>()
            .AddEntityFrameworkStores<FairHallDbContext>()
            .AddUserManager<FairHallUserManager>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<MembershipClaimsFactory>()
            .AddPasswordValidator<LettersAndDigitsPolicy>();
        services.AddScoped<IUserConfirmation<User>, EnabledAccountsOnly>();
        // Identity's own stamp check (which also refreshes the cookie's claims) runs every minute, not thirty;
        // SessionCheck compares the stamp on every request of cookies and bearer tokens (docs/adr/0006).
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddMemoryCache();
        services.AddScoped<SessionCheck>();

        services.AddScoped<AccountCreation>();
        services.AddScoped<VerificationCodes>();
        services.AddScoped<EnterpriseAccounts>();
        services.AddScoped<DelegationScope>();
        services.AddScoped<ForgottenPassword>();
        services.AddScoped<IAccountQuota, FixedAccountQuota>();
        services.AddScoped<IZoneAccess, ZoneAccess>();
        services.AddScoped<RegisterExhibitor.Handler>();
        services.AddScoped<Register.Handler>();
        services.AddScoped<SendRegistrationCode.Handler>();
        services.AddScoped<SendPasswordResetCode.Handler>();
        services.AddScoped<ResetForgottenPassword.Handler>();
        services.AddScoped<SendPhoneCode.Handler>();
        services.AddScoped<BindPhone.Handler>();
        services.AddScoped<ListSubAccounts.Handler>();
        services.AddScoped<CreateSubAccount.Handler>();
        services.AddScoped<ChangeSubAccountStatus.Handler>();
        services.AddScoped<ResetSubAccountPassword.Handler>();
        services.AddScoped<UpdateSubAccount.Handler>();
        services.AddScoped<BindZones.Handler>();
        services.AddScoped<ListDelegationAccounts.Handler>();
        services.AddScoped<UnlockAccount.Handler>();
        services.AddScoped<ResetAccountPassword.Handler>();
        services.AddScoped<UnbindAccountPhone.Handler>();

        services.AddAuthorization(Policies.Add);
    }

    public static void MapAccountsModule(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        app.MapLogout();
        // ACC-2: every API endpoint (of every module) refuses users who still have to bind a phone.
        api.RequireBoundPhone();
        var auth = api.MapGroup("/auth").WithTags("Accounts").WithMetadata(new AllowWithoutPhoneAttribute());
        auth.MapIssueToken();
        SendPasswordResetCode.Map(auth);
        ResetForgottenPassword.Map(auth);

        var me = api.MapGroup("/me").WithTags("Accounts").RequireAuthorization();
        me.MapGetMe();
        SendPhoneCode.Map(me);
        BindPhone.Map(me);

        RegisterExhibitor.Map(api);
        SendRegistrationCode.Map(api);
        Register.Map(api);

        var enterprise = api.MapGroup("/enterprise").WithTags("Enterprise accounts");
        ListSubAccounts.Map(enterprise);
        CreateSubAccount.Map(enterprise);
        UpdateSubAccount.Map(enterprise);
        ChangeSubAccountStatus.Map(enterprise);
        ResetSubAccountPassword.Map(enterprise);
        BindZones.Map(enterprise);
        CheckZoneAccess.Map(enterprise);

        var delegation = api.MapGroup("/delegation").WithTags("Delegation accounts");
        ListDelegationAccounts.Map(delegation);
        UnlockAccount.Map(delegation);
        ResetAccountPassword.Map(delegation);
        UnbindAccountPhone.Map(delegation);
    }
}

internal static class AuthSchemes
{
    public const string CookieOrBearer = "FairHall";
}

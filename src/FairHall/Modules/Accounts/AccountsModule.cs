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
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(8))
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(o =>
            {
                o.LoginPath = "/login";
                o.AccessDeniedPath = "/denied";
                o.Cookie.Name = "fairhall.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(12);
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
            })
            .AddRoles<Role>()
            .AddEntityFrameworkStores<FairHallDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<MembershipClaimsFactory>()
            .AddPasswordValidator<LettersAndDigitsPolicy>();

        services.AddAuthorization(Policies.Add);
    }

    public static void MapAccountsModule(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        app.MapLogout();
        var auth = api.MapGroup("/auth").WithTags("Accounts");
        auth.MapIssueToken();
        api.MapGroup("/me").WithTags("Accounts").RequireAuthorization().MapGetMe();
    }
}

internal static class AuthSchemes
{
    public const string CookieOrBearer = "FairHall";
}

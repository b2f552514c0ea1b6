using System.Threading.RateLimiting;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;

namespace FairHall.Platform.Web;

/// <summary>Fixed-window limits per client address on login, registration and verification-code sending.</summary>
internal static class RateLimits
{
    public const string Login = "login";
    public const string Register = "register";
    public const string SmsCode = "sms-code";

    /// <summary>Pages whose form posts register accounts or send verification codes.</summary>
    private static readonly string[] CodePages = ["/register", "/account/forgot-password", "/account/bind-phone"];

    public static void AddFairHallRateLimits(this IServiceCollection services, IConfiguration config)
    {
        services.AddRateLimiter(o =>
        {
            Add(o, Login, config.GetSection("RateLimits:Login"));
            Add(o, Register, config.GetSection("RateLimits:Register"));
            Add(o, SmsCode, config.GetSection("RateLimits:SmsCode"));
            // Pages post forms to themselves (not to API endpoints): sign-in is limited like the API, and the
            // pages that register or send codes share a looser per-address window (a person retyping a form
            // posts several times; the per-phone code cooldown in the handlers is the tighter guard).
            var login = config.GetSection("RateLimits:Login");
            var pages = config.GetSection("RateLimits:CodePages");
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                if (!HttpMethods.IsPost(http.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("none");
                }

                var path = http.Request.Path;
                if (path.Equals("/login", StringComparison.OrdinalIgnoreCase))
                {
                    return RateLimitPartition.GetFixedWindowLimiter("login-page:" + address, _ => Window(login));
                }

                return CodePages.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))
                    ? RateLimitPartition.GetFixedWindowLimiter("code-pages:" + address, _ => Window(pages, defaultPermits: 30))
                    : RateLimitPartition.GetNoLimiter("none");
            });
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (ctx, ct) =>
            {
                var http = ctx.HttpContext;
                var texts = http.RequestServices.GetRequiredService<TextCatalog>();
                var problem = Problems.For(new Error("rate_limited", StatusCodes.Status429TooManyRequests), texts, http);
                await http.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", ct);
            };
        });
    }

    private static void Add(Microsoft.AspNetCore.RateLimiting.RateLimiterOptions o, string name, IConfigurationSection section)
    {
        o.AddPolicy(name, http => RateLimitPartition.GetFixedWindowLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => Window(section)));
    }

    private static FixedWindowRateLimiterOptions Window(IConfigurationSection section, int defaultPermits = 10) => new()
    {
        PermitLimit = section.GetValue("PermitLimit", defaultPermits),
        Window = TimeSpan.FromSeconds(section.GetValue("WindowSeconds", 60)),
        QueueLimit = 0,
    };
}

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

    public static void AddFairHallRateLimits(this IServiceCollection services, IConfiguration config)
    {
        services.AddRateLimiter(o =>
        {
            Add(o, Login, config.GetSection("RateLimits:Login"));
            Add(o, Register, config.GetSection("RateLimits:Register"));
            Add(o, SmsCode, config.GetSection("RateLimits:SmsCode"));
            // The sign-in page posts a form to /login (a page, not an API endpoint): limit it like the API.
            var login = config.GetSection("RateLimits:Login");
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                HttpMethods.IsPost(http.Request.Method) && http.Request.Path.Equals("/login", StringComparison.OrdinalIgnoreCase)
                    ? RateLimitPartition.GetFixedWindowLimiter("login-page:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                        _ => Window(login))
                    : RateLimitPartition.GetNoLimiter("none"));
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

    private static FixedWindowRateLimiterOptions Window(IConfigurationSection section) => new()
    {
        PermitLimit = section.GetValue("PermitLimit", 10),
        Window = TimeSpan.FromSeconds(section.GetValue("WindowSeconds", 60)),
        QueueLimit = 0,
    };
}

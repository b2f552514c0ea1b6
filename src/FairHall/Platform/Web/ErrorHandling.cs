using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace FairHall.Platform.Web;

/// <summary>
/// Every failure of an API call is RFC 9457 ProblemDetails with a stable <c>code</c> and a localized title;
/// pages get the error page. Unexpected exceptions are logged and answered without internals.
/// </summary>
internal static class ErrorHandling
{
    public static bool IsApi(this HttpRequest request) => request.Path.StartsWithSegments("/api");

    public static void AddFairHallErrors(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            var texts = ctx.HttpContext.RequestServices.GetRequiredService<TextCatalog>();
            if (!ctx.ProblemDetails.Extensions.ContainsKey("code"))
            {
                var code = CodeFor(ctx.ProblemDetails.Status ?? ctx.HttpContext.Response.StatusCode, ctx.Exception);
                ctx.ProblemDetails.Extensions["code"] = code;
                ctx.ProblemDetails.Title = texts.Get($"error.{code}");
                ctx.ProblemDetails.Detail = null;
            }

            ctx.ProblemDetails.Extensions.TryAdd("traceId", ctx.HttpContext.TraceIdentifier);
        });
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ApiAuthorizationResultHandler>();
        // A malformed body is the caller's mistake: answer 400 ProblemDetails (status code pages), don't throw.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);
    }

    public static void UseFairHallErrors(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = ex => ex is BadHttpRequestException bad ? bad.StatusCode : IsBusy(ex) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
            // API callers get ProblemDetails; pages get the error page.
            ExceptionHandler = async http =>
            {
                var feature = http.Features.Get<IExceptionHandlerFeature>();
                if (http.Response.StatusCode == StatusCodes.Status503ServiceUnavailable)
                {
                    http.Response.Headers.RetryAfter = "1";
                }

                if (http.Request.IsApi())
                {
                    var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
                    await problems.WriteAsync(new ProblemDetailsContext
                    {
                        HttpContext = http,
                        Exception = feature?.Error,
                        ProblemDetails = new ProblemDetails { Status = http.Response.StatusCode },
                    });
                    return;
                }

                http.Response.Redirect("/error");
            },
        });
        app.UseStatusCodePages(async ctx =>
        {
            var http = ctx.HttpContext;
            if (http.Request.IsApi() && !http.Response.HasStarted && http.Response.ContentLength is null)
            {
                await http.RequestServices.GetRequiredService<IProblemDetailsService>()
                    .WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = new ProblemDetails { Status = http.Response.StatusCode } });
            }
        });
    }

    private static string CodeFor(int status, Exception? exception) => status switch
    {
        StatusCodes.Status400BadRequest => exception is BadHttpRequestException ? "bad_request" : "bad_request",
        StatusCodes.Status401Unauthorized => "unauthenticated",
        StatusCodes.Status403Forbidden => "forbidden",
        StatusCodes.Status404NotFound => "not_found",
        StatusCodes.Status405MethodNotAllowed => "method_not_allowed",
        StatusCodes.Status409Conflict => "conflict",
        StatusCodes.Status413PayloadTooLarge => "payload_too_large",
        StatusCodes.Status415UnsupportedMediaType => "unsupported_media_type",
        StatusCodes.Status429TooManyRequests => "rate_limited",
        StatusCodes.Status503ServiceUnavailable => "busy",
        _ when status >= 500 => "internal_error",
        _ => "bad_request",
    };

    /// <summary>
    /// Overload, not a fault: every database connection in use (the pool's wait ran out) or a database command past its
    /// timeout, or the SQLite writer queue (<see cref="Data.SqliteWriteGate"/>) or SQLite itself busy past its timeout.
    /// The request's transaction never started or was rolled back, so the caller may retry: 503 with Retry-After.
    /// </summary>
    internal static bool IsBusy(Exception? ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is Data.DatabaseBusyException
                || e is Npgsql.NpgsqlException { InnerException: TimeoutException }
                || e is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 5 or 6 }) // SQLITE_BUSY, SQLITE_LOCKED
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>API requests get 401/403 ProblemDetails instead of a redirect to the login page.</summary>
    private sealed class ApiAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
    {
        private readonly AuthorizationMiddlewareResultHandler fallback = new();

        public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
        {
            if (context.Request.IsApi() && (authorizeResult.Challenged || authorizeResult.Forbidden))
            {
                var texts = context.RequestServices.GetRequiredService<TextCatalog>();
                var error = authorizeResult.Forbidden
                    ? Error.Forbidden()
                    : new Error("unauthenticated", StatusCodes.Status401Unauthorized);
                context.Response.StatusCode = error.Status;
                await context.Response.WriteAsJsonAsync(Problems.For(error, texts, context), (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
                return;
            }

            await fallback.HandleAsync(next, context, policy, authorizeResult);
        }
    }
}

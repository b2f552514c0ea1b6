using FairHall.Platform.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FairHall.Platform.Outcomes;

/// <summary>Maps use-case results to HTTP: success to the given result, errors to RFC 9457 ProblemDetails.</summary>
public static class Problems
{
    public static ProblemDetails For(Error error, TextCatalog texts, HttpContext? http = null)
    {
        var problem = new ProblemDetails
        {
            Status = error.Status,
            Title = texts.Get($"error.{error.Code}"),
            Type = $"https://fairhall.dev/errors/{error.Code}",
        };
        problem.Extensions["code"] = error.Code;
        if (error.Fields is not null)
        {
            problem.Extensions["errors"] = error.Fields;
        }

        if (http is not null)
        {
            problem.Extensions["traceId"] = http.TraceIdentifier;
        }

        return problem;
    }

    public static ProblemHttpResult ToProblem(this Error error, HttpContext http) =>
        TypedResults.Problem(For(error, http.RequestServices.GetRequiredService<TextCatalog>(), http));

    public static IResult ToHttp<T>(this Result<T> result, HttpContext http, Func<T, IResult> ok) =>
        result.IsSuccess ? ok(result.Value) : result.Error.ToProblem(http);
}

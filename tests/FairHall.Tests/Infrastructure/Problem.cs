using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace FairHall.Tests.Infrastructure;

/// <summary>Reads an RFC 9457 ProblemDetails answer.</summary>
public sealed record Problem(int Status, string Code, string? Title, Dictionary<string, string[]>? Errors)
{
    public static async Task<Problem> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = json.TryGetProperty("errors", out var e) ? e.Deserialize<Dictionary<string, string[]>>() : null;
        return new Problem(
            json.GetProperty("status").GetInt32(),
            json.GetProperty("code").GetString()!,
            json.TryGetProperty("title", out var t) ? t.GetString() : null,
            errors);
    }
}

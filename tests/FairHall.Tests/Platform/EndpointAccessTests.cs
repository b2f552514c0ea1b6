using System.Net;
using System.Text.RegularExpressions;
using FairHall.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FairHall.Tests.Platform;

/// <summary>
/// Every /api/v1 endpoint, found from the application's own routing table, is tried anonymously (401) and by
/// each demo account whose role its policy does not admit (403 with code "forbidden").
/// </summary>
[Trait("Req", "ROLE-1")]
[Trait("Req", "X-4")]
public abstract partial class EndpointAccessTests<TDb>(AppFixture<TDb> fixture) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    private static readonly Dictionary<string, string> RoleOf = new()
    {
        [DemoUsers.Organizer] = "organizer",
        [DemoUsers.Delegation] = "delegation_reviewer",
        [DemoUsers.Association] = "association_reviewer",
        [DemoUsers.Institution] = "institution_reviewer",
        [DemoUsers.ExhibitorAdmin] = "exhibitor_admin",
        [DemoUsers.ExhibitorStaff] = "exhibitor_staff",
        [DemoUsers.Buyer] = "buyer",
    };

    [Fact]
    public async Task Every_api_endpoint_refuses_anonymous_callers_and_wrong_roles()
    {
        var endpoints = await ApiEndpointsAsync();
        endpoints.ShouldNotBeEmpty();
        var failures = new List<string>();
        var tried = 0;

        foreach (var (method, url, anonymousAllowed, roles) in endpoints)
        {
            if (!anonymousAllowed)
            {
                using var anonymous = fixture.Anonymous();
                var status = (await anonymous.SendAsync(Request(method, url))).StatusCode;
                tried++;
                if (status != HttpStatusCode.Unauthorized)
                {
                    failures.Add($"anonymous {method} {url}: {(int)status}");
                }
            }

            if (roles is null)
            {
                continue;
            }

            foreach (var (user, role) in RoleOf.Where(r => !roles.Contains(r.Value)))
            {
                var client = await fixture.ClientAsAsync(user);
                var response = await client.SendAsync(Request(method, url));
                tried++;
                if (response.StatusCode != HttpStatusCode.Forbidden || !(await response.Content.ReadAsStringAsync()).Contains("\"code\":\"forbidden\""))
                {
                    failures.Add($"{role} {method} {url}: {(int)response.StatusCode}");
                }
            }
        }

        failures.ShouldBeEmpty();
        tried.ShouldBeGreaterThan(0);
    }

    private static HttpRequestMessage Request(string method, string url) =>
        new(new HttpMethod(method), url)
        {
            Content = method is "GET" or "DELETE" ? null : new StringContent("{}", System.Text.Encoding.UTF8, "application/json"),
        };

    private async Task<List<(string Method, string Url, bool AnonymousAllowed, HashSet<string>? Roles)>> ApiEndpointsAsync()
    {
        var policies = fixture.App.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var result = new List<(string, string, bool, HashSet<string>?)>();
        foreach (var endpoint in fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern.RawText ?? "";
            if (!pattern.StartsWith("/api/v1", StringComparison.Ordinal))
            {
                continue;
            }

            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            HashSet<string>? roles = null;
            foreach (var data in endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>())
            {
                var policy = data.Policy is null ? null : await policies.GetPolicyAsync(data.Policy);
                var required = policy?.Requirements.OfType<RolesAuthorizationRequirement>().SelectMany(r => r.AllowedRoles)
                    ?? data.Roles?.Split(',', StringSplitOptions.TrimEntries);
                if (required is not null)
                {
                    roles = [.. required];
                }
            }

            var url = RouteParameter().Replace(pattern, "1");
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                result.Add((method, url, anonymous, roles));
            }
        }

        return result;
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}

[Trait("Provider", "sqlite")]
public sealed class EndpointAccessTestsOnSqlite(AppFixture<SqliteDb> f) : EndpointAccessTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class EndpointAccessTestsOnPostgres(AppFixture<PostgresDb> f) : EndpointAccessTests<PostgresDb>(f);

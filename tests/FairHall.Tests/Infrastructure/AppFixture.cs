using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FairHall.Tests.Infrastructure;

/// <summary>
/// One application and one fresh database per test class. Derive a test class twice, once per provider:
/// <c>public sealed class ZoneTestsOnSqlite(AppFixture&lt;SqliteDb&gt; f) : ZoneTests&lt;SqliteDb&gt;(f);</c>
/// </summary>
public class AppFixture<TDb> : IAsyncLifetime where TDb : TestDb, new()
{
    private readonly ConcurrentDictionary<string, string> tokens = new();

    public FairHallApp App { get; private set; } = default!;

    /// <summary>Settings a derived fixture adds (e.g. the port of a local SMTP server).</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public virtual async Task InitializeAsync()
    {
        var db = new TDb();
        await db.CreateAsync();
        App = new FairHallApp(db, Settings);
        _ = App.Server; // start now: applies the schema and loads the demo data
    }

    public virtual async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await App.Db.DisposeAsync();
    }

    /// <summary>A client without credentials; redirects are not followed so tests see them.</summary>
    public HttpClient Anonymous() =>
        App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client with a bearer token of the given user (demo accounts: see <see cref="DemoUsers"/>).</summary>
    public async Task<HttpClient> ClientAsAsync(string userName, string password = DemoUsers.Password)
    {
        var token = tokens.TryGetValue(userName, out var t) ? t : await IssueTokenAsync(userName, password);
        tokens[userName] = token;
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<string> IssueTokenAsync(string userName, string password)
    {
        using var client = Anonymous();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<TokenResponse>();
        return body!.AccessToken;
    }

    private sealed record TokenResponse(string AccessToken);
}

/// <summary>The demo accounts loaded into every test database, one per role.</summary>
public static class DemoUsers
{
    public const string Password = "fairhall2026";
    public const string Organizer = "organizer";
    public const string Delegation = "gz.delegation";
    public const string Association = "cccla.reviewer";
    public const string Institution = "ccpit.institution";
    public const string ExhibitorAdmin = "demo.exhibitor";
    public const string ExhibitorStaff = "demo.exhibitor-01";
    public const string Buyer = "demo.buyer";

    public static readonly string[] AllButOrganizer = [Delegation, Association, Institution, ExhibitorAdmin, ExhibitorStaff, Buyer];
}

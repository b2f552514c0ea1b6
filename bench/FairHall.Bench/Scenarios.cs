using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using FairHall.Modules.Catalog;
using FairHall.Modules.Exhibitors.Showcase;
using FairHall.Modules.Packages;
using FairHall.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Bench;

/// <summary>What the driver picks from: the current session, its listed products (by popularity rank), the public showcases.</summary>
internal sealed record DataSet(long SessionId, long[] ProductIds, long[] ShowcaseIds, (long Id, string Code)[] Zones, long[] BuyerIds)
{
    public static async Task<DataSet> ReadAsync(BenchOptions options, CancellationToken ct)
    {
        await using var app = PlatformHost.Build(options);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FairHallDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var session = await Sessions.CurrentAsync(db, clock, ct) ?? throw new InvalidOperationException("No current session.");
        var products = await db.Set<Product>().Where(p => p.SessionId == session.Id && p.Status == ProductStatus.Listed && !p.IsHidden)
            .OrderBy(p => p.Id).Select(p => p.Id).ToArrayAsync(ct);
        var showcases = await db.Set<EnterpriseShowcase>().Where(s => s.Status == ShowcaseStatus.Displayable)
            .Where(s => db.Set<Product>().Any(p => p.EnterpriseId == s.EnterpriseId && p.Status == ProductStatus.Listed))
            .OrderBy(s => s.EnterpriseId).Select(s => s.EnterpriseId).ToArrayAsync(ct);
        var zones = (await db.Set<FairHall.Modules.Fairs.Zone>().Where(z => z.SessionId == session.Id && z.IsActive)
            .Where(z => db.Set<Product>().Any(p => p.ZoneId == z.Id && p.Status == ProductStatus.Listed))
            .OrderBy(z => z.SortOrder).ThenBy(z => z.Id).Select(z => new { z.Id, z.Code }).ToListAsync(ct)).Select(z => (z.Id, z.Code)).ToArray();
        var names = Enumerable.Range(0, DriverBuyers).Select(FairGenerator.UserNameOf).ToList();
        var buyers = await db.Users.Where(u => names.Contains(u.UserName!)).Select(u => new { u.Id, u.UserName }).ToListAsync(ct);
        var buyerIds = names.Select(n => buyers.FirstOrDefault(b => b.UserName == n)?.Id ?? 0).TakeWhile(id => id != 0).ToArray();
        return new DataSet(session.Id, products, showcases, zones, buyerIds);
    }

    /// <summary>How many generated buyers the driver signs in and writes as.</summary>
    public const int DriverBuyers = 50;

    /// <summary>A product by Zipf-like popularity: rank k is spread over the id range so that hot products are not all neighbours.</summary>
    public long Product(Random r) => ProductIds[(int)((long)FairGenerator.Zipf(r, ProductIds.Length) * 7919 % ProductIds.Length)];

    public (long Id, string Code) Zone(Random r) => Zones[FairGenerator.Zipf(r, Zones.Length)];

    public long Showcase(Random r) => ShowcaseIds[(int)((long)FairGenerator.Zipf(r, ShowcaseIds.Length) * 7919 % ShowcaseIds.Length)];
}

/// <summary>One scenario: FairHall's request for request number n, the bare endpoint's (if any), the status that counts as success.</summary>
internal sealed record Scenario(string Name, string Description, Func<long, HttpRequestMessage> App, Func<long, HttpRequestMessage>? Bare, HttpStatusCode Expected)
{
    /// <summary>A write scenario: FairHall's outbox work that a step leaves behind is let finish before the bare step writes.</summary>
    public bool Writes { get; init; }
}

internal static class Scenarios
{
    /// <summary>The bare write endpoints use other request numbers than FairHall's (same draws, other pairs), so neither finds the other's favorites.</summary>
    private const long BareOffset = 1_000_000_000;

    public static List<Scenario> Build(int seed, DataSet data, IReadOnlyList<(string Token, long UserId)> buyers)
    {
        var terms = Vocabulary.SearchTerms();
        Random R(long n, int kind) => new(FairGenerator.Mix(seed, 100 + kind, n));
        string Term(long n) => Uri.EscapeDataString(terms[R(n, 1).Next(terms.Count)]);
        List<Scenario> list =
        [
            new("search", "GET /api/v1/search/products?q= (rotating vocabulary: 2-character Chinese words, English words, phrases); bare: the same FTS count + candidate window, 20 rows as JSON",
                n => Get($"/api/v1/search/products?q={Term(n)}"), n => Get($"/bare/search?q={Term(n)}"), HttpStatusCode.OK),
            new("product-api", "GET /api/v1/products/{id} (Zipf popularity); bare: product + zone + exhibitor + 4 similar as JSON",
                n => Get($"/api/v1/products/{data.Product(R(n, 2))}"), n => Get($"/bare/products/{data.Product(R(n, 2))}"), HttpStatusCode.OK),
            new("product-page", "GET /products/{id} (server-rendered page); bare: the same data as JSON",
                n => Get($"/products/{data.Product(R(n, 3))}"), n => Get($"/bare/products/{data.Product(R(n, 3))}"), HttpStatusCode.OK),
            new("showcase-api", "GET /api/v1/showcases/{enterpriseId}; bare: showcase + 12 newest listed products + names as JSON",
                n => Get($"/api/v1/showcases/{data.Showcase(R(n, 4))}"), n => Get($"/bare/showcases/{data.Showcase(R(n, 4))}"), HttpStatusCode.OK),
            new("showcase-page", "GET /showcase/{enterpriseId} (server-rendered page); bare: the same data as JSON",
                n => Get($"/showcase/{data.Showcase(R(n, 5))}"), n => Get($"/bare/showcases/{data.Showcase(R(n, 5))}"), HttpStatusCode.OK),
            new("zone-page", "GET /zones/{code} (server-rendered zone page: newest listed products of the zone through the search); bare: zone + capped count + 20 newest rows as JSON",
                n => Get($"/zones/{Uri.EscapeDataString(data.Zone(R(n, 7)).Code)}"), n => Get($"/bare/zones/{data.Zone(R(n, 7)).Id}"), HttpStatusCode.OK),
            new("home", "GET / (public home page, cached 60 s for anonymous visitors); no bare endpoint", _ => Get("/"), null, HttpStatusCode.OK),
        ];
        if (buyers.Count > 0)
        {
            (string Token, long UserId) Buyer(long n) => buyers[(int)(R(n, 8).Next(buyers.Count))];
            list.Add(new("favorite", "PUT /api/v1/my/favorites/product/{id} as a signed-in buyer (Zipf products, so some are already favorites: idempotent); bare: the same check, product lookup, favorite row and counter upsert in one transaction",
                n => Authorized(new HttpRequestMessage(HttpMethod.Put, $"/api/v1/my/favorites/product/{data.Product(R(n, 9))}"), Buyer(n).Token),
                n => new HttpRequestMessage(HttpMethod.Put, $"/bare/favorites/{Buyer(n + BareOffset).UserId}/{data.Product(R(n + BareOffset, 9))}"), HttpStatusCode.OK)
            { Writes = true });
            list.Add(new("intent", "POST /api/v1/my/intent-orders as a signed-in buyer (bearer tokens issued before the run; notices to the exhibitor included); bare: product lookup and one intent_orders row",
                n => Authorized(new HttpRequestMessage(HttpMethod.Post, "/api/v1/my/intent-orders")
                {
                    Content = JsonContent.Create(new { productId = data.Product(R(n, 6)), quantity = 10 + (n % 90), budgetFen = (long?)null, note = "bench" }),
                }, Buyer(n).Token),
                n => new HttpRequestMessage(HttpMethod.Post, $"/bare/intents/{Buyer(n).UserId}/{data.Product(R(n, 6))}?quantity={10 + (n % 90)}"), HttpStatusCode.Created)
            { Writes = true });
        }

        return list;
    }

    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);

    private static HttpRequestMessage Authorized(HttpRequestMessage request, string token)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    /// <summary>Signs buyers in through the platform's token endpoint; with each token the buyer's user id (for the bare writes).</summary>
    public static async Task<List<(string Token, long UserId)>> TokensAsync(HttpClient app, DataSet data, int buyers, string password, CancellationToken ct)
    {
        List<(string, long)> tokens = [];
        for (var i = 0; i < buyers; i++)
        {
            using var response = await app.PostAsJsonAsync("/api/v1/auth/token", new { userName = FairGenerator.UserNameOf(i), password }, ct);
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync<TokenResponse>(ct);
            tokens.Add((body!.AccessToken, data.BuyerIds[i]));
        }

        return tokens;
    }

    private sealed record TokenResponse(string AccessToken);
}

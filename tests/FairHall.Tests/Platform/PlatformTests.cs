using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FairHall.Platform.Audit;
using FairHall.Platform.Localization;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Tests.Platform;

[Trait("Req", "X-2")]
public abstract class PlatformTests<TDb>(AppFixture<TDb> fixture) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    [Fact]
    public async Task Health_answers_200_when_the_database_answers()
    {
        using var client = fixture.Anonymous();

        var response = await client.GetAsync("/health");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_api_is_documented_at_openapi_v1_json()
    {
        using var client = fixture.Anonymous();

        var doc = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ShouldContain("/api/v1/auth/token");
    }

    [Fact]
    public async Task Home_page_speaks_Chinese_by_default_and_English_after_the_switch()
    {
        using var browser = new Browserless(fixture.App, language: "");

        var zh = await browser.GetAsync("/");
        zh.QuerySelector("h1")!.TextContent.ShouldBe("线上展会，全年不落幕");
        zh.DocumentElement.GetAttribute("lang").ShouldBe("zh-CN");

        var en = await browser.GetAsync("/culture?c=en&r=/");
        en.QuerySelector("h1")!.TextContent.ShouldBe("The online fair that never closes");
        en.DocumentElement.GetAttribute("lang").ShouldBe("en");
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_refused_and_signs_nobody_in()
    {
        using var client = fixture.Anonymous();
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.UserName"] = DemoUsers.Organizer,
            ["Input.Password"] = DemoUsers.Password,
        });

        var response = await client.PostAsync("/login", form);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Headers.TryGetValues("Set-Cookie", out var cookies);
        (cookies ?? []).ShouldNotContain(c => c.StartsWith("fairhall.auth", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_text_has_both_a_Chinese_and_an_English_version()
    {
        var sources = fixture.App.Services.GetServices<ITextSource>().SelectMany(s => s.Texts).ToList();

        sources.ShouldNotBeEmpty();
        sources.Where(t => string.IsNullOrWhiteSpace(t.Zh) || string.IsNullOrWhiteSpace(t.En)).Select(t => t.Key).ShouldBeEmpty();
    }

    [Fact]
    [Trait("Req", "X-4")]
    public async Task Changes_are_audited_with_actor_time_and_values_without_secrets()
    {
        var entries = await fixture.App.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.EntityType == "User" && a.Action == "create").ToListAsync());

        entries.ShouldNotBeEmpty();
        entries[0].At.ShouldBe(FakeClock.DefaultStart);
        entries[0].After.ShouldNotBeNull().ShouldContain("\"PasswordHash\":\"***\"");
        entries[0].EntityId.ShouldNotBe("0");
    }
}

[Trait("Provider", "sqlite")]
public sealed class PlatformTestsOnSqlite(AppFixture<SqliteDb> f) : PlatformTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class PlatformTestsOnPostgres(AppFixture<PostgresDb> f) : PlatformTests<PostgresDb>(f);

/// <summary>An application whose sign-in limit is three attempts a minute.</summary>
public sealed class StrictLimitsFixture : AppFixture<SqliteDb>
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimits:Login:PermitLimit"] = "3",
        ["RateLimits:CodePages:PermitLimit"] = "2",
    };
}

[Trait("Req", "ACC-3")]
[Trait("Provider", "sqlite")]
public sealed class RateLimitTests(StrictLimitsFixture fixture) : IClassFixture<StrictLimitsFixture>
{
    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_get_429_with_a_code()
    {
        using var client = fixture.Anonymous();
        for (var i = 0; i < 3; i++)
        {
            (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "nobody", password = "x" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        var limited = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "nobody", password = "x" });

        (await Problem.ReadAsync(limited, HttpStatusCode.TooManyRequests)).Code.ShouldBe("rate_limited");
    }

    [Fact]
    [Trait("Req", "ACC-2")]
    public async Task Form_posts_of_the_pages_that_register_or_send_codes_are_limited_per_address()
    {
        using var client = fixture.Anonymous();
        var empty = new Dictionary<string, string>();

        (await client.PostAsync("/account/forgot-password", new FormUrlEncodedContent(empty))).StatusCode.ShouldNotBe(HttpStatusCode.TooManyRequests);
        (await client.PostAsync("/register", new FormUrlEncodedContent(empty))).StatusCode.ShouldNotBe(HttpStatusCode.TooManyRequests);
        var limited = await client.PostAsync("/register/exhibitor", new FormUrlEncodedContent(empty));

        (await Problem.ReadAsync(limited, HttpStatusCode.TooManyRequests)).Code.ShouldBe("rate_limited");
        (await client.GetAsync("/register")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

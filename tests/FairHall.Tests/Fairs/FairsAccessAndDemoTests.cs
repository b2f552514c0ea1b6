using System.Net;
using FairHall.Modules.Fairs;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FairHall.Tests.Fairs.FairsApi;

namespace FairHall.Tests.Fairs;

/// <summary>Only organizers change fairs; the demo fair looks like the Canton Fair; the console pages render.</summary>
[Trait("Req", "ROLE-1")]
[Trait("Req", "FAIR-1")]
[Trait("Req", "FAIR-2")]
public abstract class FairsAccessAndDemoTests<TDb>(AppFixture<TDb> fixture) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    public static TheoryData<string> OtherRoles => [.. DemoUsers.AllButOrganizer];

    [Theory]
    [MemberData(nameof(OtherRoles))]
    public async Task Every_other_role_is_refused_on_writes_with_forbidden(string user)
    {
        var client = await fixture.ClientAsAsync(user);
        var writes = new (string Method, string Url)[]
        {
            ("POST", "/api/v1/fairs"), ("PUT", "/api/v1/fairs/1"), ("POST", "/api/v1/sessions"), ("PUT", "/api/v1/sessions/1"),
            ("POST", "/api/v1/zones"), ("PUT", "/api/v1/zones/1"), ("PUT", "/api/v1/zones/1/tags"),
            ("POST", "/api/v1/delegations"), ("PUT", "/api/v1/delegations/1"), ("POST", "/api/v1/associations"),
            ("PUT", "/api/v1/associations/1"), ("POST", "/api/v1/institutions"), ("PUT", "/api/v1/institutions/1"),
        };
        var zonesBefore = await fixture.App.WithDbAsync(db => db.Set<Zone>().CountAsync());

        foreach (var (method, url) in writes)
        {
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url)
            {
                Content = new StringContent("""{"fairId":1,"sessionId":1,"code":"X1","nameZh":"甲","nameEn":"A","phaseNumber":1,"associationIds":[1]}""", System.Text.Encoding.UTF8, "application/json"),
            });
            (await Problem.ReadAsync(response, HttpStatusCode.Forbidden)).Code.ShouldBe("forbidden");
        }

        (await fixture.App.WithDbAsync(db => db.Set<Zone>().CountAsync())).ShouldBe(zonesBefore);
    }

    [Fact]
    public async Task Buyers_and_exhibitors_cannot_list_organizations_but_reviewers_can()
    {
        var fairId = await fixture.App.WithDbAsync(db => db.Set<Fair>().Select(f => f.Id).SingleAsync());
        var buyer = await fixture.ClientAsAsync(DemoUsers.Buyer);
        (await Problem.ReadAsync(await buyer.GetAsync($"/api/v1/fairs/{fairId}/delegations"), HttpStatusCode.Forbidden)).Code.ShouldBe("forbidden");
        var reviewer = await fixture.ClientAsAsync(DemoUsers.Association);
        (await reviewer.GetAsync($"/api/v1/fairs/{fairId}/delegations")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    [Trait("Req", "ROLE-2")]
    [Trait("Req", "ROLE-3")]
    public async Task Demo_fair_has_session_140_with_at_least_48_zones_each_reviewed_by_an_association()
    {
        var (zones, withoutAssociation, tagged, gz, subs) = await fixture.App.WithDbAsync(async db =>
        {
            var session = await db.Set<Session>().SingleAsync(s => s.Number == 140);
            var zoneQuery = db.Set<Zone>().Where(z => z.SessionId == session.Id);
            return (
                await zoneQuery.CountAsync(),
                await zoneQuery.CountAsync(z => !z.Associations.Any()),
                await zoneQuery.CountAsync(z => z.Tags.Any()),
                await db.Set<Delegation>().SingleOrDefaultAsync(d => d.Code == "GZ"),
                await db.Set<Delegation>().CountAsync(d => d.ParentId != null));
        });

        zones.ShouldBeGreaterThanOrEqualTo(48);
        withoutAssociation.ShouldBe(0);
        tagged.ShouldBe(30);
        gz.ShouldNotBeNull();
        gz.NameZh.ShouldBe("广州交易团");
        subs.ShouldBeGreaterThanOrEqualTo(2);
        var me = await (await (await fixture.ClientAsAsync(DemoUsers.Delegation)).GetAsync("/api/v1/me")).ReadAsync<MeDto>();
        me.DelegationId.ShouldBe(gz.Id);
    }

    [Fact]
    public void Session_days_turn_into_instants_in_the_fairs_time_zone()
    {
        FairTime.StartOf(new DateOnly(2026, 10, 12), "Asia/Shanghai").ShouldBe(new DateTimeOffset(2026, 10, 11, 16, 0, 0, TimeSpan.Zero));
        FairTime.EndOf(new DateOnly(2026, 10, 12), "Asia/Shanghai").ShouldBe(new DateTimeOffset(2026, 10, 12, 16, 0, 0, TimeSpan.Zero));
        FairTime.DateOf(new DateTimeOffset(2026, 11, 20, 17, 0, 0, TimeSpan.Zero), "Asia/Shanghai").ShouldBe(new DateOnly(2026, 11, 21));
    }

    [Theory]
    [InlineData("/console", "current-session")]
    [InlineData("/console/sessions", "session-row")]
    [InlineData("/console/zones", "zone-row")]
    [InlineData("/console/organizations", "delegation-row")]
    [InlineData("/console/delegations/new", "save")]
    [InlineData("/console/associations/new", "save")]
    [InlineData("/console/institutions/new", "save")]
    public async Task Console_pages_render_for_the_organizer(string url, string testId)
    {
        using var browser = new Browserless(fixture.App, "en");
        await browser.LoginAsync(DemoUsers.Organizer);

        var page = await browser.GetAsync(url);

        browser.LastResponse!.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector($"[data-testid={testId}]").ShouldNotBeNull(page.Body?.TextContent);
    }

    [Fact]
    public async Task Session_page_refuses_overlapping_phases_with_messages_under_the_phase()
    {
        using var browser = new Browserless(fixture.App, "zh-CN");
        await browser.LoginAsync(DemoUsers.Organizer);
        var sessionId = await fixture.App.WithDbAsync(db => db.Set<Session>().Where(s => s.Number == 140).Select(s => s.Id).SingleAsync());
        var page = await browser.GetAsync($"/console/sessions/{sessionId}");

        page = await browser.SubmitAsync(page, "#session-form", new Dictionary<string, string> { ["Input.Phases[1].StartsOn"] = "2026-10-18" });

        page.QuerySelector("[data-field='Phases[1].StartsOn']")!.TextContent.ShouldBe("第2期开始日期必须晚于第1期结束日期。");
        var phase2 = await fixture.App.WithDbAsync(db => db.Set<SessionPhase>().SingleAsync(p => p.SessionId == sessionId && p.Number == 2));
        phase2.StartsOn.ShouldBe(new DateOnly(2026, 10, 23));
    }

    [Fact]
    public async Task Home_page_shows_the_current_session()
    {
        using var browser = new Browserless(fixture.App, "en");

        var page = await browser.GetAsync("/");

        page.QuerySelector("[data-testid=home-session]")!.TextContent.ShouldContain("The 140th China Import and Export Fair");
    }

    public sealed record MeDto(long? DelegationId);
}

[Trait("Provider", "sqlite")]
public sealed class FairsAccessAndDemoTestsOnSqlite(AppFixture<SqliteDb> f) : FairsAccessAndDemoTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class FairsAccessAndDemoTestsOnPostgres(AppFixture<PostgresDb> f) : FairsAccessAndDemoTests<PostgresDb>(f);

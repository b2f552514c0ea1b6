using System.Net;
using FairHall.Tests.Infrastructure;
using static FairHall.Tests.Fairs.FairsApi;

namespace FairHall.Tests.Fairs;

/// <summary>Sessions and their phase calendars through the API (FAIR-1).</summary>
[Trait("Req", "FAIR-1")]
[Trait("Req", "ROLE-1")]
public abstract class SessionTests<TDb>(AppFixture<TDb> fixture) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    private async Task<(HttpClient Client, FairDto Fair)> OrganizerAsync()
    {
        var client = await fixture.ClientAsAsync(DemoUsers.Organizer);
        var fairs = await (await client.GetAsync("/api/v1/fairs")).ReadAsync<PageOf<FairDto>>();
        return (client, fairs.Items.Single(f => f.Code == "CANTON"));
    }

    [Fact]
    public async Task Organizer_creates_reads_and_reschedules_a_session()
    {
        var (client, fair) = await OrganizerAsync();

        var created = await (await client.PostJsonAsync("/api/v1/sessions", Calendar(fair.Id, 150))).ReadAsync<SessionDto>();
        created.Phases.Count.ShouldBe(3);
        created.Phases[2].EndsOn.ShouldBe(new DateOnly(2030, 11, 4));

        var body = Calendar(fair.Id, 150, [new { startsOn = "2030-10-16", endsOn = "2030-10-20" }, new { startsOn = "2030-10-24", endsOn = "2030-10-28" }]);
        body["version"] = created.Version;
        var updated = await (await client.PutJsonAsync($"/api/v1/sessions/{created.Id}", body)).ReadAsync<SessionDto>();

        updated.Phases.Select(p => p.StartsOn).ShouldBe([new DateOnly(2030, 10, 16), new DateOnly(2030, 10, 24)]);
        updated.Version.ShouldBeGreaterThan(created.Version);
        var read = await (await client.GetAsync($"/api/v1/sessions/{created.Id}")).ReadAsync<SessionDto>();
        read.Phases.Count.ShouldBe(2);
        var list = await (await client.GetAsync($"/api/v1/fairs/{fair.Id}/sessions?limit=200")).ReadAsync<PageOf<SessionDto>>();
        list.Items.ShouldContain(s => s.Id == created.Id);
    }

    [Theory]
    [InlineData("zh-CN", "第2期开始日期必须晚于第1期结束日期。", "第1期结束日期不能早于开始日期。")]
    [InlineData("en", "Phase 2 must start after phase 1 ends.", "Phase 1 must not end before it starts.")]
    public async Task Reversed_and_overlapping_phases_are_refused_field_by_field_and_nothing_is_saved(string language, string overlap, string reversed)
    {
        var (client, fair) = await OrganizerAsync();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var number = language == "en" ? 151 : 152;
        var body = Calendar(fair.Id, number, [new { startsOn = "2030-10-19", endsOn = "2030-10-15" }, new { startsOn = "2030-10-15", endsOn = "2030-10-27" }]);

        var response = await client.PostJsonAsync("/api/v1/sessions", body);

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Code.ShouldBe("validation_failed");
        problem.Errors!["Phases[0].EndsOn"].ShouldContain(reversed);
        problem.Errors["Phases[1].StartsOn"].ShouldContain(overlap);
        var sessions = await (await client.GetAsync($"/api/v1/fairs/{fair.Id}/sessions?limit=200")).ReadAsync<PageOf<SessionDto>>();
        sessions.Items.ShouldNotContain(s => s.Number == number);
    }

    [Fact]
    public async Task Deadlines_after_the_exhibition_and_service_ending_early_are_refused()
    {
        var (client, fair) = await OrganizerAsync();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var body = Calendar(fair.Id, 153);
        body["uploadOpensOn"] = "2030-08-01";
        body["offlineDeadlineOn"] = "2030-10-20";
        body["onlineServiceEndsOn"] = "2030-11-01";

        var problem = await Problem.ReadAsync(await client.PostJsonAsync("/api/v1/sessions", body), HttpStatusCode.BadRequest);

        problem.Errors!["UploadOpensOn"].ShouldContain("Uploads must not open before applications open.");
        problem.Errors["OfflineDeadlineOn"].ShouldContain("The offline exhibitor deadline must be before phase 1 starts.");
        problem.Errors["OnlineServiceEndsOn"].ShouldContain("Online service must end after the last phase ends.");
    }

    [Fact]
    public async Task A_session_number_used_twice_is_a_field_error()
    {
        var (client, fair) = await OrganizerAsync();

        var problem = await Problem.ReadAsync(await client.PostJsonAsync("/api/v1/sessions", Calendar(fair.Id, 140)), HttpStatusCode.BadRequest);

        problem.Errors!.Keys.ShouldContain("Number");
    }

    [Fact]
    public async Task A_stale_version_is_a_409_conflict()
    {
        var (client, fair) = await OrganizerAsync();
        var created = await (await client.PostJsonAsync("/api/v1/sessions", Calendar(fair.Id, 154))).ReadAsync<SessionDto>();
        var body = Calendar(fair.Id, 154);
        body["version"] = created.Version;
        (await client.PutJsonAsync($"/api/v1/sessions/{created.Id}", body)).EnsureSuccessStatusCode();

        var second = await client.PutJsonAsync($"/api/v1/sessions/{created.Id}", body);

        (await Problem.ReadAsync(second, HttpStatusCode.Conflict)).Code.ShouldBe("conflict");
    }

    [Fact]
    public async Task The_current_session_on_2026_11_21_is_the_140th_with_its_calendar()
    {
        using var client = fixture.Anonymous();

        var current = await (await client.GetAsync("/api/v1/sessions/current")).ReadAsync<CurrentDto>();

        current.Session.Number.ShouldBe(140);
        current.Today.ShouldBe(new DateOnly(2026, 11, 21));
        current.Session.Phases.Select(p => (p.StartsOn, p.EndsOn)).ShouldBe(
        [
            (new DateOnly(2026, 10, 15), new DateOnly(2026, 10, 19)),
            (new DateOnly(2026, 10, 23), new DateOnly(2026, 10, 27)),
            (new DateOnly(2026, 10, 31), new DateOnly(2026, 11, 4)),
        ]);
        current.Session.OnlineServiceEndsOn.ShouldBe(new DateOnly(2027, 3, 15));
        current.Zones.ShouldBeGreaterThanOrEqualTo(48);
    }
}

[Trait("Provider", "sqlite")]
public sealed class SessionTestsOnSqlite(AppFixture<SqliteDb> f) : SessionTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class SessionTestsOnPostgres(AppFixture<PostgresDb> f) : SessionTests<PostgresDb>(f);

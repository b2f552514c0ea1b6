using System.Net;
using FairHall.Modules.Fairs;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FairHall.Tests.Fairs.FairsApi;

namespace FairHall.Tests.Fairs;

/// <summary>Zones, their associations and parameter tags through the API and the console pages (FAIR-2).</summary>
[Trait("Req", "FAIR-2")]
[Trait("Req", "ROLE-1")]
public abstract class ZoneTests<TDb>(AppFixture<TDb> fixture) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    private async Task<(HttpClient Client, CurrentDto Current, List<OrgDto> Associations)> OrganizerAsync()
    {
        var client = await fixture.ClientAsAsync(DemoUsers.Organizer);
        var current = await (await client.GetAsync("/api/v1/sessions/current")).ReadAsync<CurrentDto>();
        var associations = await (await client.GetAsync($"/api/v1/fairs/{current.Session.FairId}/associations")).ReadAsync<PageOf<OrgDto>>();
        return (client, current, associations.Items);
    }

    [Fact]
    public async Task Organizer_creates_updates_and_tags_a_zone()
    {
        var (client, current, associations) = await OrganizerAsync();
        var cccla = associations.Single(a => a.Code == "CCCLA").Id;

        var zone = await (await client.PostJsonAsync("/api/v1/zones", new { sessionId = current.Session.Id, code = "T-API", nameZh = "测试展区", nameEn = "Test Zone", phaseNumber = 2, associationIds = new[] { cccla } })).ReadAsync<ZoneDto>();
        zone.AssociationIds.ShouldBe([cccla]);

        var updated = await (await client.PutJsonAsync($"/api/v1/zones/{zone.Id}", new { code = "T-API", nameZh = "测试展区二", nameEn = "Test Zone Two", phaseNumber = 3, sortOrder = 5, isActive = true, associationIds = associations.Take(2).Select(a => a.Id), version = zone.Version })).ReadAsync<ZoneDto>();
        updated.NameZh.ShouldBe("测试展区二");
        updated.PhaseNumber.ShouldBe(3);
        updated.AssociationIds.Count.ShouldBe(2);

        var tagged = await (await client.PutJsonAsync($"/api/v1/zones/{zone.Id}/tags", new
        {
            version = updated.Version,
            tags = new object[]
            {
                new { nameZh = "材质", nameEn = "Material", kind = "Choice", optionsZh = new[] { "木", "竹" }, optionsEn = new[] { "Wood", "Bamboo" }, required = true },
                new { nameZh = "尺寸", nameEn = "Size", kind = "Text", required = false },
            },
        })).ReadAsync<ZoneDto>();
        tagged.Tags!.Select(t => t.NameEn).ShouldBe(["Material", "Size"]);
        tagged.Tags![0].OptionsEn.ShouldBe(["Wood", "Bamboo"]);
        var read = await (await fixture.Anonymous().GetAsync($"/api/v1/zones/{zone.Id}")).ReadAsync<ZoneDto>();
        read.Tags!.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Duplicate_code_unknown_phase_and_foreign_association_are_field_errors()
    {
        var (client, current, _) = await OrganizerAsync();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var response = await client.PostJsonAsync("/api/v1/zones", new { sessionId = current.Session.Id, code = "P1-01", nameZh = "重复", nameEn = "Duplicate", phaseNumber = 9, associationIds = new[] { 999_999L } });

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Errors!["Code"].ShouldBe(["This code is already taken."]);
        problem.Errors["PhaseNumber"].ShouldBe(["This session has no phase 9."]);
        problem.Errors["AssociationIds"].ShouldBe(["A chosen association does not exist in this fair."]);
    }

    [Fact]
    public async Task A_stale_zone_version_is_a_409_conflict()
    {
        var (client, current, associations) = await OrganizerAsync();
        var zone = await (await client.PostJsonAsync("/api/v1/zones", new { sessionId = current.Session.Id, code = "T-STALE", nameZh = "旧", nameEn = "Old", phaseNumber = 1, associationIds = new[] { associations[0].Id } })).ReadAsync<ZoneDto>();
        var body = new { code = "T-STALE", nameZh = "新", nameEn = "New", phaseNumber = 1, associationIds = new[] { associations[0].Id }, version = zone.Version };
        (await client.PutJsonAsync($"/api/v1/zones/{zone.Id}", body)).EnsureSuccessStatusCode();

        (await Problem.ReadAsync(await client.PutJsonAsync($"/api/v1/zones/{zone.Id}", body), HttpStatusCode.Conflict)).Code.ShouldBe("conflict");
        (await Problem.ReadAsync(await client.PutJsonAsync($"/api/v1/zones/{zone.Id}/tags", new { tags = Array.Empty<object>(), version = zone.Version }), HttpStatusCode.Conflict)).Code.ShouldBe("conflict");
    }

    [Fact]
    public async Task Zones_list_pages_with_a_keyset_and_searches_by_name_and_code()
    {
        var (_, current, _) = await OrganizerAsync();
        using var client = fixture.Anonymous();
        var seen = new List<long>();
        long? after = null;
        do
        {
            var page = await (await client.GetAsync($"/api/v1/sessions/{current.Session.Id}/zones?limit=20{(after is null ? "" : $"&afterId={after}")}")).ReadAsync<PageOf<ZoneDto>>();
            page.Items.Count.ShouldBeLessThanOrEqualTo(20);
            seen.AddRange(page.Items.Select(z => z.Id));
            after = page.NextAfterId;
        }
        while (after is not null);

        seen.Count.ShouldBeGreaterThanOrEqualTo(48);
        seen.ShouldBeUnique();
        var toys = await (await client.GetAsync($"/api/v1/sessions/{current.Session.Id}/zones?q=toys")).ReadAsync<PageOf<ZoneDto>>();
        toys.Items.ShouldContain(z => z.NameZh == "玩具");
        var byCode = await (await client.GetAsync($"/api/v1/sessions/{current.Session.Id}/zones?q=p3-&phase=3")).ReadAsync<PageOf<ZoneDto>>();
        byCode.Items.ShouldNotBeEmpty();
        byCode.Items.ShouldAllBe(z => z.PhaseNumber == 3);
    }

    [Theory]
    [InlineData("zh-CN", "'中文名称' 不能为空。", "请至少选择一个审核商协会。")]
    [InlineData("en", "'Chinese name' must not be empty.", "Choose at least one reviewing association.")]
    public async Task Zone_page_gives_field_messages_in_both_languages_and_saves_nothing(string language, string nameZhMessage, string associationsMessage)
    {
        using var browser = new Browserless(fixture.App, language);
        await browser.LoginAsync(DemoUsers.Organizer);
        var before = await fixture.App.WithDbAsync(db => db.Set<Zone>().CountAsync());
        var page = await browser.GetAsync("/console/zones/new");

        page = await browser.SubmitAsync(page, "#zone-form", new Dictionary<string, string>());

        page.QuerySelector("[data-field=NameZh]")!.TextContent.ShouldBe(nameZhMessage);
        page.QuerySelector("[data-field=AssociationIds]")!.TextContent.ShouldBe(associationsMessage);
        page.QuerySelector("[data-field=Code]").ShouldNotBeNull();
        page.QuerySelector("[data-field=PhaseNumber]").ShouldNotBeNull();
        (await fixture.App.WithDbAsync(db => db.Set<Zone>().CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task Zone_page_creates_a_zone_that_shows_in_the_list()
    {
        using var browser = new Browserless(fixture.App);
        await browser.LoginAsync(DemoUsers.Organizer);
        var page = await browser.GetAsync("/console/zones/new");
        page.QuerySelector("#code").ShouldNotBeNull();
        page.QuerySelector("#nameEn").ShouldNotBeNull();
        page.QuerySelector("select#phase").ShouldNotBeNull();
        page.QuerySelector("[data-testid=save]").ShouldNotBeNull();
        var firstAssociation = page.QuerySelector("[data-testid=association]")!.GetAttribute("name")!;

        page = await browser.SubmitAsync(page, "#zone-form", new Dictionary<string, string>
        {
            ["Input.Code"] = "WEB-1",
            ["Input.NameZh"] = "网页新建展区",
            ["Input.NameEn"] = "Zone Made On The Web",
            ["Input.PhaseNumber"] = "2",
            [firstAssociation] = "true",
        });

        page.Url.ShouldContain("/console/zones");
        page.QuerySelector("[data-testid=saved]").ShouldNotBeNull();
        var found = await browser.GetAsync("/console/zones?q=WEB-1");
        found.QuerySelectorAll("[data-testid=zone-row]").Select(r => r.TextContent).ShouldContain(t => t.Contains("网页新建展区"));
    }
}

[Trait("Provider", "sqlite")]
public sealed class ZoneTestsOnSqlite(AppFixture<SqliteDb> f) : ZoneTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class ZoneTestsOnPostgres(AppFixture<PostgresDb> f) : ZoneTests<PostgresDb>(f);

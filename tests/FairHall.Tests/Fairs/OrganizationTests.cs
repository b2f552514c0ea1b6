using System.Net;
using FairHall.Modules.Fairs;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FairHall.Tests.Fairs.FairsApi;

namespace FairHall.Tests.Fairs;

/// <summary>Delegations (ROLE-2), associations (ROLE-3) and institutions (ROLE-4) through the API.</summary>
[Trait("Req", "ROLE-1")]
public abstract class OrganizationTests<TDb>(AppFixture<TDb> fixture) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    private async Task<(HttpClient Client, long FairId)> OrganizerAsync()
    {
        var client = await fixture.ClientAsAsync(DemoUsers.Organizer);
        var fairs = await (await client.GetAsync("/api/v1/fairs")).ReadAsync<PageOf<FairDto>>();
        return (client, fairs.Items.Single(f => f.Code == "CANTON").Id);
    }

    [Fact]
    [Trait("Req", "ROLE-2")]
    public async Task Organizer_creates_a_delegation_and_a_sub_delegation_and_renames_them()
    {
        var (client, fairId) = await OrganizerAsync();

        var top = await (await client.PostJsonAsync("/api/v1/delegations", new { fairId, code = "HN", nameZh = "湖南交易团", nameEn = "Hunan Delegation", region = "湖南省" })).ReadAsync<DelegationDto>();
        var sub = await (await client.PostJsonAsync("/api/v1/delegations", new { fairId, parentId = top.Id, code = "HN-CS", nameZh = "长沙分团", nameEn = "Changsha Sub-delegation" })).ReadAsync<DelegationDto>();
        var renamed = await (await client.PutJsonAsync($"/api/v1/delegations/{sub.Id}", new { parentId = top.Id, code = "HN-CS", nameZh = "长沙市分团", nameEn = "Changsha City", version = sub.Version })).ReadAsync<DelegationDto>();

        renamed.NameZh.ShouldBe("长沙市分团");
        renamed.ParentId.ShouldBe(top.Id);
        var list = await (await client.GetAsync($"/api/v1/fairs/{fairId}/delegations?limit=200")).ReadAsync<PageOf<DelegationDto>>();
        list.Items.ShouldContain(d => d.Id == sub.Id && d.ParentId == top.Id);
    }

    [Fact]
    [Trait("Req", "ROLE-2")]
    public async Task A_sub_delegation_cannot_have_sub_delegations_and_codes_are_unique()
    {
        var (client, fairId) = await OrganizerAsync();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var foshan = await fixture.App.WithDbAsync(db => db.Set<Delegation>().SingleAsync(d => d.Code == "GD-FS"));

        var response = await client.PostJsonAsync("/api/v1/delegations", new { fairId, parentId = foshan.Id, code = "GZ", nameZh = "孙团", nameEn = "Grandchild" });

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Errors!["ParentId"].ShouldBe(["A sub-delegation must belong to a top-level delegation."]);
        problem.Errors["Code"].ShouldBe(["This code is already taken."]);
    }

    [Theory]
    [InlineData("associations", "CCCME")]
    [InlineData("institutions", "CCPIT")]
    [Trait("Req", "ROLE-3")]
    [Trait("Req", "ROLE-4")]
    public async Task Associations_and_institutions_are_created_renamed_and_keep_codes_unique(string kind, string takenCode)
    {
        var (client, fairId) = await OrganizerAsync();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var created = await (await client.PostJsonAsync($"/api/v1/{kind}", new { fairId, code = $"NEW-{kind[..3]}", nameZh = "新机构", nameEn = "New body" })).ReadAsync<OrgDto>();
        var renamed = await (await client.PutJsonAsync($"/api/v1/{kind}/{created.Id}", new { code = created.Code, nameZh = "新机构二", nameEn = "New body two", version = created.Version })).ReadAsync<OrgDto>();
        renamed.NameEn.ShouldBe("New body two");

        var duplicate = await client.PostJsonAsync($"/api/v1/{kind}", new { fairId, code = takenCode, nameZh = "重复", nameEn = "Duplicate" });
        (await Problem.ReadAsync(duplicate, HttpStatusCode.BadRequest)).Errors!["Code"].ShouldBe(["该代码已被使用。"]);
        var stale = await client.PutJsonAsync($"/api/v1/{kind}/{created.Id}", new { code = created.Code, nameZh = "过期", nameEn = "Stale", version = created.Version });
        (await Problem.ReadAsync(stale, HttpStatusCode.Conflict)).Code.ShouldBe("conflict");
        var list = await (await client.GetAsync($"/api/v1/fairs/{fairId}/{kind}?limit=2")).ReadAsync<PageOf<OrgDto>>();
        list.Items.Count.ShouldBe(2);
        list.NextAfterId.ShouldNotBeNull();
    }

    [Fact]
    public async Task Empty_bilingual_names_and_a_bad_code_are_field_errors()
    {
        var (client, fairId) = await OrganizerAsync();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var problem = await Problem.ReadAsync(await client.PostJsonAsync("/api/v1/associations", new { fairId, code = "has space", nameZh = "", nameEn = new string('x', 101) }), HttpStatusCode.BadRequest);

        problem.Errors!["Code"].ShouldBe(["The code may contain only letters, digits, '-' and '_'."]);
        problem.Errors["NameZh"].ShouldBe(["'Chinese name' must not be empty."]);
        problem.Errors["NameEn"].Single().ShouldContain("English name");
    }
}

[Trait("Provider", "sqlite")]
public sealed class OrganizationTestsOnSqlite(AppFixture<SqliteDb> f) : OrganizationTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class OrganizationTestsOnPostgres(AppFixture<PostgresDb> f) : OrganizationTests<PostgresDb>(f);

using System.Net;
using FairHall.Modules.Accounts;
using FairHall.Modules.Fairs;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FairHall.Tests.Accounts.AccountsKit;

namespace FairHall.Tests.Accounts;

/// <summary>ACC-2, ACC-4, ACC-5, ACC-6: sub-accounts, their phones, the enabled-account limit and zone binding.</summary>
[Trait("Req", "ACC-4")]
[Trait("Req", "ROLE-5")]
public abstract class SubAccountTests<TDb>(AppFixture<TDb> fixture) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    private FairHallApp App => fixture.App;

    public sealed record ListDto(List<AccountDto> Items, int Enabled, int Limit);

    public sealed record AccountDto(long Id, string UserName, string DisplayName, AccountStatus Status, bool PhoneBound, bool IsAdmin, List<long> ZoneIds);

    private Task<List<long>> ZoneIdsAsync(int count) =>
        App.WithDbAsync(db => db.Set<Zone>().OrderByDescending(z => z.SessionId).ThenBy(z => z.Id).Select(z => z.Id).Take(count).ToListAsync());

    [Fact]
    [Trait("Req", "ACC-2")]
    public async Task Lifecycle_create_bind_disable_unbinds_reenable_forces_binding()
    {
        var (_, admin) = await App.ReadyAdminAsync();
        var sub = await (await admin.PostJsonAsync("/api/v1/enterprise/accounts", new { displayName = "王经理", duty = "Consultant" })).ReadAsync<Created>();
        sub.Password.Length.ShouldBe(8);

        var staff = await App.SignInAsync(sub.UserName, sub.Password);
        (await Problem.ReadAsync(await staff.GetAsync($"/api/v1/enterprise/zones/{(await ZoneIdsAsync(1))[0]}/access"), HttpStatusCode.Forbidden)).Code.ShouldBe("phone_binding_required");
        (await staff.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var phone = NewPhone();
        await App.BindPhoneAsync(staff, phone);
        (await App.UserAsync(sub.Id)).PhoneNumber.ShouldBe(phone);

        (await admin.PostJsonAsync($"/api/v1/enterprise/accounts/{sub.Id}/disable")).EnsureSuccessStatusCode();
        var disabled = await App.UserAsync(sub.Id);
        disabled.PhoneNumber.ShouldBeNull();
        disabled.PhoneNumberConfirmed.ShouldBeFalse();
        (await Problem.ReadAsync(await App.CreateClient().PostJsonAsync("/api/v1/auth/token", new { userName = sub.UserName, password = sub.Password }), HttpStatusCode.Forbidden))
            .Code.ShouldBe("account_disabled");
        (await Problem.ReadAsync(await admin.PostJsonAsync($"/api/v1/enterprise/accounts/{sub.Id}/disable"), HttpStatusCode.UnprocessableEntity)).Code.ShouldBe("account_already_disabled");

        (await admin.PostJsonAsync($"/api/v1/enterprise/accounts/{sub.Id}/enable")).EnsureSuccessStatusCode();
        var again = await App.SignInAsync(sub.UserName, sub.Password);
        (await Problem.ReadAsync(await again.GetAsync($"/api/v1/enterprise/zones/{(await ZoneIdsAsync(1))[0]}/access"), HttpStatusCode.Forbidden)).Code.ShouldBe("phone_binding_required");
        await App.BindPhoneAsync(again, NewPhone());

        var reset = await (await admin.PostJsonAsync($"/api/v1/enterprise/accounts/{sub.Id}/reset-password")).ReadAsync<Created>();
        (await App.CreateClient().PostJsonAsync("/api/v1/auth/token", new { userName = sub.UserName, password = reset.Password })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.PutAsync($"/api/v1/enterprise/accounts/{sub.Id}", System.Net.Http.Json.JsonContent.Create(new { displayName = "李顾问", duty = "BusinessRepresentative" }))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var list = await (await admin.GetAsync("/api/v1/enterprise/accounts")).ReadAsync<ListDto>();
        list.Items.Single(a => a.Id == sub.Id).DisplayName.ShouldBe("李顾问");
    }

    [Fact]
    [Trait("Req", "ACC-6")]
    public async Task The_enabled_account_limit_counts_the_admin()
    {
        var (_, admin) = await App.ReadyAdminAsync();
        var first = await (await admin.PostJsonAsync("/api/v1/enterprise/accounts", new { displayName = "一号" })).ReadAsync<Created>();

        (await Problem.ReadAsync(await admin.PostJsonAsync("/api/v1/enterprise/accounts", new { displayName = "二号" }), HttpStatusCode.UnprocessableEntity)).Code.ShouldBe("account_limit_reached");
        var list = await (await admin.GetAsync("/api/v1/enterprise/accounts")).ReadAsync<ListDto>();
        (list.Enabled, list.Limit, list.Items.Count).ShouldBe((2, 2, 2));

        (await admin.PostJsonAsync($"/api/v1/enterprise/accounts/{first.Id}/disable")).EnsureSuccessStatusCode();
        (await admin.PostJsonAsync("/api/v1/enterprise/accounts", new { displayName = "二号" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await Problem.ReadAsync(await admin.PostJsonAsync($"/api/v1/enterprise/accounts/{first.Id}/enable"), HttpStatusCode.UnprocessableEntity)).Code.ShouldBe("account_limit_reached");
    }

    [Fact]
    [Trait("Req", "ACC-6")]
    public async Task Two_requests_enabling_at_once_do_not_exceed_the_limit()
    {
        var (_, admin) = await App.ReadyAdminAsync();
        var ids = new List<long>();
        for (var i = 0; i < 4; i++)
        {
            var sub = await (await admin.PostJsonAsync("/api/v1/enterprise/accounts", new { displayName = $"子{i}" })).ReadAsync<Created>();
            (await admin.PostJsonAsync($"/api/v1/enterprise/accounts/{sub.Id}/disable")).EnsureSuccessStatusCode();
            ids.Add(sub.Id);
        }

        for (var round = 0; round < 3; round++)
        {
            var answers = await Task.WhenAll(ids.Select(id => admin.PostJsonAsync($"/api/v1/enterprise/accounts/{id}/enable"))
                .Append(admin.PostJsonAsync("/api/v1/enterprise/accounts", new { displayName = $"并发{round}" })));
            answers.Count(a => a.IsSuccessStatusCode).ShouldBe(1, string.Join(",", answers.Select(a => (int)a.StatusCode)));
            answers.Where(a => !a.IsSuccessStatusCode).ShouldAllBe(a => a.StatusCode == HttpStatusCode.UnprocessableEntity || a.StatusCode == HttpStatusCode.Conflict);
            var list = await (await admin.GetAsync("/api/v1/enterprise/accounts")).ReadAsync<ListDto>();
            list.Enabled.ShouldBe(2);
            foreach (var a in list.Items.Where(a => !a.IsAdmin && a.Status == AccountStatus.Enabled))
            {
                (await admin.PostJsonAsync($"/api/v1/enterprise/accounts/{a.Id}/disable")).EnsureSuccessStatusCode();
                ids.Add(a.Id);
            }

            ids = [.. ids.Distinct()];
        }
    }

    [Fact]
    public async Task Only_the_admin_of_the_same_enterprise_manages_sub_accounts()
    {
        var (_, admin) = await App.ReadyAdminAsync();
        var sub = await (await admin.PostJsonAsync("/api/v1/enterprise/accounts", new { displayName = "子账号" })).ReadAsync<Created>();
        var (_, otherAdmin) = await App.ReadyAdminAsync("SZ");
        var zone = (await ZoneIdsAsync(1))[0];

        foreach (var (method, url) in new[]
        {
            ("POST", $"/api/v1/enterprise/accounts/{sub.Id}/disable"), ("POST", $"/api/v1/enterprise/accounts/{sub.Id}/enable"),
            ("POST", $"/api/v1/enterprise/accounts/{sub.Id}/reset-password"), ("PUT", $"/api/v1/enterprise/accounts/{sub.Id}"),
            ("PUT", $"/api/v1/enterprise/accounts/{sub.Id}/zones"),
        })
        {
            var body = method == "PUT" ? (object)new { displayName = "x", zoneIds = new[] { zone } } : new { };
            var response = await otherAdmin.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = System.Net.Http.Json.JsonContent.Create(body) });
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
        }

        (await (await otherAdmin.GetAsync("/api/v1/enterprise/accounts")).ReadAsync<ListDto>()).Items.ShouldNotContain(a => a.Id == sub.Id);
        // A sub-account cannot manage sub-accounts, not even its own (admin-only endpoints).
        var staff = await fixture.ClientAsAsync(DemoUsers.ExhibitorStaff);
        (await Problem.ReadAsync(await staff.PostJsonAsync("/api/v1/enterprise/accounts", new { displayName = "x" }), HttpStatusCode.Forbidden)).Code.ShouldBe("forbidden");
        // The admin cannot disable itself: it is not a sub-account.
        var me = await (await admin.GetAsync("/api/v1/enterprise/accounts")).ReadAsync<ListDto>();
        (await admin.PostJsonAsync($"/api/v1/enterprise/accounts/{me.Items.Single(a => a.IsAdmin).Id}/disable")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    [Trait("Req", "ACC-5")]
    public async Task A_sub_account_is_refused_outside_its_zones_and_the_admin_is_not()
    {
        var (_, admin) = await App.ReadyAdminAsync();
        var sub = await (await admin.PostJsonAsync("/api/v1/enterprise/accounts", new { displayName = "展区负责人" })).ReadAsync<Created>();
        var zones = await ZoneIdsAsync(3);
        (await admin.PutAsync($"/api/v1/enterprise/accounts/{sub.Id}/zones", System.Net.Http.Json.JsonContent.Create(new { zoneIds = new[] { zones[0], zones[1] } }))).EnsureSuccessStatusCode();
        var staff = await App.SignInAsync(sub.UserName, sub.Password);
        await App.BindPhoneAsync(staff, NewPhone());

        (await staff.GetAsync($"/api/v1/enterprise/zones/{zones[0]}/access")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await staff.GetAsync($"/api/v1/enterprise/zones/{zones[1]}/access")).StatusCode.ShouldBe(HttpStatusCode.OK);
        staff.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var refused = await Problem.ReadAsync(await staff.GetAsync($"/api/v1/enterprise/zones/{zones[2]}/access"), HttpStatusCode.Forbidden);
        refused.Code.ShouldBe("zone_not_bound");
        refused.Title.ShouldBe("You are not responsible for this zone and cannot manage its products.");
        (await admin.GetAsync($"/api/v1/enterprise/zones/{zones[2]}/access")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await Problem.ReadAsync(await admin.PutAsync($"/api/v1/enterprise/accounts/{sub.Id}/zones", System.Net.Http.Json.JsonContent.Create(new { zoneIds = new[] { 999_999L } })), HttpStatusCode.BadRequest))
            .Errors!.ShouldContainKey("ZoneIds");
        (await admin.PutAsync($"/api/v1/enterprise/accounts/{sub.Id}/zones", System.Net.Http.Json.JsonContent.Create(new { zoneIds = new[] { zones[2] } }))).EnsureSuccessStatusCode();
        (await Problem.ReadAsync(await staff.GetAsync($"/api/v1/enterprise/zones/{zones[0]}/access"), HttpStatusCode.Forbidden)).Code.ShouldBe("zone_not_bound");
        (await staff.GetAsync($"/api/v1/enterprise/zones/{zones[2]}/access")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

[Trait("Provider", "sqlite")]
public sealed class SubAccountTestsOnSqlite(AppFixture<SqliteDb> f) : SubAccountTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class SubAccountTestsOnPostgres(AppFixture<PostgresDb> f) : SubAccountTests<PostgresDb>(f);

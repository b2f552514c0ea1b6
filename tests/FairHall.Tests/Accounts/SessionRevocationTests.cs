using System.Net;
using FairHall.Tests.Infrastructure;
using static FairHall.Tests.Accounts.AccountsKit;

namespace FairHall.Tests.Accounts;

/// <summary>
/// ACC-3, ACC-4: a bearer token or cookie issued before its account was disabled, locked, reset or unbound is
/// refused on the very next request, not when it expires (Sessions/SessionCheck).
/// </summary>
[Trait("Req", "ACC-3")]
[Trait("Req", "ACC-4")]
public abstract class SessionRevocationTests<TDb>(AppFixture<TDb> fixture) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    private FairHallApp App => fixture.App;

    private async Task<(HttpClient Admin, Created Sub, HttpClient SubClient)> SubAccountSignedInAsync()
    {
        var (_, admin) = await App.ReadyAdminAsync();
        var sub = await (await admin.PostJsonAsync("/api/v1/enterprise/accounts", new { displayName = "会话测试" })).ReadAsync<Created>();
        var subClient = await App.SignInAsync(sub.UserName, sub.Password);
        await App.BindPhoneAsync(subClient, NewPhone());
        (await subClient.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        return (admin, sub, subClient);
    }

    [Fact]
    public async Task A_token_issued_before_disabling_is_refused_right_after_and_works_again_only_as_a_new_sign_in()
    {
        var (admin, sub, subClient) = await SubAccountSignedInAsync();
        // Warm the cache, so the test proves that the disable clears it.
        (await subClient.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await admin.PostJsonAsync($"/api/v1/enterprise/accounts/{sub.Id}/disable")).EnsureSuccessStatusCode();

        (await subClient.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await admin.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await admin.PostJsonAsync($"/api/v1/enterprise/accounts/{sub.Id}/enable")).EnsureSuccessStatusCode();
        (await subClient.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var again = await App.SignInAsync(sub.UserName, sub.Password);
        (await again.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_cookie_session_ends_right_after_disabling()
    {
        var (admin, sub, _) = await SubAccountSignedInAsync();
        using var browser = new Browserless(App, "en");
        var page = await browser.LoginAsync(sub.UserName, sub.Password);
        page.Url.ShouldEndWith("/account");

        (await admin.PostJsonAsync($"/api/v1/enterprise/accounts/{sub.Id}/disable")).EnsureSuccessStatusCode();

        page = await browser.GetAsync("/account");
        page.Url.ShouldContain("/login");
    }

    [Fact]
    public async Task Delegation_password_reset_phone_unbinding_and_unlocking_end_earlier_tokens()
    {
        var gz = await fixture.ClientAsAsync(DemoUsers.Delegation);
        foreach (var action in new[] { "reset-password", "unbind-phone", "unlock" })
        {
            var (account, client) = await App.ReadyAdminAsync("GZ");
            (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

            (await gz.PostJsonAsync($"/api/v1/delegation/accounts/{account.UserId}/{action}")).EnsureSuccessStatusCode();

            (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, action);
        }
    }

    [Fact]
    public async Task A_token_stops_working_while_its_account_is_locked()
    {
        var (account, client) = await App.ReadyAdminAsync();
        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var anonymous = App.CreateClient();
        for (var i = 0; i < 10; i++)
        {
            await anonymous.PostJsonAsync("/api/v1/auth/token", new { userName = account.UserName, password = $"wrong{i}pass" });
        }

        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    [Trait("Req", "ACC-9")]
    public async Task A_staff_password_is_texted_to_the_phone_given_at_creation()
    {
        var (_, admin) = await App.ReadyAdminAsync();
        var phone = NewPhone();
        var staff = await (await admin.PostJsonAsync("/api/v1/enterprise/accounts", new { displayName = "短信员工", phone })).ReadAsync<Created>();
        var text = await App.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
            db.Set<FairHall.Platform.Notifications.SmsMessage>().Where(m => m.Phone == phone).OrderByDescending(m => m.Id).Select(m => m.Text)));
        text.ShouldContain(staff.UserName);
        text.ShouldContain(staff.Password);
        (await App.UserAsync(staff.Id)).PhoneNumberConfirmed.ShouldBeFalse(); // bound by the staff member's own code (ACC-2)
    }
}

[Trait("Provider", "sqlite")]
public sealed class SessionRevocationTestsOnSqlite(AppFixture<SqliteDb> f) : SessionRevocationTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class SessionRevocationTestsOnPostgres(AppFixture<PostgresDb> f) : SessionRevocationTests<PostgresDb>(f);

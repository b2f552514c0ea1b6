using System.Net;
using FairHall.Tests.Infrastructure;
using static FairHall.Tests.Accounts.AccountsKit;

namespace FairHall.Tests.Accounts;

/// <summary>ACC-3: lockout after ten wrong passwords, and the owning delegation's account care.</summary>
[Trait("Req", "ACC-3")]
[Trait("Req", "ROLE-2")]
public abstract class LockoutTests<TDb>(AppFixture<TDb> fixture) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    private FairHallApp App => fixture.App;

    private async Task<HttpStatusCode> TryAsync(string userName, string password) =>
        (await App.CreateClient().PostJsonAsync("/api/v1/auth/token", new { userName, password })).StatusCode;

    [Fact]
    public async Task Nine_failures_then_a_success_do_not_lock_and_reset_the_count()
    {
        var admin = await App.RegisterExhibitorAsync();
        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < 9; i++)
            {
                (await TryAsync(admin.UserName, $"wrong{i}pass")).ShouldBe(HttpStatusCode.Unauthorized);
            }

            (await TryAsync(admin.UserName, admin.Password)).ShouldBe(HttpStatusCode.OK);
        }

        (await App.UserAsync(admin.UserId)).AccessFailedCount.ShouldBe(0);
    }

    [Fact]
    public async Task Ten_failures_lock_and_a_locked_login_says_so_whatever_the_password()
    {
        var admin = await App.RegisterExhibitorAsync();
        for (var i = 0; i < 9; i++)
        {
            (await TryAsync(admin.UserName, $"wrong{i}pass")).ShouldBe(HttpStatusCode.Unauthorized);
        }

        using var client = App.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var tenth = await Problem.ReadAsync(await client.PostJsonAsync("/api/v1/auth/token", new { userName = admin.UserName, password = "wrong9pass" }), HttpStatusCode.Locked);
        var right = await Problem.ReadAsync(await client.PostJsonAsync("/api/v1/auth/token", new { userName = admin.UserName, password = admin.Password }), HttpStatusCode.Locked);
        var wrong = await Problem.ReadAsync(await client.PostJsonAsync("/api/v1/auth/token", new { userName = admin.UserName, password = "wrong10pass" }), HttpStatusCode.Locked);
        tenth.Code.ShouldBe("account_locked");
        right.ShouldBe(wrong with { });
        right.Title.ShouldBe("Too many wrong passwords: the account is locked. Ask your trade delegation to unlock it.");
    }

    [Fact]
    public async Task The_owning_delegation_unlocks_and_another_delegation_cannot()
    {
        var admin = await App.RegisterExhibitorAsync("GZ");
        for (var i = 0; i < 10; i++)
        {
            await TryAsync(admin.UserName, $"wrong{i}pass");
        }

        var otherReviewer = await App.CreateUserAsync("delegation_reviewer", u => u.DelegationId = App.DelegationIdAsync("SZ").Result);
        var other = await fixture.ClientAsAsync(otherReviewer);
        (await Problem.ReadAsync(await other.PostJsonAsync($"/api/v1/delegation/accounts/{admin.UserId}/unlock"), HttpStatusCode.NotFound)).Code.ShouldBe("not_found");
        (await TryAsync(admin.UserName, admin.Password)).ShouldBe(HttpStatusCode.Locked);

        var gz = await fixture.ClientAsAsync(DemoUsers.Delegation);
        var locked = await (await gz.GetAsync($"/api/v1/delegation/accounts?locked=true&q={admin.UserName}")).ReadAsync<ListDto>();
        locked.Items.Single().UserName.ShouldBe(admin.UserName);
        (await gz.PostJsonAsync($"/api/v1/delegation/accounts/{admin.UserId}/unlock")).EnsureSuccessStatusCode();
        (await TryAsync(admin.UserName, admin.Password)).ShouldBe(HttpStatusCode.OK);
        var audited = await App.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            db.Set<FairHall.Platform.Audit.AuditEntry>(), e => e.EntityType == "User" && e.EntityId == admin.UserId.ToString()));
        audited.ShouldBeGreaterThan(1);
    }

    [Fact]
    public async Task Sub_delegations_roll_up_to_their_parent_delegation()
    {
        var admin = await App.RegisterExhibitorAsync("GD-FS");
        var gd = await fixture.ClientAsAsync(await App.CreateUserAsync("delegation_reviewer", u => u.DelegationId = App.DelegationIdAsync("GD").Result));
        var gz = await fixture.ClientAsAsync(DemoUsers.Delegation);

        (await (await gd.GetAsync($"/api/v1/delegation/accounts?q={admin.UserName}")).ReadAsync<ListDto>()).Items.Count.ShouldBe(1);
        (await (await gz.GetAsync($"/api/v1/delegation/accounts?q={admin.UserName}")).ReadAsync<ListDto>()).Items.ShouldBeEmpty();
        (await gz.PostJsonAsync($"/api/v1/delegation/accounts/{admin.UserId}/reset-password")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await gz.PostJsonAsync($"/api/v1/delegation/accounts/{admin.UserId}/unbind-phone")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Delegation_resets_the_password_and_unbinds_the_phone()
    {
        var (admin, client) = await App.ReadyAdminAsync("GZ");
        var gz = await fixture.ClientAsAsync(DemoUsers.Delegation);

        var reset = await (await gz.PostJsonAsync($"/api/v1/delegation/accounts/{admin.UserId}/reset-password")).ReadAsync<ResetDto>();
        reset.SentBySms.ShouldBeTrue();
        (await TryAsync(admin.UserName, admin.Password)).ShouldBe(HttpStatusCode.Unauthorized);
        (await TryAsync(admin.UserName, reset.Password)).ShouldBe(HttpStatusCode.OK);
        var phone = (await App.UserAsync(admin.UserId)).PhoneNumber!;
        var sms = await App.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
            db.Set<FairHall.Platform.Notifications.SmsMessage>().Where(m => m.Phone == phone).OrderByDescending(m => m.Id)));
        sms.Text.ShouldContain(reset.Password);
        client.Dispose();

        (await gz.PostJsonAsync($"/api/v1/delegation/accounts/{admin.UserId}/unbind-phone")).EnsureSuccessStatusCode();
        var fresh = await App.SignInAsync(admin.UserName, reset.Password);
        (await Problem.ReadAsync(await fresh.GetAsync("/api/v1/enterprise/accounts"), HttpStatusCode.Forbidden)).Code.ShouldBe("phone_binding_required");
    }

    [Fact]
    public async Task Delegation_page_finds_a_locked_account_and_unlocks_it()
    {
        var admin = await App.RegisterExhibitorAsync("GZ");
        for (var i = 0; i < 10; i++)
        {
            await TryAsync(admin.UserName, $"wrong{i}pass");
        }

        using var browser = new Browserless(App, "en");
        await browser.LoginAsync(DemoUsers.Delegation);
        var page = await browser.GetAsync($"/delegation/accounts?q={admin.UserName}&locked=true");
        page.QuerySelectorAll("[data-testid=account-row]").Length.ShouldBe(1);
        page.QuerySelector("[data-testid=locked]")!.TextContent.ShouldBe("Locked");

        page = await browser.SubmitAsync(page, "#rows-form", new Dictionary<string, string> { ["Row.Op"] = $"unlock:{admin.UserId}" });
        page.QuerySelector("[data-testid=action-done]").ShouldNotBeNull();
        page.QuerySelector("[data-testid=locked]").ShouldBeNull();
        (await TryAsync(admin.UserName, admin.Password)).ShouldBe(HttpStatusCode.OK);
    }

    public sealed record ListDto(List<ItemDto> Items, long? NextAfterId);

    public sealed record ItemDto(long Id, string UserName, bool Locked, bool PhoneBound);

    public sealed record ResetDto(long Id, string UserName, string Password, bool SentBySms);
}

[Trait("Provider", "sqlite")]
public sealed class LockoutTestsOnSqlite(AppFixture<SqliteDb> f) : LockoutTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class LockoutTestsOnPostgres(AppFixture<PostgresDb> f) : LockoutTests<PostgresDb>(f);

using System.Net;
using System.Net.Http.Json;
using FairHall.Modules.Accounts;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Tests.Accounts;

[Trait("Req", "ROLE-1")]
[Trait("Req", "ROLE-5")]
public abstract class SignInTests<TDb>(AppFixture<TDb> fixture) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    public sealed record Me(long UserId, string Name, string[] Roles, long? EnterpriseId, long? DelegationId, long? AssociationId, long? InstitutionId);

    [Theory]
    [InlineData(DemoUsers.Organizer, "organizer")]
    [InlineData(DemoUsers.Delegation, "delegation_reviewer")]
    [InlineData(DemoUsers.Association, "association_reviewer")]
    [InlineData(DemoUsers.Institution, "institution_reviewer")]
    [InlineData(DemoUsers.ExhibitorAdmin, "exhibitor_admin")]
    [InlineData(DemoUsers.ExhibitorStaff, "exhibitor_staff")]
    [InlineData(DemoUsers.Buyer, "buyer")]
    [Trait("Req", "ROLE-2")]
    [Trait("Req", "ROLE-3")]
    [Trait("Req", "ROLE-4")]
    [Trait("Req", "ROLE-6")]
    public async Task Every_demo_account_signs_in_with_its_role_and_membership(string userName, string role)
    {
        var client = await fixture.ClientAsAsync(userName);

        var me = await client.GetFromJsonAsync<Me>("/api/v1/me");

        me!.Roles.ShouldBe([role]);
        switch (role)
        {
            case "delegation_reviewer": me.DelegationId.ShouldNotBeNull(); break;
            case "association_reviewer": me.AssociationId.ShouldNotBeNull(); break;
            case "institution_reviewer": me.InstitutionId.ShouldNotBeNull(); break;
            case "exhibitor_admin" or "exhibitor_staff": me.EnterpriseId.ShouldNotBeNull(); break;
            default: break;
        }
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_stable_code_in_the_callers_language()
    {
        using var client = fixture.Anonymous();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = DemoUsers.Buyer, password = "wrong-password1" });

        var problem = await Problem.ReadAsync(response, HttpStatusCode.Unauthorized);
        problem.Code.ShouldBe("invalid_credentials");
        problem.Title.ShouldBe("The user name or password is wrong.");
    }

    [Fact]
    [Trait("Req", "ACC-3")]
    public async Task Ten_consecutive_wrong_passwords_lock_the_account_even_for_the_right_password()
    {
        var userName = await CreateUserAsync();
        using var client = fixture.Anonymous();

        for (var i = 0; i < 9; i++)
        {
            var wrong = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = $"wrong{i}pass" });
            (await Problem.ReadAsync(wrong, HttpStatusCode.Unauthorized)).Code.ShouldBe("invalid_credentials");
        }

        var tenth = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = "wrong9pass" });
        (await Problem.ReadAsync(tenth, HttpStatusCode.Locked)).Code.ShouldBe("account_locked");
        var right = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = DemoUsers.Password });
        var problem = await Problem.ReadAsync(right, HttpStatusCode.Locked);
        problem.Title.ShouldBe("密码连续错误次数过多，账号已锁定，请联系所属交易团解锁。");
    }

    [Fact]
    public async Task Anonymous_api_calls_get_401_problem_details_not_a_login_redirect()
    {
        using var client = fixture.Anonymous();

        var response = await client.GetAsync("/api/v1/me");

        (await Problem.ReadAsync(response, HttpStatusCode.Unauthorized)).Code.ShouldBe("unauthenticated");
    }

    [Fact]
    public async Task A_malformed_body_gets_400_problem_details_not_a_500()
    {
        using var client = fixture.Anonymous();

        var response = await client.PostAsync("/api/v1/auth/token", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));

        (await Problem.ReadAsync(response, HttpStatusCode.BadRequest)).Code.ShouldBe("bad_request");
    }

    [Fact]
    public async Task Sign_in_page_accepts_the_right_password_and_shows_the_account()
    {
        using var browser = new Browserless(fixture.App);

        var page = await browser.LoginAsync(DemoUsers.Organizer);

        page.Url.ShouldEndWith("/account");
        page.QuerySelector("[data-testid=display-name]")!.TextContent.ShouldBe("广交会组委会");
    }

    [Theory]
    [InlineData("zh-CN", "请输入账号。", "请输入密码。")]
    [InlineData("en", "Enter your user name.", "Enter your password.")]
    public async Task Sign_in_page_gives_field_messages_in_both_languages(string language, string userMessage, string passwordMessage)
    {
        using var browser = new Browserless(fixture.App, language);
        var page = await browser.GetAsync("/login");

        page = await browser.SubmitAsync(page, "form", new Dictionary<string, string> { ["Input.UserName"] = "", ["Input.Password"] = "" });

        page.QuerySelector("[data-field=UserName]")!.TextContent.ShouldBe(userMessage);
        page.QuerySelector("[data-field=Password]")!.TextContent.ShouldBe(passwordMessage);
    }

    [Fact]
    public async Task Sign_in_page_says_when_the_password_is_wrong()
    {
        using var browser = new Browserless(fixture.App, "en");

        var page = await browser.LoginAsync(DemoUsers.Buyer, "not-the-password1");

        page.QuerySelector("[data-code=invalid_credentials]")!.TextContent.Trim().ShouldBe("The user name or password is wrong.");
        page.Url.ShouldContain("/login");
    }

    private async Task<string> CreateUserAsync()
    {
        var userName = $"lock{Guid.NewGuid():N}"[..16];
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<User>>();
        var result = await users.CreateAsync(new User { UserName = userName, DisplayName = userName }, DemoUsers.Password);
        result.Succeeded.ShouldBeTrue();
        (await fixture.App.WithDbAsync(db => db.Users.CountAsync(u => u.UserName == userName))).ShouldBe(1);
        return userName;
    }
}

[Trait("Provider", "sqlite")]
public sealed class SignInTestsOnSqlite(AppFixture<SqliteDb> f) : SignInTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class SignInTestsOnPostgres(AppFixture<PostgresDb> f) : SignInTests<PostgresDb>(f);

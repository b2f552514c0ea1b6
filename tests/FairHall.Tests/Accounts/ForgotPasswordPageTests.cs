using System.Net;
using AngleSharp.Dom;
using FairHall.Tests.Infrastructure;
using static FairHall.Tests.Accounts.AccountsKit;

namespace FairHall.Tests.Accounts;

/// <summary>The forgotten-password page (/account/forgot-password) by SMS code, like a browser without JavaScript.</summary>
[Trait("Req", "ACC-7")]
[Trait("Req", "X-2")]
public abstract class ForgotPasswordPageTests<TDb>(AppFixture<TDb> fixture) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    private FairHallApp App => fixture.App;

    private static string Field(IDocument page, string field) =>
        page.QuerySelector($"[data-field={field}]")?.TextContent.Trim() ?? "(none)";

    [Theory]
    [InlineData("zh-CN", "请输入账号。", "验证码为 6 位数字。", "密码长度为 8–20 位，必须包含字母和数字。")]
    [InlineData("en", "Enter your user name.", "The code is 6 digits.", "The password is 8–20 characters with letters and digits.")]
    public async Task Field_messages_in_both_languages(string language, string userName, string code, string password)
    {
        using var browser = new Browserless(App, language);
        var page = await browser.GetAsync("/login");
        page.QuerySelector("[data-testid=forgot-link]")!.GetAttribute("href").ShouldBe("/account/forgot-password");
        page = await browser.GetAsync("/account/forgot-password");

        page = await browser.SubmitAsync(page, "#forgot-form", new Dictionary<string, string> { ["Input.Action"] = "send" });
        Field(page, "UserName").ShouldBe(userName);

        page = await browser.SubmitAsync(page, "#forgot-form", new Dictionary<string, string>
        {
            ["Input.Action"] = "reset",
            ["Input.UserName"] = DemoUsers.Buyer,
            ["Input.Code"] = "12",
            ["Input.NewPassword"] = "short",
        });
        Field(page, "Code").ShouldBe(code);
        Field(page, "NewPassword").ShouldBe(password);
        (await App.CreateClient().PostJsonAsync("/api/v1/auth/token", new { userName = DemoUsers.Buyer, password = DemoUsers.Password })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_forgotten_password_is_reset_with_the_sms_code_and_unknown_accounts_look_the_same()
    {
        var (admin, _) = await App.ReadyAdminAsync();
        var phone = (await App.UserAsync(admin.UserId)).PhoneNumber!;
        App.Clock.Advance(TimeSpan.FromMinutes(2));
        using var browser = new Browserless(App, "en");
        var page = await browser.GetAsync("/account/forgot-password");

        page = await browser.SubmitAsync(page, "#forgot-form", new Dictionary<string, string> { ["Input.Action"] = "send", ["Input.UserName"] = "nobody-" + admin.UserName });
        var unknown = page.QuerySelector("[data-testid=code-sent]")!.TextContent;
        page = await browser.SubmitAsync(page, "#forgot-form", new Dictionary<string, string> { ["Input.Action"] = "send", ["Input.UserName"] = admin.UserName });
        page.QuerySelector("[data-testid=code-sent]")!.TextContent.ShouldBe(unknown);
        page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#username")!.Value.ShouldBe(admin.UserName);

        page = await browser.SubmitAsync(page, "#forgot-form", new Dictionary<string, string>
        {
            ["Input.Action"] = "reset",
            ["Input.Code"] = await App.LatestSmsCodeAsync(phone),
            ["Input.NewPassword"] = "renewed2027",
        });

        page.QuerySelector("[data-testid=password-changed]").ShouldNotBeNull();
        (await App.CreateClient().PostJsonAsync("/api/v1/auth/token", new { userName = admin.UserName, password = admin.Password })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        page = await browser.LoginAsync(admin.UserName, "renewed2027");
        page.Url.ShouldEndWith("/account");
    }
}

[Trait("Provider", "sqlite")]
public sealed class ForgotPasswordPageTestsOnSqlite(AppFixture<SqliteDb> f) : ForgotPasswordPageTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class ForgotPasswordPageTestsOnPostgres(AppFixture<PostgresDb> f) : ForgotPasswordPageTests<PostgresDb>(f);

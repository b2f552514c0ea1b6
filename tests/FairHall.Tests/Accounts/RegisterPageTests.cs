using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FairHall.Modules.Exhibitors;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FairHall.Tests.Accounts.AccountsKit;

namespace FairHall.Tests.Accounts;

/// <summary>The CIFTIS registration page (/register) like a browser without JavaScript: type chooser, code step, field messages, sign-in.</summary>
[Trait("Req", "ACC-7")]
[Trait("Req", "ACC-8")]
[Trait("Req", "X-2")]
public abstract class RegisterPageTests<TDb>(AppFixture<TDb> fixture) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    private FairHallApp App => fixture.App;

    private static string Field(IDocument page, string field) =>
        page.QuerySelector($"[data-field={field}]")?.TextContent.Trim() ?? "(none)";

    private static string Value(IDocument page, string id) => page.QuerySelector<IHtmlInputElement>("#" + id)?.Value ?? "(none)";

    [Theory]
    [InlineData("zh-CN", "请输入 11 位中国大陆手机号。", "企业标识为 4–20 位字母、数字、下划线“_”或中横线“-”。", "验证码为 6 位数字。", "密码长度为 8–20 位，必须包含字母和数字。")]
    [InlineData("en", "Enter an 11-digit mainland China mobile number.", "The identifier is 4–20 letters, digits, \"_\" or \"-\".", "The code is 6 digits.", "The password is 8–20 characters with letters and digits.")]
    public async Task Field_messages_in_both_languages_and_nothing_saved(string language, string phone, string identifier, string code, string password)
    {
        using var browser = new Browserless(App, language);
        var users = await App.WithDbAsync(db => db.Users.CountAsync());
        var enterprises = await App.WithDbAsync(db => db.Set<Enterprise>().CountAsync());
        var page = await browser.GetAsync("/register");
        page.QuerySelectorAll("[data-testid=type-chooser] a").Length.ShouldBe(6);
        page.QuerySelector("#register-form").ShouldBeNull();

        page = await browser.GetAsync("/register?type=ExhibitorEnterprise");
        page.QuerySelector("#identifier-hint")!.TextContent.ShouldBe(identifier);
        page = await browser.SubmitAsync(page, "#register-form", new Dictionary<string, string>
        {
            ["Input.Action"] = "register",
            ["Input.Phone"] = "12345",
            ["Input.Code"] = "12",
            ["Input.Identifier"] = "ab",
            ["Input.UserName"] = "Wang",
            ["Input.Password"] = "short",
        });

        Field(page, "Phone").ShouldBe(phone);
        Field(page, "Identifier").ShouldBe(identifier);
        Field(page, "Code").ShouldBe(code);
        Field(page, "Password").ShouldBe(password);
        Field(page, "UserName").ShouldNotBe("(none)");
        Field(page, "EnterpriseName").ShouldNotBe("(none)");
        Value(page, "identifier").ShouldBe("ab");
        page.QuerySelector<IHtmlInputElement>("#password")!.Value.ShouldBeEmpty(); // never echoed

        page = await browser.SubmitAsync(page, "#register-form", new Dictionary<string, string> { ["Input.Action"] = "send", ["Input.Phone"] = "12345" });
        Field(page, "Phone").ShouldBe(phone);
        page.QuerySelector("[data-testid=code-sent]").ShouldBeNull();

        (await App.WithDbAsync(db => db.Users.CountAsync())).ShouldBe(users);
        (await App.WithDbAsync(db => db.Set<Enterprise>().CountAsync())).ShouldBe(enterprises);
    }

    [Theory]
    [InlineData("zh-CN", "验证码错误。")]
    [InlineData("en", "The verification code is wrong.")]
    public async Task An_enterprise_registers_through_the_page_keeps_its_values_over_the_code_step_and_is_signed_in(string language, string wrongCode)
    {
        using var browser = new Browserless(App, language);
        var phone = NewPhone();
        var identifier = Unique("pg-");
        var name = Unique("页面注册服务贸易公司");
        var page = await browser.GetAsync("/register?type=VisitorEnterprise");
        var typed = new Dictionary<string, string>
        {
            ["Input.Phone"] = phone,
            ["Input.EnterpriseName"] = name,
            ["Input.Identifier"] = identifier,
            ["Input.UserName"] = "liwei",
            ["Input.DisplayName"] = "李伟",
        };

        page = await browser.SubmitAsync(page, "#register-form", new Dictionary<string, string>(typed) { ["Input.Action"] = "send" });
        page.QuerySelector("[data-testid=code-sent]").ShouldNotBeNull();
        (Value(page, "phone"), Value(page, "identifier"), Value(page, "username"), Value(page, "enterpriseName")).ShouldBe((phone, identifier, "liwei", name));

        var code = await App.LatestSmsCodeAsync(phone);
        page = await browser.SubmitAsync(page, "#register-form", new Dictionary<string, string>
        {
            ["Input.Action"] = "register",
            ["Input.Code"] = code == "000000" ? "111111" : "000000",
            ["Input.Password"] = "secret2026",
        });
        Field(page, "Code").ShouldBe(wrongCode);

        page = await browser.SubmitAsync(page, "#register-form", new Dictionary<string, string> { ["Input.Action"] = "register", ["Input.Code"] = code, ["Input.Password"] = "secret2026" });
        page.QuerySelector("[data-testid=new-identifier]")!.TextContent.ShouldBe(identifier);
        page.QuerySelector("[data-testid=new-username]")!.TextContent.ShouldBe("liwei");

        page = await browser.GetAsync("/account");
        page.Url.ShouldEndWith("/account");
        page.QuerySelector("[data-testid=display-name]")!.TextContent.ShouldBe("李伟");
        var token = await App.CreateClient().PostJsonAsync("/api/v1/auth/token", new { identifier, userName = "liwei", password = "secret2026" });
        token.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    [Trait("Req", "ROLE-7")]
    public async Task A_journalist_registers_with_a_username_alone()
    {
        using var browser = new Browserless(App, "en");
        var phone = NewPhone();
        var userName = Unique("press-");
        var page = await browser.GetAsync("/register?type=Media");
        page.QuerySelector("#identifier").ShouldBeNull();
        page = await browser.SubmitAsync(page, "#register-form", new Dictionary<string, string> { ["Input.Action"] = "send", ["Input.Phone"] = phone, ["Input.UserName"] = userName });
        page.QuerySelector("[data-testid=code-sent]").ShouldNotBeNull();
        page = await browser.SubmitAsync(page, "#register-form", new Dictionary<string, string>
        {
            ["Input.Action"] = "register",
            ["Input.Code"] = await App.LatestSmsCodeAsync(phone),
            ["Input.Password"] = "press2026",
        });

        page.QuerySelector("[data-testid=new-identifier]").ShouldBeNull();
        page.QuerySelector("[data-testid=new-username]")!.TextContent.ShouldBe(userName);
        page = await browser.GetAsync("/account");
        page.QuerySelectorAll("[data-testid=role]").Select(r => r.TextContent).ShouldNotBeEmpty();
    }
}

[Trait("Provider", "sqlite")]
public sealed class RegisterPageTestsOnSqlite(AppFixture<SqliteDb> f) : RegisterPageTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class RegisterPageTestsOnPostgres(AppFixture<PostgresDb> f) : RegisterPageTests<PostgresDb>(f);

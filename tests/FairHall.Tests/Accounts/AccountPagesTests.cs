using AngleSharp.Dom;
using FairHall.Modules.Exhibitors;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FairHall.Tests.Accounts.AccountsKit;

namespace FairHall.Tests.Accounts;

/// <summary>The Accounts pages through HTTP like a browser without JavaScript: field messages in both languages, flows.</summary>
[Trait("Req", "ACC-1")]
[Trait("Req", "ACC-2")]
[Trait("Req", "X-2")]
public abstract class AccountPagesTests<TDb>(AppFixture<TDb> fixture) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    private FairHallApp App => fixture.App;

    private static string Field(AngleSharp.Dom.IDocument page, string field) =>
        page.QuerySelector($"[data-field={field}]")?.TextContent.Trim() ?? "(none)";

    [Theory]
    [InlineData("zh-CN", "请输入 11 位中国大陆手机号。", "请选择所属交易团。")]
    [InlineData("en", "Enter an 11-digit mainland China mobile number.", "Choose your trade delegation.")]
    public async Task Registration_form_gives_field_messages_and_saves_nothing(string language, string phone, string delegation)
    {
        using var browser = new Browserless(App, language);
        var before = await App.WithDbAsync(db => db.Set<Enterprise>().CountAsync());
        var page = await browser.GetAsync("/register/exhibitor");

        page = await browser.SubmitAsync(page, "#register-form", new Dictionary<string, string> { ["Input.Phone"] = "12345" });

        Field(page, "Phone").ShouldBe(phone);
        Field(page, "DelegationId").ShouldBe(delegation);
        Field(page, "NameZh").ShouldNotBe("(none)");
        Field(page, "ContactName").ShouldNotBe("(none)");
        (await App.WithDbAsync(db => db.Set<Enterprise>().CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task Registration_shows_the_password_once_signs_in_and_every_page_asks_for_a_phone_first()
    {
        using var browser = new Browserless(App, "en");
        var page = await browser.GetAsync("/register/exhibitor");
        var gz = page.QuerySelectorAll("#delegation option").First(o => o.TextContent.Contains("Guangzhou")).GetAttribute("value")!;
        var phone = NewPhone();
        var name = Unique("页面注册企业");

        page = await browser.SubmitAsync(page, "#register-form", new Dictionary<string, string>
        {
            ["Input.NameZh"] = name,
            ["Input.NameEn"] = "Page Co.",
            ["Input.DelegationId"] = gz,
            ["Input.ContactName"] = "Li",
            ["Input.Phone"] = phone,
        });
        var userName = page.QuerySelector("[data-testid=new-username]")?.TextContent ?? throw new InvalidOperationException(browser.LastResponse!.StatusCode + page.Url + page.Body!.TextContent[..Math.Min(3000, page.Body!.TextContent.Length)]);
        var password = page.QuerySelector("[data-testid=new-password]")!.TextContent;
        userName.ShouldStartWith("cf140-");
        password.Length.ShouldBe(8);

        page = await browser.GetAsync("/notifications");
        page.Url.ShouldEndWith("/account/bind-phone");
        page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#phone")!.Value.ShouldBe(phone);
        page = await browser.SubmitAsync(page, "#bind-form", new Dictionary<string, string> { ["Input.Code"] = "12" });
        Field(page, "Code").ShouldBe("The code is 6 digits.");
        page = await browser.SubmitAsync(page, "#send-code-form", new Dictionary<string, string>());
        page.QuerySelector("[data-testid=code-sent]").ShouldNotBeNull();
        page = await browser.SubmitAsync(page, "#bind-form", new Dictionary<string, string> { ["Input.Code"] = await App.LatestSmsCodeAsync(phone) });
        page.Url.ShouldContain("/account");
        page = await browser.GetAsync("/enterprise/accounts");
        page.QuerySelector("[data-testid=limit]")!.TextContent.ShouldBe("1 of 2 accounts enabled (admin included)");
    }

    [Theory]
    [InlineData("zh-CN", "请输入 11 位中国大陆手机号。")]
    [InlineData("en", "Enter an 11-digit mainland China mobile number.")]
    public async Task Sub_account_form_gives_field_messages_and_saves_nothing(string language, string message)
    {
        var (admin, _) = await App.ReadyAdminAsync();
        using var browser = new Browserless(App, language);
        await browser.LoginAsync(admin.UserName, admin.Password);
        var page = await browser.GetAsync("/enterprise/accounts");

        page = await browser.SubmitAsync(page, "#create-form", new Dictionary<string, string> { ["Input.DisplayName"] = new string('x', 101), ["Input.Phone"] = "abc" });

        Field(page, "Phone").ShouldBe(message);
        Field(page, "DisplayName").ShouldNotBe("(none)");
        (await App.WithDbAsync(db => db.Users.CountAsync(u => u.EnterpriseId == admin.EnterpriseId))).ShouldBe(1);

        page = await browser.SubmitAsync(page, "#create-form", new Dictionary<string, string> { ["Input.DisplayName"] = "展区负责人", ["Input.Phone"] = "" });
        page.QuerySelector("[data-testid=new-password]")!.TextContent.Length.ShouldBe(8);
        var row = page.QuerySelectorAll("[data-testid=account-row]").Single(r => r.TextContent.Contains("展区负责人"));
        page = await browser.SubmitAsync(page, "#rows-form", new Dictionary<string, string> { ["Row.Op"] = "disable:" + row.QuerySelector("[data-testid=reset]")!.GetAttribute("value")!.Split(':')[1] });
        page.QuerySelector("[data-testid=action-done]").ShouldNotBeNull();
    }

    [Theory]
    [InlineData("zh-CN", "请输入企业标识。", "请输入账号。")]
    [InlineData("en", "Enter your enterprise identifier.", "Enter your user name.")]
    [Trait("Req", "ACC-7")]
    public async Task Organization_sign_in_form_gives_field_messages(string language, string identifier, string userName)
    {
        using var browser = new Browserless(App, language);
        var page = await browser.GetAsync("/login");

        page = await browser.SubmitAsync(page, "#org-login-form", new Dictionary<string, string>());

        page.QuerySelector("#org-login-form [data-field=Identifier]")!.TextContent.ShouldBe(identifier);
        page.QuerySelector("#org-login-form [data-field=UserName]")!.TextContent.ShouldBe(userName);
    }

    [Fact]
    [Trait("Req", "ACC-5")]
    public async Task Zone_page_binds_zones_of_the_current_session()
    {
        var (admin, client) = await App.ReadyAdminAsync();
        var sub = await (await client.PostJsonAsync("/api/v1/enterprise/accounts", new { displayName = "负责人" })).ReadAsync<Created>();
        using var browser = new Browserless(App, "en");
        await browser.LoginAsync(admin.UserName, admin.Password);
        var page = await browser.GetAsync($"/enterprise/accounts/{sub.Id}/zones");
        var boxes = page.QuerySelectorAll("input[name=zone]").Take(2).Select(b => b.GetAttribute("value")!).ToList();
        boxes.Count.ShouldBe(2);

        // Browserless posts one value per field name; the page reads every "zone" value, so post one.
        page = await browser.SubmitAsync(page, "#zones-form", new Dictionary<string, string> { ["zone"] = boxes[1] });

        page.QuerySelector("[data-testid=zones-saved]").ShouldNotBeNull();
        page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>($"#zone-{boxes[1]}")!.IsChecked.ShouldBeTrue();
        page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>($"#zone-{boxes[0]}")!.IsChecked.ShouldBeFalse();
    }
}

[Trait("Provider", "sqlite")]
public sealed class AccountPagesTestsOnSqlite(AppFixture<SqliteDb> f) : AccountPagesTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class AccountPagesTestsOnPostgres(AppFixture<PostgresDb> f) : AccountPagesTests<PostgresDb>(f);

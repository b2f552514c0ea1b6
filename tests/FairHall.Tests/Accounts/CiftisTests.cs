using System.Net;
using FairHall.Platform.Notifications;
using FairHall.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection.Extensions;
using static FairHall.Tests.Accounts.AccountsKit;

namespace FairHall.Tests.Accounts;

/// <summary>ACC-7, ACC-8, ACC-9, ROLE-6/7: CIFTIS registration and sign-in, codes, forgotten password, staff, buyers.</summary>
[Trait("Req", "ACC-7")]
public abstract partial class CiftisTests<TDb>(AppFixture<TDb> fixture) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    private FairHallApp App => fixture.App;

    private async Task<HttpResponseMessage> RegisterAsync(string type, string identifier, string userName, string enterpriseName, string? phone = null, string? code = null)
    {
        phone ??= NewPhone();
        if (code is null)
        {
            (await App.CreateClient().PostJsonAsync("/api/v1/register/code", new { overseas = false, phone })).EnsureSuccessStatusCode();
            code = await App.LatestSmsCodeAsync(phone);
        }

        return await App.CreateClient().PostJsonAsync("/api/v1/register", new
        {
            type,
            overseas = false,
            identifier,
            userName,
            password = "secret2026",
            phone,
            code,
            enterpriseName,
        });
    }

    [Theory]
    [InlineData("ab", "wang", "secret2026", "Identifier")]
    [InlineData("has space", "wang", "secret2026", "Identifier")]
    [InlineData("acme-2026", "Wang", "secret2026", "UserName")]
    [InlineData("acme-2026", "wa", "secret2026", "UserName")]
    [InlineData("acme-2026", "wang.li", "secret2026", "UserName")]
    [InlineData("acme-2026", "wang", "onlyletters", "Password")]
    [InlineData("acme-2026", "wang", "12345678", "Password")]
    [InlineData("acme-2026", "wang", "short1", "Password")]
    [InlineData("acme-2026", "wang", "abcdefghij1234567890x", "Password")]
    public async Task Character_rules_of_identifier_username_and_password(string identifier, string userName, string password, string field)
    {
        using var client = App.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var response = await client.PostJsonAsync("/api/v1/register", new
        {
            type = "ExhibitorEnterprise",
            overseas = false,
            identifier,
            userName,
            password,
            phone = NewPhone(),
            code = "123456",
            enterpriseName = Unique("企业"),
        });

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Errors!.Keys.ShouldBe([field]);
    }

    [Fact]
    [Trait("Req", "ACC-8")]
    public async Task One_account_per_enterprise_name_and_the_same_username_in_two_enterprises()
    {
        var name = Unique("北京服务贸易有限公司");
        var a = Unique("acme-").ToLowerInvariant();
        var b = Unique("beta_").ToLowerInvariant();
        (await RegisterAsync("ExhibitorEnterprise", a, "wang", name)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var again = await Problem.ReadAsync(await RegisterAsync("VisitorEnterprise", b, "wang", name), HttpStatusCode.BadRequest);
        again.Errors!.Keys.ShouldBe(["EnterpriseName"]);
        (await Problem.ReadAsync(await RegisterAsync("VisitorEnterprise", a.ToUpperInvariant(), "liwei", Unique("另一家")), HttpStatusCode.BadRequest)).Errors!.Keys.ShouldBe(["Identifier"]);
        (await RegisterAsync("VisitorEnterprise", b, "wang", Unique("另一家"))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var asA = await App.SignInAsync("wang", "secret2026", a);
        var asB = await App.SignInAsync("wang", "secret2026", b.ToUpperInvariant());
        var meA = await (await asA.GetAsync("/api/v1/me")).ReadAsync<MeDto>();
        var meB = await (await asB.GetAsync("/api/v1/me")).ReadAsync<MeDto>();
        meA.Roles.ShouldBe(["exhibitor_admin"]);
        meB.Roles.ShouldBe(["buyer"]);
        meA.EnterpriseId.ShouldNotBe(meB.EnterpriseId);
        (await App.CreateClient().PostJsonAsync("/api/v1/auth/token", new { identifier = a, userName = "wang", password = "wrong2026x" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [Trait("Req", "ACC-8")]
    [Trait("Req", "ROLE-6")]
    [Trait("Req", "ROLE-7")]
    [InlineData("Individual", "audience")]
    [InlineData("Media", "media")]
    [InlineData("Buyer", "buyer")]
    public async Task Individuals_media_and_buyers_register_with_a_username_alone(string type, string role)
    {
        var userName = Unique("p-");
        (await RegisterAsync(type, "", userName, "")).StatusCode.ShouldBe(HttpStatusCode.Created);
        var client = await App.SignInAsync(userName, "secret2026");
        (await (await client.GetAsync("/api/v1/me")).ReadAsync<MeDto>()).Roles.ShouldBe([role]);
    }

    [Fact]
    [Trait("Req", "ACC-2")]
    public async Task Sms_codes_are_refused_when_wrong_expired_too_often_requested_or_tried_too_often()
    {
        var phone = NewPhone();
        using var client = App.CreateClient();
        (await client.PostJsonAsync("/api/v1/register/code", new { overseas = false, phone })).EnsureSuccessStatusCode();
        (await Problem.ReadAsync(await client.PostJsonAsync("/api/v1/register/code", new { overseas = false, phone }), HttpStatusCode.TooManyRequests)).Code.ShouldBe("code_too_many_requests");

        var code = await App.LatestSmsCodeAsync(phone);
        var wrong = code == "000000" ? "111111" : "000000";
        (await Problem.ReadAsync(await RegisterAsync("Individual", "", Unique("p-"), "", phone, wrong), HttpStatusCode.UnprocessableEntity)).Code.ShouldBe("code_invalid");

        App.Clock.Advance(TimeSpan.FromMinutes(11));
        (await Problem.ReadAsync(await RegisterAsync("Individual", "", Unique("p-"), "", phone, code), HttpStatusCode.UnprocessableEntity)).Code.ShouldBe("code_expired");

        (await client.PostJsonAsync("/api/v1/register/code", new { overseas = false, phone })).EnsureSuccessStatusCode();
        code = await App.LatestSmsCodeAsync(phone);
        wrong = code == "000000" ? "111111" : "000000";
        for (var i = 0; i < 4; i++)
        {
            (await Problem.ReadAsync(await RegisterAsync("Individual", "", Unique("p-"), "", phone, wrong), HttpStatusCode.UnprocessableEntity)).Code.ShouldBe("code_invalid");
        }

        (await Problem.ReadAsync(await RegisterAsync("Individual", "", Unique("p-"), "", phone, wrong), HttpStatusCode.UnprocessableEntity)).Code.ShouldBe("code_attempts_exceeded");
        (await Problem.ReadAsync(await RegisterAsync("Individual", "", Unique("p-"), "", phone, code), HttpStatusCode.UnprocessableEntity)).Code.ShouldBe("code_attempts_exceeded");
    }

    [Fact]
    [Trait("Req", "ROLE-6")]
    public async Task Overseas_users_register_and_recover_their_password_by_email()
    {
        var mail = new CapturingEmail();
        await using var node = App.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.RemoveAll<IEmailSender>();
            s.AddSingleton<IEmailSender>(mail);
        }));
        using var client = node.CreateClient();
        var email = Unique("anna.") + "@example.de";
        (await client.PostJsonAsync("/api/v1/register/code", new { overseas = true, email })).EnsureSuccessStatusCode();
        var userName = Unique("anna-");
        (await client.PostJsonAsync("/api/v1/register", new { type = "Buyer", overseas = true, userName, password = "secret2026", email, code = mail.LastCode(email) }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        (await client.PostJsonAsync("/api/v1/auth/password/code", new { userName, channel = "Email" })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await client.PostJsonAsync("/api/v1/auth/password/reset", new { userName, channel = "Email", code = mail.LastCode(email), newPassword = "renewed2027" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var signedIn = await App.SignInAsync(userName, "renewed2027");
        (await (await signedIn.GetAsync("/api/v1/me")).ReadAsync<MeDto>()).Roles.ShouldBe(["buyer"]);
        (await signedIn.GetAsync($"/api/v1/notifications")).StatusCode.ShouldNotBe(HttpStatusCode.Forbidden); // e-mail verified: no phone needed
    }

    [Fact]
    public async Task Forgotten_password_by_sms_and_unknown_accounts_look_the_same()
    {
        var identifier = Unique("fp-");
        var phone = NewPhone();
        (await RegisterAsync("ExhibitorEnterprise", identifier, "zhang", Unique("忘记密码公司"), phone)).StatusCode.ShouldBe(HttpStatusCode.Created);
        App.Clock.Advance(TimeSpan.FromMinutes(2));
        using var client = App.CreateClient();

        (await client.PostJsonAsync("/api/v1/auth/password/code", new { identifier, userName = "nobody", channel = "Sms" })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await client.PostJsonAsync("/api/v1/auth/password/code", new { identifier, userName = "zhang", channel = "Sms" })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await client.PostJsonAsync("/api/v1/auth/password/reset", new { identifier, userName = "zhang", channel = "Sms", code = await App.LatestSmsCodeAsync(phone), newPassword = "fresh2027x" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await App.CreateClient().PostJsonAsync("/api/v1/auth/token", new { identifier, userName = "zhang", password = "fresh2027x" })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    [Trait("Req", "ACC-9")]
    public async Task Ciftis_staff_get_a_username_in_their_enterprise_a_display_name_and_a_duty()
    {
        var identifier = Unique("st-");
        (await RegisterAsync("ExhibitorEnterprise", identifier, "admin", Unique("人员公司"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var admin = await App.SignInAsync("admin", "secret2026", identifier);
        (await Problem.ReadAsync(await admin.PostJsonAsync("/api/v1/enterprise/accounts", new { displayName = "王经理" }), HttpStatusCode.BadRequest)).Errors!.Keys.ShouldBe(["LoginName"]);

        var staff = await (await admin.PostJsonAsync("/api/v1/enterprise/accounts", new { loginName = "wang", displayName = "王经理", realName = "王小明", duty = "BusinessRepresentative", phone = NewPhone() })).ReadAsync<Created>();
        staff.UserName.ShouldBe($"{identifier}/wang");
        staff.Password.Length.ShouldBe(8);
        var user = await App.UserAsync(staff.Id);
        (user.DisplayName, user.RealName, user.Duty).ShouldBe(("王经理", "王小明", FairHall.Modules.Accounts.StaffDuty.BusinessRepresentative));
        var me = await (await (await App.SignInAsync("wang", staff.Password, identifier)).GetAsync("/api/v1/me")).ReadAsync<MeDto>();
        me.Name.ShouldBe("王经理");
    }

    public sealed record MeDto(long UserId, string Name, string[] Roles, long? EnterpriseId);

    private sealed partial class CapturingEmail : IEmailSender
    {
        private readonly List<EmailMessage> sent = [];

        public Task SendAsync(EmailMessage message, CancellationToken ct)
        {
            lock (sent)
            {
                sent.Add(message);
            }

            return Task.CompletedTask;
        }

        public string LastCode(string to)
        {
            lock (sent)
            {
                return Code().Match(sent.Last(m => m.To == to).Body).Value;
            }
        }

        [System.Text.RegularExpressions.GeneratedRegex("[0-9]{6}")]
        private static partial System.Text.RegularExpressions.Regex Code();
    }
}

[Trait("Provider", "sqlite")]
public sealed class CiftisTestsOnSqlite(AppFixture<SqliteDb> f) : CiftisTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class CiftisTestsOnPostgres(AppFixture<PostgresDb> f) : CiftisTests<PostgresDb>(f);

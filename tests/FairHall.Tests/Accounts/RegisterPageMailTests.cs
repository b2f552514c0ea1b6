using System.Text;
using System.Text.RegularExpressions;
using FairHall.Tests.Infrastructure;
using FairHall.Tests.Platform.Messaging;
using static FairHall.Tests.Accounts.AccountsKit;

namespace FairHall.Tests.Accounts;

/// <summary>ROLE-6: an overseas buyer registers on /register and recovers the password with codes sent through a real SMTP server.</summary>
[Trait("Req", "ACC-7")]
[Trait("Req", "ROLE-6")]
public abstract partial class RegisterPageMailTests<TDb>(MailFixture<TDb> fixture) : IClassFixture<MailFixture<TDb>> where TDb : TestDb, new()
{
    private FairHallApp App => fixture.App;

    [Fact]
    public async Task An_overseas_buyer_registers_and_recovers_the_password_by_email_through_the_pages()
    {
        using var browser = new Browserless(App, "en");
        var email = Unique("ines.") + "@example.pt";
        var userName = Unique("ines-");
        var page = await browser.GetAsync("/register?type=Buyer&overseas=true");
        page.QuerySelector("#phone").ShouldBeNull();

        page = await browser.SubmitAsync(page, "#register-form", new Dictionary<string, string> { ["Input.Action"] = "send", ["Input.Email"] = email, ["Input.UserName"] = userName });
        page.QuerySelector("[data-testid=code-sent]")!.TextContent.ShouldContain("e-mailed");
        page = await browser.SubmitAsync(page, "#register-form", new Dictionary<string, string>
        {
            ["Input.Action"] = "register",
            ["Input.Code"] = await CodeAsync(email, 1),
            ["Input.Password"] = "lisboa2026",
        });
        page.QuerySelector("[data-testid=new-username]")!.TextContent.ShouldBe(userName);

        using var other = new Browserless(App, "zh-CN");
        page = await other.GetAsync("/account/forgot-password?channel=email");
        page = await other.SubmitAsync(page, "#forgot-form", new Dictionary<string, string> { ["Input.Action"] = "send", ["Input.UserName"] = userName });
        page.QuerySelector("[data-testid=code-sent]")!.TextContent.ShouldContain("邮箱");
        page = await other.SubmitAsync(page, "#forgot-form", new Dictionary<string, string>
        {
            ["Input.Action"] = "reset",
            ["Input.Code"] = await CodeAsync(email, 2),
            ["Input.NewPassword"] = "porto2027x",
        });
        page.QuerySelector("[data-testid=password-changed]").ShouldNotBeNull();
        page = await other.LoginAsync(userName, "porto2027x");
        page.Url.ShouldEndWith("/account");
    }

    /// <summary>The code of the <paramref name="nth"/> message the SMTP server received for the address.</summary>
    private async Task<string> CodeAsync(string email, int nth)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var messages = Messages(fixture.Sink.Output).Where(m => SmtpSink.Headers(m, "To").Any(t => t.Contains(email, StringComparison.OrdinalIgnoreCase))).ToList();
            if (messages.Count >= nth)
            {
                return Code().Match(Body(messages[nth - 1])).Groups[1].Value;
            }

            if (watch.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException($"No message {nth} to {email}: {fixture.Sink.Output}");
            }

            await Task.Delay(100);
        }
    }

    private static IEnumerable<string> Messages(string printed) =>
        printed.Replace("\r", "", StringComparison.Ordinal).Split("END MESSAGE").Where(m => m.Contains("MESSAGE FOLLOWS", StringComparison.Ordinal));

    private static string Body(string message)
    {
        var text = message[(message.IndexOf("MESSAGE FOLLOWS", StringComparison.Ordinal) + 15)..];
        var parts = text.Split("\n\n", 2);
        var headers = parts[0];
        var body = parts.Length > 1 ? parts[1].Trim('-', '\n', ' ') : "";
        if (headers.Contains("base64", StringComparison.OrdinalIgnoreCase))
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Split('\n').Select(l => l.Trim()).TakeWhile(l => l.Length > 0))));
        }

        return body.Replace("=\n", "", StringComparison.Ordinal);
    }

    [GeneratedRegex("code is ([0-9]{6})")]
    private static partial Regex Code();
}

[Trait("Provider", "sqlite")]
public sealed class RegisterPageMailTestsOnSqlite(MailFixture<SqliteDb> f) : RegisterPageMailTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class RegisterPageMailTestsOnPostgres(MailFixture<PostgresDb> f) : RegisterPageMailTests<PostgresDb>(f);

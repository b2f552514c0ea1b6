using System.Text.RegularExpressions;
using FairHall.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FairHall.BrowserTests;

/// <summary>Steps every journey takes: sign in through the page, check that a page fits the screen, read a code.</summary>
public static partial class BrowserSteps
{
    public static async Task SignInAsync(IPage page, string userName, string password = DemoUsers.Password)
    {
        await page.GotoAsync("/login");
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("[data-testid=login-submit]");
        await page.WaitForURLAsync("**/account");
    }

    /// <summary>Nothing may scroll sideways: the page fits the viewport (phones included).</summary>
    public static async Task NoOverflowAsync(IPage page) =>
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1")).ShouldBeFalse(page.Url);

    /// <summary>The six-digit verification code in an SMS text.</summary>
    public static string CodeIn(string text) => SixDigits().Match(text).Value;

    [GeneratedRegex("[0-9]{6}")]
    private static partial Regex SixDigits();
}

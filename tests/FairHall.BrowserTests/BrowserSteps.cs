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
    public static async Task NoOverflowAsync(IPage page)
    {
        // Measured once the page and its stylesheets have loaded: on a busy machine the rows can be in the DOM before the
        // CSS that wraps the table in a scrolling box applies, and an unstyled table is wider than the screen.
        await page.WaitForLoadStateAsync(LoadState.Load);
        var wider = await page.EvaluateAsync<string>(
            "document.documentElement.scrollWidth > window.innerWidth + 1 ? [...document.querySelectorAll('body *')].filter(e => !e.closest('.table-responsive') && e.getBoundingClientRect().right > window.innerWidth + 1).map(e => e.tagName + '.' + e.className + ':' + Math.round(e.getBoundingClientRect().right)).slice(0, 8).join(' | ') || 'scrollWidth ' + document.documentElement.scrollWidth : ''");
        wider.ShouldBeEmpty(page.Url);
    }

    /// <summary>
    /// No element reaches past the right edge of the screen (names the ones that do), and the page does not scroll
    /// sideways. Tables inside <c>.table-responsive</c> may scroll on their own unless <paramref name="tablesMayScroll"/> is false.
    /// </summary>
    public static async Task FitsAsync(IPage page, bool tablesMayScroll = true)
    {
        var skip = tablesMayScroll ? "!e.closest('.table-responsive') && " : "";
        var wide = await page.EvaluateAsync<string>(
            "[...document.querySelectorAll('body *')].filter(e => " + skip + "e.getBoundingClientRect().right > window.innerWidth + 1).map(e => e.tagName + '.' + e.className + ':' + Math.round(e.getBoundingClientRect().right)).join(' | ')");
        wide.ShouldBeEmpty(page.Url);
        await NoOverflowAsync(page);
    }

    /// <summary>The six-digit verification code in an SMS text.</summary>
    public static string CodeIn(string text) => SixDigits().Match(text).Value;

    [GeneratedRegex("[0-9]{6}")]
    private static partial Regex SixDigits();
}

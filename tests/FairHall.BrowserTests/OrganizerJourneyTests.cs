using FairHall.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FairHall.BrowserTests;

/// <summary>
/// A newcomer's first visit in a real browser: home page, language switch, organizer signs in and creates a
/// zone, signs out, the exhibitor admin signs in.
/// </summary>
[Trait("Req", "FAIR-2")]
[Trait("Req", "X-2")]
[Trait("Req", "ROLE-1")]
public abstract class OrganizerJourneyTests<TDb>(BrowserFixture<TDb> fixture) : IClassFixture<BrowserFixture<TDb>> where TDb : TestDb, new()
{
    protected abstract string Provider { get; }

    [Fact]
    public async Task Home_language_switch_organizer_creates_a_zone_then_exhibitor_signs_in()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        (await page.Locator("h1").First.InnerTextAsync()).ShouldBe("线上展会，全年不落幕");
        await Screenshots.TakeAsync(page, $"{Provider}-01-home-zh");

        await page.ClickAsync("[data-testid=lang-en]");
        (await page.Locator("h1").First.InnerTextAsync()).ShouldBe("The online fair that never closes");
        await Screenshots.TakeAsync(page, $"{Provider}-02-home-en");

        await BrowserSteps.SignInAsync(page, DemoUsers.Organizer);
        await page.ClickAsync("[data-testid=nav-console]");
        await page.WaitForURLAsync("**/console");
        await Screenshots.TakeAsync(page, $"{Provider}-03-console-en");

        await page.GotoAsync("/console/zones/new");
        await page.ClickAsync("[data-testid=save]");
        (await page.Locator(".invalid-feedback").CountAsync()).ShouldBeGreaterThan(0);
        await Screenshots.TakeAsync(page, $"{Provider}-04-zone-form-errors-en");

        var code = "BT" + Random.Shared.Next(1000, 9999);
        await page.FillAsync("#code", code);
        await page.FillAsync("#nameZh", "智能穿戴设备");
        await page.FillAsync("#nameEn", "Smart Wearables");
        await page.Locator("#phase").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("input[type=checkbox]").First.CheckAsync();
        await page.ClickAsync("[data-testid=save]");
        await page.WaitForURLAsync(url => !url.Contains("/new"));
        await page.GotoAsync($"/console/zones?q={code}");
        (await page.Locator("[data-testid=zone-row]", new PageLocatorOptions { HasText = "Smart Wearables" }).CountAsync()).ShouldBe(1);
        await Screenshots.TakeAsync(page, $"{Provider}-05-zone-created-en");

        await page.ClickAsync("[data-testid=logout]");
        (await page.Locator("[data-testid=login-link]").CountAsync()).ShouldBe(1);

        await BrowserSteps.SignInAsync(page, DemoUsers.ExhibitorAdmin);
        (await page.Locator("[data-testid=role]").InnerTextAsync()).ShouldBe("Exhibitor admin");
        (await page.Locator("[data-testid=nav-console]").CountAsync()).ShouldBe(0);
        await Screenshots.TakeAsync(page, $"{Provider}-06-exhibitor-account-en");

        await page.GotoAsync("/console/zones/new");
        (await page.Locator("h1").First.InnerTextAsync()).ShouldBe("Access denied");
    }

    [Fact]
    public async Task Home_and_console_fit_a_phone_screen()
    {
        await using var context = await fixture.NewContextAsync(width: 390, height: 844);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await Screenshots.TakeAsync(page, $"{Provider}-07-home-phone-zh");
        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1");
        overflow.ShouldBeFalse();

        await BrowserSteps.SignInAsync(page, DemoUsers.Organizer);
        await page.GotoAsync("/console");
        await Screenshots.TakeAsync(page, $"{Provider}-08-console-phone-zh");
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1")).ShouldBeFalse();
    }
}

[Trait("Provider", "sqlite")]
public sealed class OrganizerJourneyOnSqlite(BrowserFixture<SqliteDb> f) : OrganizerJourneyTests<SqliteDb>(f)
{
    protected override string Provider => "sqlite";
}

[Trait("Provider", "postgres")]
public sealed class OrganizerJourneyOnPostgres(BrowserFixture<PostgresDb> f) : OrganizerJourneyTests<PostgresDb>(f)
{
    protected override string Provider => "postgres";
}

using FairHall.Modules.Packages;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Tests.Packages;

/// <summary>The organizer edits tiers and add-ons of a session on /console/packages, with field messages in both languages (PKG-1).</summary>
[Trait("Req", "PKG-1")]
public abstract class ConsolePackagesPageTests<TDb>(AppFixture<TDb> fixture) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    [Theory]
    [InlineData("en", "Enter an amount in yuan with at most two decimals, e.g. 6000 or 499.50.", "At least one enabled account.", "Enter a whole number from 0 to 1000000.")]
    [InlineData("zh-CN", "请输入金额（元），最多两位小数，如 6000 或 499.50。", "可启用账号总数至少为1。", "请输入 0 至 1000000 之间的整数。")]
    public async Task Wrong_fields_come_back_with_their_own_message_and_good_ones_are_saved(string language, string priceMessage, string accountsMessage, string rangeMessage)
    {
        using var browser = new Browserless(fixture.App, language);
        await browser.LoginAsync(DemoUsers.Organizer);
        var page = await browser.GetAsync("/console/packages?tier=C");
        page.QuerySelector("[data-testid=tier-C]").ShouldNotBeNull();
        page.QuerySelector("[name='TierForm.Price']")!.GetAttribute("value").ShouldBe("15000.00");

        page = await browser.SubmitAsync(page, "[data-testid=tier-form]", new Dictionary<string, string> { ["TierForm.Price"] = "15000.123", ["TierForm.Videos"] = "x" });
        page.QuerySelector("#price + .invalid-feedback, #price ~ .invalid-feedback")!.TextContent.Trim().ShouldBe(priceMessage);
        page.QuerySelector("#q-videos ~ .invalid-feedback")!.TextContent.Trim().ShouldBe(rangeMessage);

        page = await browser.SubmitAsync(page, "[data-testid=tier-form]", new Dictionary<string, string> { ["TierForm.Price"] = "15000", ["TierForm.Videos"] = "5", ["TierForm.Accounts"] = "0" });
        page.QuerySelector("#q-accounts ~ .invalid-feedback")!.TextContent.Trim().ShouldBe(accountsMessage);
        page.QuerySelector("#price ~ .invalid-feedback").ShouldBeNull();

        page = await browser.SubmitAsync(page, "[data-testid=tier-form]", new Dictionary<string, string> { ["TierForm.Price"] = "16000.50", ["TierForm.Accounts"] = "120", ["TierForm.TargetedResponses"] = "" });
        page.QuerySelector("[data-testid=saved]").ShouldNotBeNull();
        var c = await fixture.App.WithDbAsync(db => db.Set<TierOffer>().AsNoTracking().FirstAsync(t => t.Tier == PackageTier.C && t.PriceFen == 1_600_050));
        (c.Accounts, c.TargetedResponses).ShouldBe((120, (int?)null));

        page = await browser.GetAsync("/console/packages?addon=Products");
        page = await browser.SubmitAsync(page, "[data-testid=addon-form]", new Dictionary<string, string> { ["AddOnForm.Price"] = "-1", ["AddOnForm.Amount"] = "0" });
        page.QuerySelectorAll(".invalid-feedback").Length.ShouldBe(2);

        // Put the 136th values back for the other language's run.
        page = await browser.GetAsync("/console/packages?tier=C");
        await browser.SubmitAsync(page, "[data-testid=tier-form]", new Dictionary<string, string> { ["TierForm.Price"] = "15000", ["TierForm.Accounts"] = "100" });
    }
}

[Trait("Provider", "sqlite")]
public sealed class ConsolePackagesPageTestsOnSqlite(AppFixture<SqliteDb> f) : ConsolePackagesPageTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class ConsolePackagesPageTestsOnPostgres(AppFixture<PostgresDb> f) : ConsolePackagesPageTests<PostgresDb>(f);

using FairHall.Modules.Exhibitors;
using FairHall.Modules.Exhibitors.Onboarding;
using FairHall.Modules.Fairs;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace FairHall.BrowserTests;

/// <summary>
/// The demo admin edits enterprise info: the completeness meter names what is missing, the FAIR-7 card lists the
/// offline zones, saving a complete form makes it displayable; buyers see the public showcase (desktop and 390 px).
/// </summary>
[Trait("Req", "CAT-1")]
[Trait("Req", "FAIR-7")]
public abstract class ShowcaseJourneyTests<TDb>(BrowserFixture<TDb> fixture) : IClassFixture<BrowserFixture<TDb>> where TDb : TestDb, new()
{
    protected abstract string Provider { get; }

    /// <summary>Makes the demo enterprise an offline exhibitor of session 140 in P1-01 and P1-02.</summary>
    private async Task<long> PrepareAsync() =>
        await fixture.App.WithDbAsync(async db =>
        {
            var session = await db.Set<Session>().FirstAsync(s => s.Number == 140);
            var enterprise = await db.Set<Enterprise>().FirstAsync(e => e.NameZh == "广东美味厨具有限公司");
            if (!await db.Set<EligibilityRecord>().AnyAsync(r => r.EnterpriseId == enterprise.Id && r.SessionId == session.Id))
            {
                var record = new EligibilityRecord(session.Id, enterprise.Id);
                record.GrantAutomatically(EligibilityKind.OfflineExhibitor, "journey", fixture.App.Clock.GetUtcNow());
                db.Add(record);
            }

            // The demo data may already make it eligible (catalog demo); the offline list row is what names its zones.
            if (!await db.Set<OfflineExhibitor>().AnyAsync(o => o.SessionId == session.Id && o.EnterpriseName == enterprise.NameZh))
            {
                db.Add(new OfflineExhibitor { SessionId = session.Id, EnterpriseName = enterprise.NameZh, Zones = "P1-01|P1-02", BoothNumbers = "1.1A01" });
            }

            await db.SaveChangesAsync();

            return enterprise.Id;
        });

    [Fact]
    public async Task Admin_sees_the_meter_and_the_badge_list_buyers_see_the_public_showcase()
    {
        var enterpriseId = await PrepareAsync();
        await using var adminContext = await fixture.NewContextAsync();
        var admin = await adminContext.NewPageAsync();
        await BrowserSteps.SignInAsync(admin, DemoUsers.ExhibitorAdmin);
        await admin.GotoAsync("/enterprise/showcase");
        (await admin.Locator("[data-testid=showcase-status]").GetAttributeAsync("data-status")).ShouldBe("Displayable");
        (await admin.Locator("[data-testid=badge-zone]").CountAsync()).ShouldBe(2);

        await admin.FillAsync("#IntroEn", "");
        await admin.FillAsync("#ContactEmail", "");
        await admin.ClickAsync("[data-testid=save-showcase]");
        await admin.WaitForSelectorAsync("[data-testid=showcase-saved]");
        (await admin.Locator("[data-testid=missing] li").AllInnerTextsAsync()).ShouldBe(["企业简介（英文）", "电子邮箱"]);
        (await admin.Locator("[data-testid=showcase-status]").InnerTextAsync()).ShouldBe("资料未完善");
        await Screenshots.TakeAsync(admin, $"{Provider}-s01-showcase-incomplete-zh");

        await admin.FillAsync("#IntroEn", "Founded in 2003, Guangdong Meiwei Kitchenware makes stainless steel woks, stock pots and knives.");
        await admin.FillAsync("#ContactEmail", "sales@meiwei-kitchen.example");
        await admin.ClickAsync("[data-testid=save-showcase]");
        await admin.WaitForSelectorAsync("[data-testid=showcase-saved]");
        (await admin.Locator("[data-testid=showcase-status]").GetAttributeAsync("data-status")).ShouldBe("Displayable");
        (await admin.Locator("[data-testid=missing]").CountAsync()).ShouldBe(0);

        await using var phoneContext = await fixture.NewContextAsync(width: 390, height: 844, locale: "en-US");
        var phone = await phoneContext.NewPageAsync();
        await BrowserSteps.SignInAsync(phone, DemoUsers.ExhibitorAdmin);
        await phone.GotoAsync("/enterprise/showcase");
        await phone.WaitForSelectorAsync("[data-testid=completeness]");
        await BrowserSteps.NoOverflowAsync(phone);
        await Screenshots.TakeAsync(phone, $"{Provider}-s02-showcase-edit-phone-en");

        await using var buyerContext = await fixture.NewContextAsync(locale: "en-US");
        var buyer = await buyerContext.NewPageAsync();
        await buyer.GotoAsync($"/showcase/{enterpriseId}");
        (await buyer.Locator("[data-testid=showcase-name]").InnerTextAsync()).ShouldBe("广东美味厨具有限公司");
        (await buyer.Locator("[data-testid=showcase-products] .card").CountAsync()).ShouldBeGreaterThanOrEqualTo(1);
        await Screenshots.TakeAsync(buyer, $"{Provider}-s03-public-showcase-en");

        await using var buyerPhoneContext = await fixture.NewContextAsync(width: 390, height: 844);
        var buyerPhone = await buyerPhoneContext.NewPageAsync();
        await buyerPhone.GotoAsync($"/showcase/{enterpriseId}");
        await buyerPhone.WaitForSelectorAsync("[data-testid=showcase-contact]");
        await BrowserSteps.NoOverflowAsync(buyerPhone);
        await Screenshots.TakeAsync(buyerPhone, $"{Provider}-s04-public-showcase-phone-zh");
    }
}

[Trait("Provider", "sqlite")]
public sealed class ShowcaseJourneyOnSqlite(BrowserFixture<SqliteDb> f) : ShowcaseJourneyTests<SqliteDb>(f)
{
    protected override string Provider => "sqlite";
}

[Trait("Provider", "postgres")]
public sealed class ShowcaseJourneyOnPostgres(BrowserFixture<PostgresDb> f) : ShowcaseJourneyTests<PostgresDb>(f)
{
    protected override string Provider => "postgres";
}

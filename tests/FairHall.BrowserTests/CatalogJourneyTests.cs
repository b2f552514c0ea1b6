using FairHall.Modules.Accounts;
using FairHall.Modules.Exhibitors.Onboarding;
using FairHall.Modules.Fairs;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace FairHall.BrowserTests;

/// <summary>
/// A sub-account creates a product and submits it → the zone's association (cccla.reviewer) approves in /review →
/// the product is listed → the admin batch-delists and relists it (CAT-2/3, ACC-5, X-1). demo.exhibitor-01 is bound
/// to two CCCME zones, so the test also binds it to a CCCLA zone, and gifts the demo enterprise the Basic package.
/// </summary>
[Trait("Req", "CAT-2")]
[Trait("Req", "CAT-3")]
[Trait("Req", "ACC-5")]
[Trait("Req", "X-1")]
[Trait("Req", "CAT-4")]
[Trait("Req", "CAT-5")]
public abstract class CatalogJourneyTests<TDb>(BrowserFixture<TDb> fixture) : IClassFixture<BrowserFixture<TDb>> where TDb : TestDb, new()
{
    protected abstract string Provider { get; }

    private async Task<long> PrepareAsync()
    {
        return await fixture.App.WithDbAsync(async db =>
        {
            var session = await db.Set<Session>().Where(s => s.Number == 140).Select(s => s.Id).FirstAsync();
            var cccla = await db.Set<Association>().Where(a => a.Code == "CCCLA").Select(a => a.Id).FirstAsync();
            var zone = await db.Set<Zone>().Where(z => z.SessionId == session && z.IsActive && z.Associations.Count == 1 && z.Associations.Any(a => a.AssociationId == cccla))
                .OrderBy(z => z.Id).Select(z => z.Id).FirstAsync();
            var staff = await db.Users.FirstAsync(u => u.UserName == DemoUsers.ExhibitorStaff);
            if (!await db.Set<AccountZone>().AnyAsync(z => z.UserId == staff.Id && z.ZoneId == zone))
            {
                db.Add(new AccountZone(staff.Id, zone));
            }

            var enterpriseId = staff.EnterpriseId!.Value;
            if (!await db.Set<EligibilityRecord>().AnyAsync(r => r.EnterpriseId == enterpriseId && r.SessionId == session))
            {
                var record = new EligibilityRecord(session, enterpriseId);
                record.GrantAutomatically(EligibilityKind.OfflineExhibitor, "journey", fixture.App.Clock.GetUtcNow());
                db.Add(record);
            }

            await db.SaveChangesAsync();
            return zone;
        });
    }

    [Fact]
    public async Task Sub_account_submits_association_approves_product_listed_admin_batch_delists_and_relists()
    {
        var zone = await PrepareAsync();
        var name = $"旅程陶瓷杯{Provider}";
        await using var staffContext = await fixture.NewContextAsync(width: 390, height: 844);
        var staff = await staffContext.NewPageAsync();
        await BrowserSteps.SignInAsync(staff, DemoUsers.ExhibitorStaff);

        // CAT-5: the sub-account uploads two product images into the enterprise's media library.
        var front = $"journey-front-{Provider}.png";
        var side = $"journey-side-{Provider}.png";
        await staff.GotoAsync("/enterprise/media");
        await staff.SetInputFilesAsync("[data-testid=upload-files]", new[]
        {
            new FilePayload { Name = front, MimeType = "image/png", Buffer = Modules.Exhibitors.Showcase.ShowcaseDemoData.Logo(600, 200, 80, 40) },
            new FilePayload { Name = side, MimeType = "image/png", Buffer = Modules.Exhibitors.Showcase.ShowcaseDemoData.Logo(600, 40, 120, 200) },
        });
        await staff.ClickAsync("[data-testid=upload]");
        await staff.WaitForSelectorAsync("[data-testid=upload-summary]");
        (await staff.Locator("[data-testid=upload-result][data-ok=true]").CountAsync()).ShouldBe(2);

        await staff.GotoAsync("/enterprise/products");
        await staff.ClickAsync("[data-testid=new-product]");
        await staff.WaitForURLAsync("**/enterprise/products/new", new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        await staff.Locator("#zone").SelectOptionAsync(zone.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await staff.ClickAsync("[data-testid=save-submit-product]");
        (await staff.Locator(".invalid-feedback").CountAsync()).ShouldBeGreaterThan(1);
        await staff.FillAsync("#NameZh", name);
        await staff.FillAsync("#NameEn", "Journey ceramic mug");
        await staff.FillAsync("#Category", "日用陶瓷");
        await staff.FillAsync("#MarketPriceYuan", "39.90");
        await staff.CheckAsync("[data-testid=map-no]");
        (await staff.Locator($"[data-testid=zone-tags-{zone}]").IsVisibleAsync()).ShouldBeTrue(); // only the chosen zone's tags show (CAT-5)
        await staff.Locator($"[data-testid=zone-tags-{zone}] select").First.SelectOptionAsync("人力");
        var images = staff.Locator("[data-testid=product-images] [data-testid=media-picker]");
        await images.Locator($"input[aria-label='{front}']").CheckAsync();
        await images.Locator($"input[aria-label='{side}']").CheckAsync();
        var shown = await images.Locator("[data-testid=media-option]").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('aria-label'))");
        var expectedMain = shown.First(n => n == front || n == side); // the first ticked image in the picker's order is the main one
        await staff.ClickAsync("[data-testid=save-submit-product]");
        await staff.WaitForSelectorAsync("[data-testid=product-saved]");
        (await staff.Locator("[data-testid=product-status]").InnerTextAsync()).ShouldBe("未审核");
        var saved = await fixture.App.WithDbAsync(db => db.Set<FairHall.Modules.Catalog.Product>().SingleAsync(p => p.NameZh == name));
        var productId = saved.Id;
        saved.ImageIds.Count.ShouldBe(2);
        var mainName = await fixture.App.WithDbAsync(db => db.Set<FairHall.Modules.Catalog.Media.MediaAsset>().Where(m => m.Id == saved.ImageIds[0]).Select(m => m.FileName).SingleAsync());
        mainName.ShouldBe(expectedMain);
        await Screenshots.TakeAsync(staff, $"{Provider}-c01-product-submitted-phone-zh");
        await BrowserSteps.NoOverflowAsync(staff);

        await using var reviewerContext = await fixture.NewContextAsync(locale: "en-US");
        var reviewer = await reviewerContext.NewPageAsync();
        await BrowserSteps.SignInAsync(reviewer, DemoUsers.Association);
        await reviewer.GotoAsync("/review");
        var row = reviewer.Locator("[data-testid=review-row]", new PageLocatorOptions { HasText = name });
        (await row.CountAsync()).ShouldBe(1);
        await Screenshots.TakeAsync(reviewer, $"{Provider}-c02a-review-queue-en");
        await row.Locator("[data-testid=review-link]").ClickAsync();
        await reviewer.WaitForSelectorAsync("[data-testid=snapshot]");
        await Screenshots.TakeAsync(reviewer, $"{Provider}-c02-product-review-en");
        await reviewer.ClickAsync("[data-testid=approve]");
        await reviewer.WaitForSelectorAsync("[data-testid=done]");

        await using var adminContext = await fixture.NewContextAsync();
        var admin = await adminContext.NewPageAsync();
        await BrowserSteps.SignInAsync(admin, DemoUsers.ExhibitorAdmin);
        await admin.GotoAsync("/enterprise/products?q=" + Uri.EscapeDataString(name));
        var product = admin.Locator("[data-testid=product]", new PageLocatorOptions { HasText = name });
        (await product.Locator("[data-testid=product-status]").GetAttributeAsync("data-status")).ShouldBe("Listed");
        await Screenshots.TakeAsync(admin, $"{Provider}-c03-product-listed-zh");
        await product.Locator("input[type=checkbox]").CheckAsync();
        await admin.ClickAsync("[data-testid=batch-delist]");
        await admin.WaitForSelectorAsync("[data-testid=batch-results]");
        product = admin.Locator("[data-testid=product]", new PageLocatorOptions { HasText = name });
        (await product.Locator("[data-testid=product-status]").GetAttributeAsync("data-status")).ShouldBe("Delisted");
        await product.Locator("input[type=checkbox]").CheckAsync();
        await admin.ClickAsync("[data-testid=batch-list]");
        await admin.WaitForSelectorAsync("[data-testid=batch-results]:has-text('已上架')");
        product = admin.Locator("[data-testid=product]", new PageLocatorOptions { HasText = name });
        (await product.Locator("[data-testid=product-status]").GetAttributeAsync("data-status")).ShouldBe("Listed");
        await Screenshots.TakeAsync(admin, $"{Provider}-c04-product-relisted-zh");

        await admin.GotoAsync($"/enterprise/products/{productId}");
        await admin.WaitForSelectorAsync("[data-testid=product-images]");
        await Screenshots.TakeAsync(admin, $"{Provider}-c05-product-editor-desktop-zh");
    }
}

[Trait("Provider", "sqlite")]
public sealed class CatalogJourneyOnSqlite(BrowserFixture<SqliteDb> f) : CatalogJourneyTests<SqliteDb>(f)
{
    protected override string Provider => "sqlite";
}

[Trait("Provider", "postgres")]
public sealed class CatalogJourneyOnPostgres(BrowserFixture<PostgresDb> f) : CatalogJourneyTests<PostgresDb>(f)
{
    protected override string Provider => "postgres";
}

using System.Security.Cryptography;
using FairHall.Modules.Catalog;
using FairHall.Modules.Catalog.Media;
using FairHall.Modules.Discovery;
using FairHall.Modules.Exhibitors;
using FairHall.Modules.Exhibitors.Showcase;
using FairHall.Modules.Fairs;
using FairHall.Modules.Packages;
using FairHall.Platform.Files;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace FairHall.BrowserTests;

/// <summary>
/// The public site (BUY-1, X-2): home → zone → search 水杯 and "cup" → exhibitors tab → product page, on a desktop
/// (1280) and a phone (390), with screenshots of home, zone and search results at both widths.
/// </summary>
[Trait("Req", "BUY-1")]
[Trait("Req", "X-2")]
public abstract class DiscoveryJourneyTests<TDb>(BrowserFixture<TDb> fixture) : IClassFixture<BrowserFixture<TDb>> where TDb : TestDb, new()
{
    private static readonly (string Zh, string En, long? Price, bool New, byte R, byte G, byte B)[] Cups =
    [
        ("不锈钢保温水杯 500毫升", "Stainless steel vacuum cup, 500 ml", 5900, true, 0x2E, 0x86, 0xC1),
        ("玻璃水杯", "Glass water cup", 1500, false, 0x48, 0xC9, 0xB0),
        ("儿童吸管水杯", "Kids straw cup", null, true, 0xF3, 0x9C, 0x12),
        ("陶瓷马克杯", "Ceramic mug", 1800, false, 0xC0, 0x39, 0x2B),
        ("运动水壶", "Sports water bottle", 3500, false, 0x8E, 0x44, 0xAD),
        ("茶杯套装", "Tea cup set", 9900, false, 0x27, 0xAE, 0x60),
    ];

    protected abstract string Provider { get; }

    /// <summary>Scrolls through the page so that lazy images load, then back to the top (a full-page screenshot does not scroll).</summary>
    private static async Task ShootAsync(IPage page, string name)
    {
        await page.EvaluateAsync("async () => { for (let y = 0; y < document.body.scrollHeight; y += 600) { window.scrollTo(0, y); await new Promise(r => setTimeout(r, 50)); } window.scrollTo(0, 0); }");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Screenshots.TakeAsync(page, name);
    }

    /// <summary>A cup maker with a displayable showcase and listed products with images in the first zone; indexes rebuilt.</summary>
    private async Task<Zone> ArrangeAsync()
    {
        var files = fixture.App.Services.GetRequiredService<IFileStore>();
        var zone = await fixture.App.WithDbAsync(async db =>
        {
            var now = fixture.App.Clock.GetUtcNow();
            var session = (await Sessions.CurrentAsync(db, fixture.App.Clock, CancellationToken.None))!.Id;
            var zone = await db.Set<Zone>().Include(z => z.Tags).Where(z => z.SessionId == session && z.IsActive && !z.Tags.Any(t => t.Required))
                .OrderBy(z => z.SortOrder).ThenBy(z => z.Id).FirstAsync();
            var enterprise = new Enterprise { NameZh = "浙江永康杯业有限公司", NameEn = "Zhejiang Yongkang Cup Co., Ltd.", CreatedAt = now };
            db.Add(enterprise);
            await db.SaveChangesAsync();

            async Task<MediaAsset> ImageAsync(string name, byte r, byte g, byte b)
            {
                var png = ShowcaseDemoData.Logo(200, r, g, b);
                var key = $"media/{enterprise.Id}/{name}.png";
                using (var stream = new MemoryStream(png))
                {
                    await files.PutAsync(key, stream, "image/png", CancellationToken.None);
                }

                var asset = new MediaAsset(enterprise.Id, MediaKind.Image, "image/png", png.Length, 200, 200, name + ".png", key, Convert.ToHexStringLower(SHA256.HashData(png)), now, null);
                db.Add(asset);
                await db.SaveChangesAsync();
                return asset;
            }

            var logo = await ImageAsync("logo", 0x1F, 0x4E, 0x79);
            var showcase = new EnterpriseShowcase(enterprise.Id, now);
            showcase.Save(new ShowcaseDetails(
                "永康杯业专注不锈钢保温杯、玻璃水杯和运动水壶二十年。", "Twenty years of stainless steel vacuum cups, glass water cups and sports bottles.",
                "保温杯、水杯、运动水壶", "Vacuum cups, water cups, sports bottles", logo.Id, "王先生", "+86 579 8712 3456", "sales@yk-cup.example",
                "浙江省金华市永康市经济开发区", "Economic Development Zone, Yongkang, Jinhua, Zhejiang", false, null, null,
                null, 2006, "100-299", null, null, [], []), now).ShouldBeNull();
            db.Add(showcase);
            var i = 0;
            foreach (var c in Cups)
            {
                var image = await ImageAsync($"cup{i}", c.R, c.G, c.B);
                var at = now.AddMinutes(++i);
                var p = new Product(enterprise.Id, session, new ProductDetails(zone.Id, c.Zh, c.En, "", "", "杯壶", "永康", "浙江", null, c.Price, null, "500件", c.New, ImageIds: [image.Id]), at);
                (p.Submit(at) ?? p.Approve(at) ?? p.List(at)).ShouldBeNull();
                db.Add(p);
            }

            await db.SaveChangesAsync();
            return zone;
        });
        await using var scope = fixture.App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ProductIndexer>().RebuildAsync(null, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<DirectoryIndexer>().RebuildAsync(CancellationToken.None);
        return zone;
    }

    [Fact]
    public async Task Buyer_goes_from_home_to_a_zone_searches_both_languages_opens_the_exhibitors_tab_and_a_product()
    {
        var zone = await ArrangeAsync();

        await using var desktopContext = await fixture.NewContextAsync();
        var desktop = await desktopContext.NewPageAsync();
        await desktop.GotoAsync("/");
        (await desktop.GetByTestId("home-session").InnerTextAsync()).ShouldContain("第140届");
        (await desktop.Locator("[data-testid=home-new-products] [data-testid=product-card]").CountAsync()).ShouldBeGreaterThanOrEqualTo(6);
        (await desktop.Locator("[data-testid=home-exhibitors] [data-testid=exhibitor-card]").AllInnerTextsAsync()).ShouldContain(t => t.Contains("永康杯业"));
        await BrowserSteps.NoOverflowAsync(desktop);
        await ShootAsync(desktop, $"{Provider}-d01-home-desktop-zh");

        await desktop.Locator($"[data-testid=zone-card][data-code='{zone.Code}']").ClickAsync();
        await desktop.WaitForURLAsync($"**/zones/{zone.Code}");
        (await desktop.GetByTestId("zone-name").InnerTextAsync()).ShouldBe(zone.NameZh);
        (await desktop.Locator("[data-testid=zone-products] [data-testid=product-card]").CountAsync()).ShouldBeGreaterThanOrEqualTo(6);
        (await desktop.Locator("[data-testid=zone-exhibitors] [data-testid=exhibitor-card]").AllInnerTextsAsync()).ShouldContain(t => t.Contains("永康杯业"));
        await BrowserSteps.NoOverflowAsync(desktop);
        await ShootAsync(desktop, $"{Provider}-d02-zone-desktop-zh");

        await desktop.GotoAsync("/");
        await desktop.GetByTestId("home-search-q").FillAsync("水杯");
        await desktop.GetByTestId("home-search-submit").ClickAsync();
        await desktop.WaitForURLAsync("**/search?q=*");
        (await desktop.GetByTestId("search-hit-name").AllInnerTextsAsync()).Count.ShouldBe(3);
        (await desktop.Locator("[data-testid=search-hit] mark").First.InnerTextAsync()).ShouldBe("水杯");
        (await desktop.GetByTestId("search-tab-exhibitors").GetAttributeAsync("data-count")).ShouldBe("1");
        await ShootAsync(desktop, $"{Provider}-d03-search-desktop-zh");

        await desktop.GotoAsync("/culture?c=en&r=" + Uri.EscapeDataString("/search?q=cup"));
        await desktop.WaitForURLAsync("**/search?q=cup");
        var names = await desktop.GetByTestId("search-hit-name").AllInnerTextsAsync();
        names.ShouldContain("Glass water cup");
        names.ShouldContain("Tea cup set");
        await ShootAsync(desktop, $"{Provider}-d04-search-desktop-en");

        await desktop.GetByTestId("search-tab-exhibitors").ClickAsync();
        await desktop.WaitForURLAsync("**tab=exhibitors*");
        (await desktop.GetByTestId("search-exhibitor-name").AllInnerTextsAsync()).ShouldBe(["Zhejiang Yongkang Cup Co., Ltd."]);
        await ShootAsync(desktop, $"{Provider}-d05-search-exhibitors-desktop-en");

        await desktop.GetByTestId("search-tab-products").ClickAsync();
        await desktop.GetByTestId("search-hit-name").Filter(new() { HasText = "Glass water cup" }).ClickAsync();
        await desktop.WaitForURLAsync("**/products/*");
        (await desktop.GetByTestId("product-name").InnerTextAsync()).ShouldContain("Glass water cup");
        (await desktop.GetByTestId("product-showcase-link").GetAttributeAsync("href")).ShouldStartWith("/showcase/");
        (await desktop.GetByTestId("similar-product").CountAsync()).ShouldBeGreaterThan(0);
        // The language switch keeps the page.
        await desktop.GetByTestId("lang-zh").ClickAsync();
        await desktop.WaitForURLAsync("**/products/*");
        (await desktop.GetByTestId("product-name").InnerTextAsync()).ShouldContain("玻璃水杯");
        await ShootAsync(desktop, $"{Provider}-d06-product-desktop-zh");

        await using var phoneContext = await fixture.NewContextAsync(width: 390, height: 844);
        var phone = await phoneContext.NewPageAsync();
        await phone.GotoAsync("/");
        await BrowserSteps.NoOverflowAsync(phone);
        await ShootAsync(phone, $"{Provider}-p01-home-phone-zh");
        await phone.GotoAsync($"/zones/{zone.Code}");
        await BrowserSteps.NoOverflowAsync(phone);
        await ShootAsync(phone, $"{Provider}-p02-zone-phone-zh");
        await phone.GotoAsync("/search?q=" + Uri.EscapeDataString("水杯"));
        await BrowserSteps.NoOverflowAsync(phone);
        await ShootAsync(phone, $"{Provider}-p03-search-phone-zh");
        await phone.GotoAsync("/search?tab=exhibitors&q=cup");
        await BrowserSteps.NoOverflowAsync(phone);
        await ShootAsync(phone, $"{Provider}-p04-search-exhibitors-phone-zh");
    }
}

[Trait("Provider", "sqlite")]
public sealed class DiscoveryJourneyOnSqlite(BrowserFixture<SqliteDb> f) : DiscoveryJourneyTests<SqliteDb>(f)
{
    protected override string Provider => "sqlite";
}

[Trait("Provider", "postgres")]
public sealed class DiscoveryJourneyOnPostgres(BrowserFixture<PostgresDb> f) : DiscoveryJourneyTests<PostgresDb>(f)
{
    protected override string Provider => "postgres";
}

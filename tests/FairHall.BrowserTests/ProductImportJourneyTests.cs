using System.Text;
using FairHall.Modules.Fairs;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace FairHall.BrowserTests;

/// <summary>The enterprise admin uploads a product CSV with broken rows, sees the errors by line and field, confirms, and sees the drafts created, at desktop and phone width.</summary>
[Trait("Req", "X-3")]
[Trait("Req", "CAT-2")]
public abstract class ProductImportJourneyTests<TDb>(BrowserFixture<TDb> fixture) : IClassFixture<BrowserFixture<TDb>> where TDb : TestDb, new()
{
    protected abstract string Provider { get; }

    [Theory]
    [InlineData(1280, "desktop")]
    [InlineData(390, "phone")]
    public async Task Admin_previews_errors_then_imports_the_valid_rows(int width, string tag)
    {
        var code = await fixture.App.WithDbAsync(async db =>
        {
            var session = await db.Set<Session>().Where(s => s.Number == 140).Select(s => s.Id).FirstAsync();
            return await db.Set<Zone>().Where(z => z.SessionId == session && z.IsActive && !z.Tags.Any(t => t.Required)).OrderBy(z => z.Id).Select(z => z.Code).FirstAsync();
        });
        var csv = "展区编号/ZoneCode,中文名称/NameZh,英文名称/NameEn,类别/Category,市场价(元)/MarketPrice,含地图/ContainsMap,参数标签/Tags\n"
            + $"{code},导入水杯{tag},Imported cup,家居,19.9,否,\n"
            + $"{code},,No Chinese name,家居,10,否,\n"
            + $"NO-SUCH,导入茶壶,Teapot,家居,abc,否,\n"
            + $"{code},导入花瓶{tag},Vase,家居,,否,颜色=红\n"
            + $"{code},导入台灯{tag},Desk lamp,家居,88,no,\n";
        await using var context = await fixture.NewContextAsync(width: width, height: 900);
        var page = await context.NewPageAsync();
        await BrowserSteps.SignInAsync(page, DemoUsers.ExhibitorAdmin);
        await page.GotoAsync("/enterprise/products");
        await page.ClickAsync("[data-testid=import-products]");
        await page.WaitForSelectorAsync("[data-testid=import-template]");
        await page.SetInputFilesAsync("[data-testid=import-file]", new FilePayload { Name = $"products-{tag}.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.ClickAsync("[data-testid=import-upload]");
        await page.WaitForSelectorAsync("[data-testid=import-errors]");
        (await page.Locator("[data-testid=import-error]").CountAsync()).ShouldBe(4);
        await BrowserSteps.NoOverflowAsync(page);
        await Screenshots.TakeAsync(page, $"import-{Provider}-{tag}-01-preview-errors");

        await page.ClickAsync("[data-testid=import-confirm]");
        await page.WaitForSelectorAsync("[data-testid=import-done]");
        (await page.TextContentAsync("[data-testid=import-done]")).ShouldNotBeNull().ShouldContain("2");
        await BrowserSteps.NoOverflowAsync(page);
        await Screenshots.TakeAsync(page, $"import-{Provider}-{tag}-02-result");
    }
}

[Trait("Provider", "sqlite")]
public sealed class ProductImportJourneyOnSqlite(BrowserFixture<SqliteDb> f) : ProductImportJourneyTests<SqliteDb>(f)
{
    protected override string Provider => "sqlite";
}

[Trait("Provider", "postgres")]
public sealed class ProductImportJourneyOnPostgres(BrowserFixture<PostgresDb> f) : ProductImportJourneyTests<PostgresDb>(f)
{
    protected override string Provider => "postgres";
}

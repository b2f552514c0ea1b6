using FairHall.Modules.Catalog;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FairHall.Tests.Catalog.CatalogKit;

namespace FairHall.Tests.Catalog;

/// <summary>The exhibitor's product pages: editor with field-level messages in both languages, zones limited to the caller's, list with batch actions.</summary>
[Trait("Req", "CAT-2")]
[Trait("Req", "ACC-5")]
[Trait("Req", "CAT-4")]
[Trait("Req", "CAT-5")]
public abstract class ProductPagesTests<TDb>(AppFixture<TDb> fixture) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    [Theory]
    [InlineData("en", "Required.", "Unreviewed")]
    [InlineData("zh-CN", "必填。", "未审核")]
    public async Task Sub_account_creates_a_product_in_a_bound_zone_and_sees_it_in_the_list(string language, string required, string unreviewed)
    {
        using var browser = new Browserless(fixture.App, language);
        await browser.LoginAsync(DemoUsers.ExhibitorStaff);
        var page = await browser.GetAsync("/enterprise/products/new");
        var options = page.QuerySelectorAll("[data-testid=zone] option").Select(o => long.Parse(o.GetAttribute("value")!)).ToList();
        options.Count.ShouldBe(2); // the two zones demo.exhibitor-01 is bound to

        page = await browser.SubmitAsync(page, "[data-testid=product-form]", new Dictionary<string, string>
        {
            ["Form.NameZh"] = "",
            ["Form.NameEn"] = "Lamp",
            ["Form.Category"] = "灯具",
            ["Form.MarketPriceYuan"] = "12.5",
            ["Form.Submit"] = "true",
        });
        page.QuerySelector("[data-testid=error-NameZh]")!.TextContent.ShouldBe(required);
        page.QuerySelector("[data-testid=error-ContainsMap]").ShouldNotBeNull(); // CAT-4: the map question must be answered
        // CAT-5: the first bound zone (household appliances) requires its voltage tag.
        var voltage = page.QuerySelector($"[data-testid=zone-tags-{options[0]}] select")!;
        page.QuerySelector($"[data-testid='error-{voltage.GetAttribute("name")!.Replace("tag-", "Tags[", StringComparison.Ordinal)}]']").ShouldNotBeNull();
        page = await browser.SubmitAsync(page, "[data-testid=product-form]", new Dictionary<string, string>
        {
            ["Form.ZoneId"] = options[0].ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Form.NameZh"] = $"台灯{language}",
            ["Form.NameEn"] = "Lamp",
            ["Form.Category"] = "灯具",
            ["Form.MarketPriceYuan"] = "12.5",
            ["Form.ContainsMap"] = "no",
            [voltage.GetAttribute("name")!] = "220V",
            ["Form.Submit"] = "true",
        });
        page.QuerySelector("[data-testid=product-saved]").ShouldNotBeNull();
        page.QuerySelector("[data-testid=product-status]")!.TextContent.ShouldBe(unreviewed);
        page.QuerySelector("[name='Form.MarketPriceYuan']")!.GetAttribute("value").ShouldBe("12.50");
        var product = await fixture.App.WithDbAsync(db => db.Set<Product>().SingleAsync(p => p.NameZh == $"台灯{language}"));
        product.MarketPriceFen.ShouldBe(1250);
        product.InReview.ShouldBeTrue();
        product.ContainsMap.ShouldBe(false);
        var tag = await fixture.App.WithDbAsync(db => db.Set<ProductTagValue>().SingleAsync(t => t.ProductId == product.Id));
        tag.Value.ShouldBe("220V");

        var list = await browser.GetAsync("/enterprise/products?q=" + Uri.EscapeDataString($"台灯{language}"));
        list.QuerySelectorAll("[data-testid=product]").Select(e => e.GetAttribute("data-id")).ShouldBe([product.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        list = await browser.SubmitAsync(list, "[data-testid=batch-form]", new Dictionary<string, string> { ["ids"] = product.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["action"] = "delist" });
        list.QuerySelector("[data-testid=batch-results]")!.TextContent.ShouldContain(language == "en" ? "not listed" : "未上架");
    }
}

[Trait("Provider", "sqlite")]
public sealed class ProductPagesTestsOnSqlite(AppFixture<SqliteDb> f) : ProductPagesTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class ProductPagesTestsOnPostgres(AppFixture<PostgresDb> f) : ProductPagesTests<PostgresDb>(f);

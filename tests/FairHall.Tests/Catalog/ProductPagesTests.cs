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
        var fields = new Dictionary<string, string>
        {
            ["Form.ZoneId"] = options[0].ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Form.NameZh"] = $"台灯{language}",
            ["Form.NameEn"] = "Lamp",
            ["Form.Category"] = "灯具",
            ["Form.MarketPriceYuan"] = "12.5",
            ["Form.ContainsMap"] = "no",
            [voltage.GetAttribute("name")!] = "220V",
            ["Form.Submit"] = "true",
        };
        // CAT-5/8: submitting without an image is refused with a bilingual reason, nothing is created.
        page = await browser.SubmitAsync(page, "[data-testid=product-form]", fields);
        page.QuerySelector("[data-code=product_image_required]")!.TextContent.ShouldContain(language == "en" ? "at least one product image" : "至少选择一张展品图片");
        (await fixture.App.WithDbAsync(db => db.Set<Product>().AnyAsync(p => p.NameZh == $"台灯{language}"))).ShouldBeFalse();
        var image = page.QuerySelector("[data-field=imageIds] [data-testid=media-option]")!.GetAttribute("value")!;
        fields["imageIds"] = image;
        page = await browser.SubmitAsync(page, "[data-testid=product-form]", fields);
        page.QuerySelector("[data-testid=product-saved]").ShouldNotBeNull();
        page.QuerySelector("[data-testid=product-status]")!.TextContent.ShouldBe(unreviewed);
        page.QuerySelector("[name='Form.MarketPriceYuan']")!.GetAttribute("value").ShouldBe("12.50");
        var product = await fixture.App.WithDbAsync(db => db.Set<Product>().SingleAsync(p => p.NameZh == $"台灯{language}"));
        product.MarketPriceFen.ShouldBe(1250);
        product.InReview.ShouldBeTrue();
        product.ContainsMap.ShouldBe(false);
        product.ImageIds.ShouldBe([long.Parse(image, System.Globalization.CultureInfo.InvariantCulture)]);
        var tag = await fixture.App.WithDbAsync(db => db.Set<ProductTagValue>().SingleAsync(t => t.ProductId == product.Id));
        tag.Value.ShouldBe("220V");

        var list = await browser.GetAsync("/enterprise/products?q=" + Uri.EscapeDataString($"台灯{language}"));
        list.QuerySelectorAll("[data-testid=product]").Select(e => e.GetAttribute("data-id")).ShouldBe([product.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        list = await browser.SubmitAsync(list, "[data-testid=batch-form]", new Dictionary<string, string> { ["ids"] = product.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["action"] = "delist" });
        list.QuerySelector("[data-testid=batch-results]")!.TextContent.ShouldContain(language == "en" ? "not listed" : "未上架");
    }

    [Fact]
    [Trait("Req", "CAT-5")]
    [Trait("Req", "CAT-3")]
    [Trait("Req", "X-3")]
    public async Task Admin_groups_hides_and_assigns_from_the_batch_bar_brings_earlier_products_over_and_exports_the_filtered_list()
    {
        var (_, enterpriseId) = await Payments.PaymentsKit.GiftedExhibitorAsync(fixture);
        var userName = await fixture.App.WithDbAsync(db => db.Users.Where(u => u.EnterpriseId == enterpriseId).Select(u => u.UserName!).FirstAsync());
        var (zoneId, _) = await ZoneOfAsync(fixture.App, "CCCME");
        var ids = await ListedAsync(fixture.App, enterpriseId, zoneId, 2, fixture.App.Clock.GetUtcNow(), "批量栏展品");
        var oldZone = await fixture.App.WithDbAsync(db => db.Set<Modules.Fairs.Zone>().Where(z => z.Code == "P1-17" && db.Set<Modules.Fairs.Session>().Any(s => s.Id == z.SessionId && s.Number == 136)).Select(z => z.Id).FirstAsync());
        await ListedAsync(fixture.App, enterpriseId, oldZone, 1, fixture.App.Clock.GetUtcNow().AddYears(-2), "往届茶壶");
        using var browser = new Browserless(fixture.App, "zh-CN");
        await browser.LoginAsync(userName);

        var page = await browser.GetAsync("/enterprise/products");
        page.QuerySelector("[data-testid=carry-over]")!.TextContent.ShouldContain("1");
        page = await browser.SubmitAsync(page, "[data-testid=carry-over]", new Dictionary<string, string>());
        page.QuerySelector("[data-testid=carried]")!.TextContent.ShouldContain("已带入 1 个展品");
        page.QuerySelector("[data-testid=carry-over]").ShouldBeNull();
        page.QuerySelector("[data-testid=product]:not([data-id='" + ids[0] + "']) [data-status=Delisted]").ShouldNotBeNull();

        page = await browser.SubmitAsync(page, "[data-testid='groups'] form", new Dictionary<string, string> { ["groupName"] = "锅具" });
        var groupId = page.QuerySelector("[data-testid=batch-group-select] option:not([value=''])")!.GetAttribute("value")!;
        page = await browser.SubmitAsync(page, "[data-testid=batch-form]", new Dictionary<string, string> { ["ids"] = ids[0].ToString(System.Globalization.CultureInfo.InvariantCulture), ["groupId"] = groupId, ["action"] = "group" });
        page.QuerySelector("[data-testid=batch-results]")!.TextContent.ShouldContain("已上架");
        page = await browser.SubmitAsync(page, "[data-testid=batch-form]", new Dictionary<string, string> { ["ids"] = ids[0].ToString(System.Globalization.CultureInfo.InvariantCulture), ["action"] = "hide" });
        var row = page.QuerySelector($"[data-testid=product][data-id='{ids[0]}']")!;
        row.QuerySelector("[data-testid=product-group]")!.TextContent.ShouldBe("锅具");
        row.QuerySelector("[data-testid=product-hidden]").ShouldNotBeNull();

        var api = await fixture.ClientAsAsync(userName);
        var csv = await api.GetAsync($"/enterprise/products/export?groupId={groupId}");
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF }); // BOM for Excel
        var lines = System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(2); // header + the one grouped product
        lines[1].ShouldStartWith(ids[0].ToString(System.Globalization.CultureInfo.InvariantCulture) + ",");
        lines[1].ShouldContain("否/No");
    }

    [Fact]
    [Trait("Req", "CAT-8")]
    [Trait("Req", "CAT-1")]
    public async Task Editor_pages_with_several_pickers_render_and_the_main_image_is_chosen_by_form_posts()
    {
        var (_, enterpriseId) = await Payments.PaymentsKit.GiftedExhibitorAsync(fixture);
        var userName = await fixture.App.WithDbAsync(db => db.Users.Where(u => u.EnterpriseId == enterpriseId).Select(u => u.UserName!).FirstAsync());
        var (zoneId, _) = await ZoneOfAsync(fixture.App, "CCCME");
        var first = await MediaAsync(fixture.App, enterpriseId);
        var second = await MediaAsync(fixture.App, enterpriseId);
        await MediaAsync(fixture.App, enterpriseId, Modules.Catalog.Media.MediaKind.Video);
        await MediaAsync(fixture.App, enterpriseId, Modules.Catalog.Media.MediaKind.Document);
        var id = await fixture.App.WithDbAsync(async db =>
        {
            var session = await db.Set<Modules.Fairs.Zone>().Where(z => z.Id == zoneId).Select(z => z.SessionId).FirstAsync();
            var p = new Product(enterpriseId, session, new ProductDetails(zoneId, "排序水壶", "Kettle", "", "", "厨具", null, null, null, null, null, null, false,
                ContainsMap: false, ImageIds: [first, second]), fixture.App.Clock.GetUtcNow());
            db.Add(p);
            await db.SaveChangesAsync();
            return p.Id;
        });
        using var browser = new Browserless(fixture.App, "en");
        await browser.LoginAsync(userName);

        // Several pickers on one static page (images, videos, map document) and the showcase editor's two: one library query each page.
        var page = await browser.GetAsync($"/enterprise/products/{id}");
        page.QuerySelectorAll("[data-testid=media-picker]").Length.ShouldBe(3);
        page.QuerySelectorAll("[data-field=videoIds] [data-testid=media-option]").Length.ShouldBe(1);
        (await browser.GetAsync("/enterprise/showcase")).QuerySelectorAll("[data-testid=media-picker]").Length.ShouldBe(2);

        string Checked(AngleSharp.Dom.IDocument d) => string.Join(",", d.QuerySelectorAll("[data-field=imageIds] [data-testid=media-option]")
            .Where(o => o.HasAttribute("checked")).Select(o => o.GetAttribute("value")));
        Checked(page).ShouldBe($"{first},{second}"); // PostgreSQL: the saved product's fields, not an empty form
        page.QuerySelector($"[data-testid=media-option-box][data-id='{first}'] [data-testid=media-main]").ShouldNotBeNull();

        // "Make main" re-renders the form with the new order and saves nothing; Save stores that order (CAT-8: the first is the main image).
        page = await browser.SubmitAsync(page, "[data-testid=product-form]", new Dictionary<string, string> { ["Form.ImageAction"] = $"main:{second}" });
        page.QuerySelector("[data-testid=order-not-saved]").ShouldNotBeNull();
        Checked(page).ShouldBe($"{second},{first}");
        page.QuerySelector($"[data-testid=media-option-box][data-id='{second}'] [data-testid=media-main]").ShouldNotBeNull();
        page.QuerySelector("[name='Form.NameZh']")!.GetAttribute("value").ShouldBe("排序水壶");
        (await fixture.App.WithDbAsync(db => db.Set<Product>().SingleAsync(p => p.Id == id))).ImageIds.ShouldBe([first, second]);
        page = await browser.SubmitAsync(page, "[data-testid=product-form]", new Dictionary<string, string> { ["Form.Submit"] = "false" });
        page.QuerySelector("[data-testid=product-saved]").ShouldNotBeNull();
        (await fixture.App.WithDbAsync(db => db.Set<Product>().SingleAsync(p => p.Id == id))).ImageIds.ShouldBe([second, first]);
        page = await browser.SubmitAsync(page, "[data-testid=product-form]", new Dictionary<string, string> { ["Form.ImageAction"] = $"down:{second}" });
        Checked(page).ShouldBe($"{first},{second}");
    }

    [Fact]
    [Trait("Req", "CAT-2")]
    public async Task Organizer_bans_and_unbans_a_product_from_the_console_with_a_reason()
    {
        var (_, enterpriseId) = await Payments.PaymentsKit.GiftedExhibitorAsync(fixture);
        var (zoneId, _) = await ZoneOfAsync(fixture.App, "CCCME");
        var id = (await ListedAsync(fixture.App, enterpriseId, zoneId, 1, fixture.App.Clock.GetUtcNow(), "封禁台灯"))[0];
        using var browser = new Browserless(fixture.App, "en");
        await browser.LoginAsync(DemoUsers.Organizer);
        var page = await browser.GetAsync("/console/products?q=" + Uri.EscapeDataString("封禁台灯"));
        page.QuerySelectorAll("[data-testid=console-product]").Length.ShouldBe(1);
        page = await browser.SubmitAsync(page, $"[data-testid=console-product][data-id='{id}'] form", new Dictionary<string, string> { ["reason"] = "" });
        page.QuerySelector(".alert-danger, [data-testid=problem]").ShouldNotBeNull();
        page = await browser.SubmitAsync(page, $"[data-testid=console-product][data-id='{id}'] form", new Dictionary<string, string> { ["reason"] = "Counterfeit" });
        page.QuerySelector("[data-testid=ban-done]")!.TextContent.ShouldContain("Banned");
        page.QuerySelector($"[data-testid=console-product][data-id='{id}'] [data-status=Banned]").ShouldNotBeNull();
        page = await browser.SubmitAsync(page, $"[data-testid=console-product][data-id='{id}'] form", new Dictionary<string, string>());
        page.QuerySelector("[data-testid=ban-done]")!.TextContent.ShouldContain("Delisted");
    }
}

[Trait("Provider", "sqlite")]
public sealed class ProductPagesTestsOnSqlite(AppFixture<SqliteDb> f) : ProductPagesTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class ProductPagesTestsOnPostgres(AppFixture<PostgresDb> f) : ProductPagesTests<PostgresDb>(f);

using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using FairHall.Modules.Catalog;
using FairHall.Modules.Fairs;
using FairHall.Tests.Accounts;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using static FairHall.Tests.Catalog.CatalogKit;
using static FairHall.Tests.Payments.PaymentsKit;

namespace FairHall.Tests.Catalog;

/// <summary>Products import from CSV (X-3): preview, row errors by line and field, drafts, zone scoping, refused files, 10,000 rows.</summary>
[Trait("Req", "X-3")]
[Trait("Req", "CAT-2")]
public abstract class ProductImportTests<TDb>(AppFixture<TDb> fixture, ITestOutputHelper output) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    private const string Header = "展区编号/ZoneCode,中文名称/NameZh,英文名称/NameEn,类别/Category,中文介绍/DescriptionZh,英文介绍/DescriptionEn,展台展品编码/OwnCode,品牌/Brand,产地/Origin,型号/Model,市场价(元)/MarketPrice,批发价(元)/WholesalePrice,起订量/MinimumOrder,新品/IsNew,含地图/ContainsMap,审图号/MapApprovalNo,参数标签/Tags";

    public sealed record IssueDto(int Line, string Field, string Message);

    public sealed record RowDto(int Line, List<string> Values, List<IssueDto> Issues);

    public sealed record ViewDto(
        long Id, string FileName, string Status, int Rows, int ProcessedRows, int ValidRows, int ErrorRows, int Created, string? Refused,
        List<RowDto> Preview, List<IssueDto> Errors, long? ElapsedMs, int Percent);

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string csv, string name = "products.csv")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", name);
        return await client.PostAsync("/api/v1/enterprise/products/imports", form);
    }

    private static async Task<ViewDto> PreviewAsync(HttpClient client, string csv)
    {
        var response = await UploadAsync(client, csv);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.ReadAsync<ViewDto>();
    }

    /// <summary>Starts the previewed import and waits for the background worker to finish it.</summary>
    private static async Task<ViewDto> ConfirmAsync(HttpClient client, long id)
    {
        var response = await client.PostJsonAsync($"/api/v1/enterprise/products/imports/{id}/start");
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var view = await (await client.GetAsync($"/api/v1/enterprise/products/imports/{id}")).ReadAsync<ViewDto>();
            if (view.Status is "Completed" or "Failed" || waited.Elapsed > TimeSpan.FromMinutes(3))
            {
                view.Status.ShouldBe("Completed");
                view.Percent.ShouldBe(100);
                return view;
            }

            await Task.Delay(100);
        }
    }

    private Task<string> CodeAsync(long zoneId) => fixture.App.WithDbAsync(db => db.Set<Zone>().Where(z => z.Id == zoneId).Select(z => z.Code).FirstAsync());

    private Task<List<Product>> ProductsAsync(long enterpriseId) =>
        fixture.App.WithDbAsync(db => db.Set<Product>().Include(p => p.Tags).Where(p => p.EnterpriseId == enterpriseId).OrderBy(p => p.Id).ToListAsync());

    [Fact]
    public async Task A_good_file_with_BOM_is_previewed_then_imported_as_drafts_with_its_fields()
    {
        var (client, enterpriseId) = await GiftedExhibitorAsync(fixture);
        var (zoneId, _) = await ZoneOfAsync(fixture.App, "CCCME");
        var code = await CodeAsync(zoneId);
        var (otherClient, otherId) = await GiftedExhibitorAsync(fixture);
        (await otherClient.PostJsonAsync("/api/v1/enterprise/products", Form(zoneId))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var before = await ProductsAsync(otherId);

        var csv = "\uFEFF" + Header + "\r\n"
            + $"{code},智能电饭煲,Smart rice cooker,家用电器,\"4 升, 预约\",4 L,RC-01,美厨,佛山,MC-4L,299.5,180,100 台,是,否,,\r\n"
            + $"{code.ToLowerInvariant()},炒锅,Wok,厨具,,,,,,,,,,no,no,,\r\n";
        var preview = await PreviewAsync(client, csv);
        preview.Refused.ShouldBeNull();
        (preview.Rows, preview.ValidRows, preview.ErrorRows, preview.Created).ShouldBe((2, 2, 0, 0));
        preview.Preview.Select(r => r.Line).ShouldBe([2, 3]);
        preview.Preview[0].Values[1].ShouldBe("智能电饭煲");
        (await ProductsAsync(enterpriseId)).ShouldBeEmpty(); // the preview writes nothing

        var result = await ConfirmAsync(client, preview.Id);
        result.Created.ShouldBe(2);
        var products = await ProductsAsync(enterpriseId);
        products.Count.ShouldBe(2);
        var cooker = products[0];
        (cooker.NameZh, cooker.NameEn, cooker.Category, cooker.DescriptionZh, cooker.DescriptionEn).ShouldBe(("智能电饭煲", "Smart rice cooker", "家用电器", "4 升, 预约", "4 L"));
        (cooker.OwnCode, cooker.Brand, cooker.Origin, cooker.Model, cooker.MinimumOrder).ShouldBe(("RC-01", "美厨", "佛山", "MC-4L", "100 台"));
        (cooker.MarketPriceFen, cooker.WholesalePriceFen, cooker.IsNew, cooker.ContainsMap, cooker.ZoneId).ShouldBe((29950L, 18000L, true, false, zoneId));
        products.ShouldAllBe(p => p.Status == ProductStatus.Unreviewed && p.SubmittedAt == null && p.ImageIds.Count == 0);
        (products[1].MarketPriceFen, products[1].IsNew).ShouldBe((null, false)); // empty price: 暂无报价

        // Imported once: the same upload cannot be imported twice; another enterprise's data is untouched.
        (await Problem.ReadAsync(await client.PostJsonAsync($"/api/v1/enterprise/products/imports/{preview.Id}/start"), HttpStatusCode.Conflict)).Code.ShouldBe("import_already_started");
        (await ProductsAsync(otherId)).Select(p => (p.Id, p.Version, p.NameZh)).ShouldBe(before.Select(p => (p.Id, p.Version, p.NameZh)));
        (await ProductsAsync(enterpriseId)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Broken_rows_without_BOM_are_reported_by_line_and_field_and_only_good_rows_are_created()
    {
        var (client, enterpriseId) = await GiftedExhibitorAsync(fixture);
        var (zoneId, _) = await ZoneOfAsync(fixture.App, "CCCME");
        var code = await CodeAsync(zoneId);
        var (choiceZone, tagName) = await fixture.App.WithDbAsync(async db =>
        {
            var session = await db.Set<Session>().Where(s => s.Number == 140).Select(s => s.Id).FirstAsync();
            return await db.Set<ZoneTag>().Where(t => t.Kind == ZoneTagKind.Choice && db.Set<Zone>().Any(z => z.Id == t.ZoneId && z.SessionId == session && z.IsActive))
                .Select(t => new { Code = db.Set<Zone>().Where(z => z.Id == t.ZoneId).Select(z => z.Code).First(), t.NameZh }).FirstAsync();
        }) is var x ? (x.Code, x.NameZh) : default;

        var csv = Header + "\n"
            + $"{code},,Cup,家居,,,,,,,,,,,否,,\n" // 2: missing Chinese name
            + "NO-SUCH,水杯,Cup,家居,,,,,,,,,,,否,,\n" // 3: unknown zone
            + $"{code},水杯,Cup,家居,,,,,,,12.345,abc,,,否,,\n" // 4: bad prices
            + $"{code},水杯,Cup,家居,,,,,,,-5,,,,否,,\n" // 5: negative price (the API's validator)
            + $"{choiceZone},水杯,Cup,家居,,,,,,,,,,,否,,{tagName}=不存在的选项\n" // 6: bad tag value
            + $"{code},水杯,Cup,家居,,,,,,,,,,,否,,颜色=红\n" // 7: tag the zone does not have
            + $"{code},水杯,Cup\n" // 8: wrong column count
            + $"{code},水杯,Cup,家居,,,,,,,,,,maybe,,,\n" // 9: bad yes/no, map unanswered
            + $"{code},好水杯,Good cup,家居,,,,,,,10,,,,否,,\n"; // 10: good
        var preview = await PreviewAsync(client, csv);
        (preview.Rows, preview.ValidRows, preview.ErrorRows).ShouldBe((9, 1, 8));
        var errors = preview.Errors.Select(e => (e.Line, e.Field)).ToList();
        errors.ShouldContain((2, "NameZh"));
        errors.ShouldContain((3, "ZoneCode"));
        errors.ShouldContain((4, "MarketPrice"));
        errors.ShouldContain((4, "WholesalePrice"));
        errors.ShouldContain((5, "MarketPrice"));
        errors.ShouldContain((6, "Tags"));
        errors.ShouldContain((7, "Tags"));
        errors.ShouldContain((8, "Row"));
        errors.ShouldContain((9, "IsNew"));
        errors.ShouldContain((9, "ContainsMap"));
        errors.ShouldNotContain(e => e.Line == 10);
        preview.Errors.ShouldAllBe(e => !string.IsNullOrWhiteSpace(e.Message));
        preview.Preview.Single(r => r.Line == 3).Issues.Single().Field.ShouldBe("ZoneCode");

        var result = await ConfirmAsync(client, preview.Id);
        (result.Created, result.ErrorRows).ShouldBe((1, 8));
        result.Errors.Select(e => (e.Line, e.Field)).ShouldBe(errors, ignoreOrder: true); // kept with the job, in the language of who started it
        result.Errors.ShouldAllBe(e => !string.IsNullOrWhiteSpace(e.Message));
        (await ProductsAsync(enterpriseId)).Select(p => p.NameZh).ShouldBe(["好水杯"]);
    }

    [Fact]
    public async Task A_file_missing_a_required_column_or_without_rows_is_refused_and_nothing_is_written()
    {
        var (client, enterpriseId) = await GiftedExhibitorAsync(fixture);
        var (zoneId, _) = await ZoneOfAsync(fixture.App, "CCCME");
        var code = await CodeAsync(zoneId);
        var missing = await PreviewAsync(client, "展区编号,中文名称,英文名称,含地图\n" + $"{code},水杯,Cup,否\n");
        missing.Status.ShouldBe("Failed");
        missing.Refused.ShouldNotBeNull().ShouldContain("Category");
        (await Problem.ReadAsync(await client.PostJsonAsync($"/api/v1/enterprise/products/imports/{missing.Id}/start"), HttpStatusCode.Conflict)).Code.ShouldBe("import_already_started");
        (await PreviewAsync(client, Header + "\n")).Refused.ShouldNotBeNull();
        (await Problem.ReadAsync(await client.PostJsonAsync("/api/v1/enterprise/products/imports/999999999/start"), HttpStatusCode.NotFound)).Code.ShouldBe("not_found");
        (await ProductsAsync(enterpriseId)).ShouldBeEmpty();

        using var empty = new MultipartFormDataContent { { new StringContent("x"), "other" } };
        (await Problem.ReadAsync(await client.PostAsync("/api/v1/enterprise/products/imports", empty), HttpStatusCode.BadRequest)).Code.ShouldBe("validation_failed");
    }

    [Fact]
    [Trait("Req", "CAT-1")]
    public async Task An_incomplete_showcase_cannot_import()
    {
        var (_, userName, _) = await Onboarding.OnboardingApi.NewExhibitorAsync(fixture.App, "GZ");
        var client = await fixture.ClientAsAsync(userName);
        var (zoneId, _) = await ZoneOfAsync(fixture.App, "CCCME");
        var csv = Header + "\n" + $"{await CodeAsync(zoneId)},水杯,Cup,家居,,,,,,,,,,,否,,\n";
        (await Problem.ReadAsync(await UploadAsync(client, csv), (HttpStatusCode)422)).Code.ShouldBe("showcase_incomplete");
    }

    [Fact]
    [Trait("Req", "ACC-5")]
    public async Task A_sub_account_imports_only_into_its_bound_zones_and_a_stranger_cannot_use_its_upload()
    {
        var staff = await fixture.ClientAsAsync(DemoUsers.ExhibitorStaff);
        var (bound, enterpriseId) = await fixture.App.WithDbAsync(async db =>
        {
            var user = await db.Users.Where(u => u.UserName == DemoUsers.ExhibitorStaff).Select(u => new { u.Id, u.EnterpriseId }).FirstAsync();
            return (await db.Set<Modules.Accounts.AccountZone>().Where(z => z.UserId == user.Id).Select(z => z.ZoneId).ToListAsync(), user.EnterpriseId!.Value);
        });
        var (boundZone, tags) = await fixture.App.WithDbAsync(async db =>
        {
            var zone = await db.Set<Zone>().Where(z => bound.Contains(z.Id)).OrderBy(z => z.Id).FirstAsync();
            var required = await db.Set<ZoneTag>().Where(t => t.ZoneId == zone.Id && t.Required).ToListAsync();
            return (zone.Code, string.Join(";", required.Select(t => $"{t.NameZh}={(t.Kind == ZoneTagKind.Choice ? t.OptionsEn[0] : "12 个月")}")));
        });
        var unbound = await fixture.App.WithDbAsync(db => db.Set<Zone>().Where(z => z.IsActive && !bound.Contains(z.Id) && db.Set<Session>().Any(s => s.Id == z.SessionId && s.Number == 140))
            .Select(z => z.Code).FirstAsync());
        var stamp = Guid.NewGuid().ToString("N")[..8];
        var csv = Header + "\n" + $"{unbound},越界{stamp},Out,家居,,,,,,,,,,,否,,\n" + $"{boundZone},本区{stamp},In,家居,,,,,,,,,,,否,,\"{tags}\"\n";
        var preview = await PreviewAsync(staff, csv);
        preview.Errors.Select(e => (e.Line, e.Field)).ShouldBe([(2, "ZoneCode")]);

        var (stranger, _) = await GiftedExhibitorAsync(fixture);
        (await stranger.PostJsonAsync($"/api/v1/enterprise/products/imports/{preview.Id}/start")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"/api/v1/enterprise/products/imports/{preview.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var organizer = await fixture.ClientAsAsync(DemoUsers.Organizer); // not an eligibility import either
        (await organizer.GetAsync($"/api/v1/eligibility/imports/{preview.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await ConfirmAsync(staff, preview.Id)).Created.ShouldBe(1); // the background run acts as the sub-account: its zones, its audit name
        var names = await fixture.App.WithDbAsync(db => db.Set<Product>().Where(p => p.EnterpriseId == enterpriseId && p.NameZh.EndsWith(stamp)).Select(p => p.NameZh).ToListAsync());
        names.ShouldBe([$"本区{stamp}"]);
    }

    [Fact]
    public async Task Ten_thousand_rows_all_arrive()
    {
        var (client, enterpriseId) = await GiftedExhibitorAsync(fixture);
        var (zoneId, _) = await ZoneOfAsync(fixture.App, "CCCME");
        var code = await CodeAsync(zoneId);
        var csv = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < 10_000; i++)
        {
            csv.Append(code).Append(",展品").Append(i).Append(",Item ").Append(i).Append(",家居,介绍,Intro,C").Append(i).Append(",牌,广州,M1,").Append(i % 500).Append(".5,,10,否,否,,\n");
        }

        var preview = await PreviewAsync(client, csv.ToString());
        (preview.Rows, preview.ValidRows).ShouldBe((10_000, 10_000));
        var watch = Stopwatch.StartNew();
        var result = await ConfirmAsync(client, preview.Id);
        watch.Stop();
        result.Created.ShouldBe(10_000);
        output.WriteLine($"X-3 import of 10,000 products on {typeof(TDb).Name}: {result.ElapsedMs} ms in the background job, {watch.ElapsedMilliseconds} ms from start to seeing it completed.");
        var stored = await fixture.App.WithDbAsync(db => db.Set<Product>().Where(p => p.EnterpriseId == enterpriseId).Select(p => p.OwnCode).ToListAsync());
        stored.Count.ShouldBe(10_000);
        stored.Distinct().Count().ShouldBe(10_000);
    }
}

[Trait("Provider", "sqlite")]
public sealed class ProductImportTestsOnSqlite(AppFixture<SqliteDb> f, ITestOutputHelper o) : ProductImportTests<SqliteDb>(f, o);

[Trait("Provider", "postgres")]
public sealed class ProductImportTestsOnPostgres(AppFixture<PostgresDb> f, ITestOutputHelper o) : ProductImportTests<PostgresDb>(f, o);

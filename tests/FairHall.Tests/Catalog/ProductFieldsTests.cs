using System.Net;
using System.Net.Http.Json;
using FairHall.Modules.Catalog.Media;
using FairHall.Modules.Fairs;
using FairHall.Tests.Accounts;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FairHall.Tests.Catalog.CatalogKit;
using static FairHall.Tests.Payments.PaymentsKit;

namespace FairHall.Tests.Catalog;

/// <summary>The product fields of CAT-4/5/8: limits, the map declaration, and zone parameter tags valid only for the product's zone.</summary>
public abstract class ProductFieldsTests<TDb>(AppFixture<TDb> fixture) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    private static Dictionary<string, object?> Body(long zoneId) => new()
    {
        ["zoneId"] = zoneId,
        ["nameZh"] = "保温杯",
        ["nameEn"] = "Vacuum flask",
        ["descriptionZh"] = "双层",
        ["descriptionEn"] = "Double wall",
        ["category"] = "家居",
        ["containsMap"] = false,
    };

    private async Task<Problem> RefusedAsync(HttpClient client, Dictionary<string, object?> body) =>
        await Problem.ReadAsync(await client.PostJsonAsync("/api/v1/enterprise/products", body), HttpStatusCode.BadRequest);

    [Fact]
    [Trait("Req", "CAT-8")]
    public async Task Name_own_code_intro_brand_and_media_counts_have_their_limits()
    {
        var (client, _) = await GiftedExhibitorAsync(fixture);
        var (zoneId, _) = await ZoneOfAsync(fixture.App, "CCCME");
        var body = Body(zoneId);
        body["nameZh"] = new string('杯', 101);
        body["ownCode"] = new string('C', 31);
        body["descriptionEn"] = new string('x', 501);
        body["brand"] = new string('b', 51);
        body["imageIds"] = new long[] { 1, 2, 3, 4, 5, 6 };
        body["videoIds"] = new long[] { 7, 8, 9 };
        var problem = await RefusedAsync(client, body);
        problem.Errors!.Keys.ShouldBe(["NameZh", "OwnCode", "DescriptionEn", "Brand", "ImageIds", "VideoIds"], ignoreOrder: true);

        body = Body(zoneId);
        body["nameZh"] = new string('杯', 100);
        body["ownCode"] = new string('C', 30);
        body["descriptionZh"] = new string('介', 500);
        var created = await client.PostJsonAsync("/api/v1/enterprise/products", body);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await created.ReadAsync<Dictionary<string, object>>())["ownCode"].ToString().ShouldBe(new string('C', 30));
    }

    [Fact]
    [Trait("Req", "CAT-4")]
    public async Task Contains_a_map_must_be_answered_and_yes_needs_the_approval_number_and_document()
    {
        var (client, enterpriseId) = await GiftedExhibitorAsync(fixture);
        var (_, strangerId) = await GiftedExhibitorAsync(fixture);
        var (zoneId, _) = await ZoneOfAsync(fixture.App, "CCCME");
        var body = Body(zoneId);
        body.Remove("containsMap");
        (await RefusedAsync(client, body)).Errors!.Keys.ShouldBe(["ContainsMap"]);

        body["containsMap"] = true;
        (await RefusedAsync(client, body)).Errors!.Keys.ShouldBe(["MapApprovalNo", "MapDocumentId"], ignoreOrder: true);

        body["mapApprovalNo"] = "GS(2026)1234号";
        body["mapDocumentId"] = await MediaAsync(fixture.App, strangerId, MediaKind.Document);
        (await RefusedAsync(client, body)).Errors!.Keys.ShouldBe(["MapDocumentId"]); // another enterprise's file
        body["mapDocumentId"] = await MediaAsync(fixture.App, enterpriseId, MediaKind.Document);
        var created = await client.PostJsonAsync("/api/v1/enterprise/products", body);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var product = await created.ReadAsync<Dictionary<string, object>>();
        product["containsMap"].ToString().ShouldBe("True", StringCompareShould.IgnoreCase);
        product["mapApprovalNo"].ToString().ShouldBe("GS(2026)1234号");

        // Answering "no" afterwards drops the approval data.
        body["containsMap"] = false;
        body["version"] = long.Parse(product["version"].ToString()!, System.Globalization.CultureInfo.InvariantCulture);
        var edited = await (await client.PutAsJsonAsync($"/api/v1/enterprise/products/{product["id"]}", body)).ReadAsync<Dictionary<string, object?>>();
        edited["mapApprovalNo"].ShouldBeNull();
        edited["mapDocumentId"].ShouldBeNull();
    }

    [Fact]
    [Trait("Req", "CAT-5")]
    public async Task Tags_are_values_of_the_zones_own_tags_and_required_ones_must_be_filled()
    {
        var (client, _) = await GiftedExhibitorAsync(fixture);
        var (elec, other) = await fixture.App.WithDbAsync(async db =>
        {
            var session = await db.Set<Session>().Where(s => s.Number == 140).Select(s => s.Id).FirstAsync();
            var zones = await db.Set<Zone>().Include(z => z.Tags).Where(z => z.SessionId == session && z.IsActive && z.Tags.Any()).OrderBy(z => z.Id).ToListAsync();
            var withVoltage = zones.First(z => z.Tags.Any(t => t.NameEn == "Voltage"));
            var different = zones.First(z => z.Tags.All(t => t.NameEn != "Voltage"));
            return (withVoltage, different);
        });
        var voltage = elec.Tags.Single(t => t.NameEn == "Voltage");
        var power = elec.Tags.Single(t => t.NameEn == "Power");
        var foreign = other.Tags[0];

        var body = Body(elec.Id);
        (await RefusedAsync(client, body)).Errors!.Keys.ShouldBe([$"Tags[{voltage.Id}]"]);

        body["tags"] = new object[] { new { tagId = voltage.Id, value = "380V" }, new { tagId = foreign.Id, value = "x" } };
        (await RefusedAsync(client, body)).Errors!.Keys.ShouldBe([$"Tags[{voltage.Id}]", $"Tags[{foreign.Id}]"], ignoreOrder: true);

        body["tags"] = new object[] { new { tagId = power.Id, value = new string('w', 101) }, new { tagId = voltage.Id, value = "220V" } };
        (await RefusedAsync(client, body)).Errors!.Keys.ShouldBe([$"Tags[{power.Id}]"]);

        body["tags"] = new object[] { new { tagId = voltage.Id, value = "110–240V" }, new { tagId = power.Id, value = "1500W" } };
        var created = await client.PostJsonAsync("/api/v1/enterprise/products", body);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var product = await created.ReadAsync<TaggedDto>();
        product.Tags.ShouldBe([new TagDto(voltage.Id, "110–240V"), new TagDto(power.Id, "1500W")], ignoreOrder: true);

        // Moving the product to another zone without its tags is refused: the old zone's tags are not the new zone's.
        body["zoneId"] = other.Id;
        body["version"] = product.Version;
        var moved = await Problem.ReadAsync(await client.PutAsJsonAsync($"/api/v1/enterprise/products/{product.Id}", body), HttpStatusCode.BadRequest);
        moved.Errors!.Keys.ShouldContain($"Tags[{voltage.Id}]");
    }

    [Fact]
    [Trait("Req", "CAT-5")]
    public async Task A_choice_given_in_English_is_kept_as_the_Chinese_option()
    {
        var (client, _) = await GiftedExhibitorAsync(fixture);
        var zone = await fixture.App.WithDbAsync(db => db.Set<Zone>().Include(z => z.Tags)
            .Where(z => z.IsActive && z.Tags.Any(t => t.NameEn == "Light source")).OrderBy(z => z.Id).FirstAsync());
        var source = zone.Tags.Single(t => t.NameEn == "Light source");
        var body = Body(zone.Id);
        body["tags"] = new object[] { new { tagId = source.Id, value = "fluorescent" } };
        var created = await client.PostJsonAsync("/api/v1/enterprise/products", body);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await created.ReadAsync<TaggedDto>()).Tags.ShouldBe([new TagDto(source.Id, "荧光")]);
    }

    [Fact]
    [Trait("Req", "CAT-8")]
    [Trait("Req", "CAT-5")]
    public async Task Images_and_videos_are_media_of_the_same_enterprise_and_kind_and_used_media_is_in_use()
    {
        var (client, enterpriseId) = await GiftedExhibitorAsync(fixture);
        var (_, strangerId) = await GiftedExhibitorAsync(fixture);
        var (zoneId, _) = await ZoneOfAsync(fixture.App, "CCCME");
        var main = await MediaAsync(fixture.App, enterpriseId);
        var second = await MediaAsync(fixture.App, enterpriseId);
        var video = await MediaAsync(fixture.App, enterpriseId, MediaKind.Video);
        var big = await MediaAsync(fixture.App, enterpriseId, size: 2 * 1024 * 1024 + 1);
        var theirs = await MediaAsync(fixture.App, strangerId);
        var unused = await MediaAsync(fixture.App, enterpriseId);

        var body = Body(zoneId);
        body["imageIds"] = new[] { main, theirs };
        body["videoIds"] = new[] { main };
        (await RefusedAsync(client, body)).Errors!.Keys.ShouldBe(["ImageIds", "VideoIds"], ignoreOrder: true);
        body["imageIds"] = new[] { big };
        body["videoIds"] = new[] { video };
        (await RefusedAsync(client, body)).Errors!.Keys.ShouldBe(["ImageIds"]);

        body["imageIds"] = new[] { second, main };
        var created = await client.PostJsonAsync("/api/v1/enterprise/products", body);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var product = await created.ReadAsync<MediaDto>();
        product.ImageIds.ShouldBe([second, main]); // the first is the main image
        product.VideoIds.ShouldBe([video]);

        await using var scope = fixture.App.Services.CreateAsyncScope();
        var usages = scope.ServiceProvider.GetServices<IMediaUsage>().ToList();
        usages.ShouldContain(u => u.GetType().Name == "ProductMediaUsage");
        foreach (var id in new[] { main, video })
        {
            (await AnyInUseAsync(usages, id)).ShouldBeTrue();
        }

        (await AnyInUseAsync(usages, unused)).ShouldBeFalse();
    }

    [Fact]
    [Trait("Req", "CAT-8")]
    [Trait("Req", "X-1")]
    public async Task Rich_description_is_sanitized_on_save_and_limited_to_1500_characters_of_text()
    {
        var (client, _) = await GiftedExhibitorAsync(fixture);
        var (zoneId, _) = await ZoneOfAsync(fixture.App, "CCCME");
        var body = Body(zoneId);
        body["richDescriptionZh"] = "<p onclick=\"x()\">好<b>杯</b><script>alert(1)</script><img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">链接</a></p>";
        body["richDescriptionEn"] = "<p>" + new string('w', 1500) + "</p>";
        var created = await client.PostJsonAsync("/api/v1/enterprise/products", body);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var product = await created.ReadAsync<Dictionary<string, object>>();
        var html = product["richDescriptionZh"].ToString()!;
        html.ShouldContain("<b>杯</b>");
        html.ShouldNotContain("script", Case.Insensitive);
        html.ShouldNotContain("onerror", Case.Insensitive);
        html.ShouldNotContain("onclick", Case.Insensitive);
        html.ShouldNotContain("javascript:", Case.Insensitive);

        body["richDescriptionEn"] = "<p>" + new string('w', 1501) + "</p>";
        (await RefusedAsync(client, body)).Errors!.Keys.ShouldBe(["RichDescriptionEn"]);
    }

    [Fact]
    [Trait("Req", "ACC-5")]
    public async Task The_admin_acts_only_in_the_zones_its_enabled_qualification_names()
    {
        var (client, enterpriseId) = await GiftedExhibitorAsync(fixture);
        var (qualified, _) = await ZoneOfAsync(fixture.App, "CCCME");
        var other = await fixture.App.WithDbAsync(db => db.Set<Zone>().Where(z => z.IsActive && z.Id != qualified && z.SessionId == db.Set<Zone>().First(x => x.Id == qualified).SessionId
            && !z.Tags.Any(t => t.Required)).OrderBy(z => z.Id).Select(z => z.Id).FirstAsync());
        var sessionId = await CurrentSessionIdAsync(fixture.App);
        await fixture.App.WithDbAsync(async db =>
        {
            var file = new Modules.Exhibitors.Onboarding.OnboardingFile { EnterpriseId = enterpriseId, Purpose = "licence", FileName = "l.pdf", ContentType = "application/pdf", StoragePath = "x", Sha256 = "x", UploadedAt = fixture.App.Clock.GetUtcNow() };
            db.Add(file);
            await db.SaveChangesAsync();
            var details = new Modules.Exhibitors.Onboarding.QualificationDetails("资质企业", "Qualified", Onboarding.OnboardingApi.ValidCreditCode((int)enterpriseId), file.Id, "广东省广州市", [qualified],
                Modules.Exhibitors.Onboarding.TaxpayerType.General, true, false, null);
            var q = new Modules.Exhibitors.Onboarding.Qualification(enterpriseId, sessionId, details, fixture.App.Clock.GetUtcNow());
            q.Approve(fixture.App.Clock.GetUtcNow()).ShouldBeNull();
            db.Add(q);
            await db.SaveChangesAsync();
        });

        (await Problem.ReadAsync(await client.PostJsonAsync("/api/v1/enterprise/products", Body(other)), HttpStatusCode.Forbidden)).Code.ShouldBe("zone_not_qualified");
        (await client.PostJsonAsync("/api/v1/enterprise/products", Body(qualified))).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    private static async Task<bool> AnyInUseAsync(IEnumerable<IMediaUsage> usages, long id)
    {
        foreach (var u in usages)
        {
            if (await u.IsInUseAsync(id, CancellationToken.None))
            {
                return true;
            }
        }

        return false;
    }

    public sealed record MediaDto(long Id, List<long> ImageIds, List<long> VideoIds);

    public sealed record TagDto(long TagId, string Value);

    public sealed record TaggedDto(long Id, long Version, List<TagDto> Tags);
}

[Trait("Provider", "sqlite")]
public sealed class ProductFieldsTestsOnSqlite(AppFixture<SqliteDb> f) : ProductFieldsTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class ProductFieldsTestsOnPostgres(AppFixture<PostgresDb> f) : ProductFieldsTests<PostgresDb>(f);

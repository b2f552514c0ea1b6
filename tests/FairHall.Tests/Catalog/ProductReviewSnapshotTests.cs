using System.Net;
using FairHall.Modules.Catalog.Media;
using FairHall.Modules.Fairs;
using FairHall.Tests.Accounts;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FairHall.Tests.Catalog.CatalogKit;
using static FairHall.Tests.Payments.PaymentsKit;

namespace FairHall.Tests.Catalog;

/// <summary>What the association reviewer sees for a submitted product: every field it judges, images as thumbnails (main first), sanitized rich text.</summary>
[Trait("Req", "CAT-3")]
public abstract class ProductReviewSnapshotTests<TDb>(AppFixture<TDb> fixture) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    [Fact]
    [Trait("Req", "CAT-4")]
    [Trait("Req", "CAT-5")]
    [Trait("Req", "CAT-8")]
    [Trait("Req", "X-1")]
    public async Task Reviewer_detail_shows_code_zone_tags_images_videos_map_prices_and_sanitized_rich_text()
    {
        var (client, enterpriseId) = await GiftedExhibitorAsync(fixture);
        // A zone of the current session with parameter tags and one reviewing association.
        var (zoneId, associationId, tag) = await fixture.App.WithDbAsync(async db =>
        {
            var session = await db.Set<Session>().Where(s => s.Number == 140).Select(s => s.Id).FirstAsync();
            var zone = await db.Set<Zone>().Include(z => z.Tags).Include(z => z.Associations)
                .Where(z => z.SessionId == session && z.IsActive && z.Associations.Count == 1 && z.Tags.Any()).OrderBy(z => z.Id).FirstAsync();
            return (zone.Id, zone.Associations[0].AssociationId, zone.Tags.OrderBy(t => t.SortOrder).First());
        });
        var main = await MediaAsync(fixture.App, enterpriseId);
        var second = await MediaAsync(fixture.App, enterpriseId);
        var video = await MediaAsync(fixture.App, enterpriseId, MediaKind.Video);
        var document = await MediaAsync(fixture.App, enterpriseId, MediaKind.Document);
        var urls = await fixture.App.WithDbAsync(db => db.Set<MediaAsset>().Where(a => a.EnterpriseId == enterpriseId).ToDictionaryAsync(a => a.Id, a => a.Url));
        var tags = (await RequiredTagsAsync(fixture.App, zoneId)).ToList();
        if (!tag.Required)
        {
            tags.Add(new { tagId = tag.Id, value = tag.Kind == ZoneTagKind.Choice ? tag.OptionsZh[0] : "12 个月" });
        }

        var value = tag.Kind == ZoneTagKind.Choice ? tag.OptionsZh[0] : "12 个月";
        var form = new
        {
            zoneId,
            nameZh = "审核快照水壶",
            nameEn = "Snapshot kettle",
            category = "厨具",
            ownCode = "SNAP-01",
            marketPriceFen = 12900,
            wholesalePriceFen = 9900,
            containsMap = true,
            mapApprovalNo = "GS(2026)1234",
            mapDocumentId = document,
            imageIds = new[] { second, main },
            videoIds = new[] { video },
            tags,
            richDescriptionZh = "<p>双层<b>保温</b></p><script>alert(1)</script><img src=x onerror=alert(2)>",
        };
        var created = await client.PostJsonAsync("/api/v1/enterprise/products?submit=true", form);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var product = await created.ReadAsync<ProductDto>();
        var reviewId = await ReviewIdAsync(fixture.App, product.Id);

        using var browser = new Browserless(fixture.App, "en");
        await browser.LoginAsync(await AssociationReviewerAsync(fixture.App, associationId));
        var page = await browser.GetAsync($"/review/{reviewId}");
        page.QuerySelector("[data-testid=field-OwnCode]")!.TextContent.ShouldBe("SNAP-01");
        page.QuerySelector("[data-testid=field-Zone]")!.TextContent.ShouldNotBeNullOrWhiteSpace();
        page.QuerySelector("[data-testid=field-Category]")!.TextContent.ShouldBe("厨具");
        page.QuerySelector("[data-testid=field-Tags]")!.TextContent.ShouldContain($"{tag.NameZh} / {tag.NameEn}: {value}");
        var images = page.QuerySelectorAll("[data-testid=field-Images] [data-testid=snapshot-media] img").Select(i => i.GetAttribute("src")).ToList();
        images.ShouldBe([urls[second], urls[main]]); // the stored order: the first is the main image
        page.QuerySelector("[data-testid=field-Images] .badge")!.TextContent.ShouldBe("Main");
        page.QuerySelectorAll("[data-testid=field-Videos] video").Select(v => v.GetAttribute("src")).ShouldBe([urls[video] + "#t=0.1"]);
        page.QuerySelector("[data-testid=field-ContainsMap]")!.TextContent.ShouldContain("GS(2026)1234");
        page.QuerySelector("[data-testid=field-MapDocument] a")!.GetAttribute("href").ShouldBe(urls[document]);
        page.QuerySelector("[data-testid=field-MarketPrice]")!.TextContent.ShouldBe("¥129.00");
        page.QuerySelector("[data-testid=field-WholesalePrice]")!.TextContent.ShouldBe("¥99.00");
        var rich = page.QuerySelector("[data-testid=field-RichDescriptionZh] [data-testid=snapshot-html]")!;
        rich.QuerySelector("b")!.TextContent.ShouldBe("保温");
        rich.InnerHtml.ShouldNotContain("script");
        rich.InnerHtml.ShouldNotContain("onerror");
    }
}

[Trait("Provider", "sqlite")]
public sealed class ProductReviewSnapshotTestsOnSqlite(AppFixture<SqliteDb> f) : ProductReviewSnapshotTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class ProductReviewSnapshotTestsOnPostgres(AppFixture<PostgresDb> f) : ProductReviewSnapshotTests<PostgresDb>(f);

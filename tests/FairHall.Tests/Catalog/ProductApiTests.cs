using System.Net;
using System.Net.Http.Json;
using FairHall.Modules.Catalog;
using FairHall.Tests.Accounts;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FairHall.Tests.Catalog.CatalogKit;
using static FairHall.Tests.Payments.PaymentsKit;

namespace FairHall.Tests.Catalog;

/// <summary>Products through the API: drafts, association review and listing, edits, batch, delete, copy, access and the quota race.</summary>
[Trait("Req", "CAT-2")]
public abstract class ProductApiTests<TDb>(AppFixture<TDb> fixture) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    private async Task<ProductDto> CreateAsync(HttpClient client, long zoneId, bool submit, long? image = null)
    {
        var response = await client.PostJsonAsync($"/api/v1/enterprise/products?submit={(submit ? "true" : "false")}", Form(zoneId, images: image is { } i ? [i] : null));
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return await response.ReadAsync<ProductDto>();
    }

    [Fact]
    [Trait("Req", "CAT-3")]
    [Trait("Req", "X-1")]
    public async Task Association_of_the_zone_approves_and_the_new_product_is_listed_others_see_404()
    {
        var (client, enterpriseId) = await GiftedExhibitorAsync(fixture);
        var (zoneId, associationId) = await ZoneOfAsync(fixture.App, "CCCME");
        var draft = await CreateAsync(client, zoneId, submit: false);
        draft.IsDraft.ShouldBeTrue();
        draft.ShowsNewTag.ShouldBeTrue();
        // CAT-5/8: a draft may lack images, but it goes to the association only with at least one.
        (await Problem.ReadAsync(await client.PostJsonAsync($"/api/v1/enterprise/products/{draft.Id}/submit"), (HttpStatusCode)422)).Code.ShouldBe("product_image_required");
        var image = await MediaAsync(fixture.App, enterpriseId);
        (await client.PutAsJsonAsync($"/api/v1/enterprise/products/{draft.Id}", Form(zoneId, images: [image]))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var submitted = await (await client.PostJsonAsync($"/api/v1/enterprise/products/{draft.Id}/submit")).ReadAsync<ProductDto>();
        submitted.InReview.ShouldBeTrue();

        var reviewId = await ReviewIdAsync(fixture.App, draft.Id);
        var other = await fixture.ClientAsAsync(DemoUsers.Association); // CCCLA
        (await Problem.ReadAsync(await other.GetAsync($"/api/v1/reviews/{reviewId}"), HttpStatusCode.NotFound)).Code.ShouldBe("not_found");
        (await Problem.ReadAsync(await other.PostJsonAsync($"/api/v1/reviews/{reviewId}/approve", new { }), HttpStatusCode.NotFound)).Code.ShouldBe("not_found");

        var reviewer = await fixture.ClientAsAsync(await AssociationReviewerAsync(fixture.App, associationId));
        (await reviewer.PostJsonAsync($"/api/v1/reviews/{reviewId}/approve", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var listed = await (await client.GetAsync($"/api/v1/enterprise/products/{draft.Id}")).ReadAsync<ProductDto>();
        listed.Status.ShouldBe("Listed");
        listed.ListedAt.ShouldNotBeNull();

        // CAT-2: an edit of a listed product leaves the public and waits for review again.
        var edited = await (await client.PutAsJsonAsync($"/api/v1/enterprise/products/{draft.Id}", Form(zoneId, "改名水杯", images: [image]))).ReadAsync<ProductDto>();
        edited.Status.ShouldBe("UpdatedUnreviewed");
        edited.ListedAt.ShouldBeNull();
        (await Problem.ReadAsync(await client.PostJsonAsync($"/api/v1/enterprise/products/{draft.Id}/list"), (HttpStatusCode)422)).Code.ShouldBe("product_not_approved");
        var round2 = await ReviewIdAsync(fixture.App, draft.Id);
        round2.ShouldNotBe(reviewId);
        (await reviewer.PostJsonAsync($"/api/v1/reviews/{round2}/reject", new { reason = "图片不清晰" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var rejected = await (await client.GetAsync($"/api/v1/enterprise/products/{draft.Id}")).ReadAsync<ProductDto>();
        rejected.Status.ShouldBe("NeedsRectification");
        rejected.StatusReason.ShouldBe("图片不清晰");
    }

    [Fact]
    [Trait("Req", "PKG-2")]
    [Trait("Req", "CAT-3")]
    public async Task Approval_with_the_quota_full_leaves_the_product_approved_with_the_reason()
    {
        var (client, enterpriseId) = await GiftedExhibitorAsync(fixture);
        var (zoneId, associationId) = await ZoneOfAsync(fixture.App, "CCCME");
        await ArrangeAsync(fixture.App, enterpriseId, zoneId, listed: 10, approved: 0);
        var product = await CreateAsync(client, zoneId, submit: true, await MediaAsync(fixture.App, enterpriseId));
        var reviewer = await fixture.ClientAsAsync(await AssociationReviewerAsync(fixture.App, associationId));
        (await reviewer.PostJsonAsync($"/api/v1/reviews/{await ReviewIdAsync(fixture.App, product.Id)}/approve", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var approved = await (await client.GetAsync($"/api/v1/enterprise/products/{product.Id}")).ReadAsync<ProductDto>();
        approved.Status.ShouldBe("Approved");
        approved.StatusReason.ShouldNotBeNullOrEmpty();
        (await Problem.ReadAsync(await client.PostJsonAsync($"/api/v1/enterprise/products/{product.Id}/list"), (HttpStatusCode)422)).Code.ShouldBe("product_quota_exceeded");
    }

    [Fact]
    [Trait("Req", "PKG-7")]
    [Trait("Req", "PKG-2")]
    public async Task Twenty_concurrent_listings_for_one_free_slot_list_exactly_one()
    {
        var (client, enterpriseId) = await GiftedExhibitorAsync(fixture);
        var (zoneId, _) = await ZoneOfAsync(fixture.App, "CCCME");
        var ids = await ArrangeAsync(fixture.App, enterpriseId, zoneId, listed: 9, approved: 20);
        var clients = await Task.WhenAll(ids.Select(_ => Task.FromResult(client)));
        var responses = await Task.WhenAll(ids.Select((id, i) => clients[i].PostJsonAsync($"/api/v1/enterprise/products/{id}/list")));
        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        responses.Count(r => (int)r.StatusCode is 422 or 409).ShouldBe(19);
        var listedCount = await fixture.App.WithDbAsync(db => db.Set<Product>().CountAsync(p => p.EnterpriseId == enterpriseId && p.Status == ProductStatus.Listed));
        listedCount.ShouldBe(10);
    }

    [Fact]
    public async Task Batch_delist_and_list_answer_per_product_delete_copy_and_filters()
    {
        var (client, enterpriseId) = await GiftedExhibitorAsync(fixture);
        var (zoneId, _) = await ZoneOfAsync(fixture.App, "CCCME");
        var approved = await ArrangeAsync(fixture.App, enterpriseId, zoneId, listed: 0, approved: 3);
        var draft = await CreateAsync(client, zoneId, submit: false);

        var listed = await (await client.PostJsonAsync("/api/v1/enterprise/products/batch/list", new { ids = approved.Append(draft.Id).ToArray() })).ReadAsync<BatchDto>();
        listed.Items.Count(i => i.Ok).ShouldBe(3);
        listed.Items.Single(i => i.Id == draft.Id).Code.ShouldBe("product_not_approved");
        var delisted = await (await client.PostJsonAsync("/api/v1/enterprise/products/batch/delist", new { ids = new[] { approved[0], approved[1], draft.Id } })).ReadAsync<BatchDto>();
        delisted.Items.Select(i => i.Ok).ShouldBe([true, true, false]);

        var page = await (await client.GetAsync("/api/v1/enterprise/products?status=Delisted&limit=1")).ReadAsync<PageDto>();
        page.Items.Count.ShouldBe(1);
        page.Next.ShouldNotBeNull();
        var rest = await (await client.GetAsync($"/api/v1/enterprise/products?status=Delisted&limit=1&after={page.Next}")).ReadAsync<PageDto>();
        rest.Items.Single().Id.ShouldNotBe(page.Items[0].Id);
        (await (await client.GetAsync("/api/v1/enterprise/products?q=水杯")).ReadAsync<PageDto>()).Items.Select(p => p.Id).ShouldBe([draft.Id]);

        var copy = await (await client.PostJsonAsync($"/api/v1/enterprise/products/{approved[2]}/copy")).ReadAsync<ProductDto>();
        copy.IsDraft.ShouldBeTrue();
        (await client.DeleteAsync($"/api/v1/enterprise/products/{copy.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await fixture.App.WithDbAsync(async db =>
        {
            var p = await db.Set<Product>().SingleAsync(x => x.Id == approved[2]);
            p.Ban("违规", fixture.App.Clock.GetUtcNow()).ShouldBeNull();
            await db.SaveChangesAsync();
        });
        (await Problem.ReadAsync(await client.DeleteAsync($"/api/v1/enterprise/products/{approved[2]}"), (HttpStatusCode)422)).Code.ShouldBe("product_banned");
        (await Problem.ReadAsync(await client.PutAsJsonAsync($"/api/v1/enterprise/products/{approved[2]}", Form(zoneId)), (HttpStatusCode)422)).Code.ShouldBe("product_banned");
    }

    [Fact]
    [Trait("Req", "ACC-5")]
    public async Task Sub_accounts_act_only_in_bound_zones_and_other_enterprises_products_are_not_found()
    {
        var staff = await fixture.ClientAsAsync(DemoUsers.ExhibitorStaff);
        var bound = await fixture.App.WithDbAsync(db => db.Set<Modules.Accounts.AccountZone>()
            .Where(z => db.Users.Any(u => u.Id == z.UserId && u.UserName == DemoUsers.ExhibitorStaff)).Select(z => z.ZoneId).ToListAsync());
        var unbound = await fixture.App.WithDbAsync(db => db.Set<Modules.Fairs.Zone>().Where(z => z.IsActive && !bound.Contains(z.Id)).Select(z => z.Id).FirstAsync());
        (await Problem.ReadAsync(await staff.PostJsonAsync("/api/v1/enterprise/products", Form(unbound)), HttpStatusCode.Forbidden)).Code.ShouldBe("zone_not_bound");
        var created = await staff.PostJsonAsync("/api/v1/enterprise/products?submit=false", Form(bound[0], tags: await RequiredTagsAsync(fixture.App, bound[0])));
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var mine = await created.ReadAsync<ProductDto>();

        var admin = await fixture.ClientAsAsync(DemoUsers.ExhibitorAdmin);
        created = await admin.PostJsonAsync("/api/v1/enterprise/products?submit=false", Form(unbound, tags: await RequiredTagsAsync(fixture.App, unbound)));
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var inOtherZone = await created.ReadAsync<ProductDto>();
        (await Problem.ReadAsync(await staff.GetAsync($"/api/v1/enterprise/products/{inOtherZone.Id}"), HttpStatusCode.Forbidden)).Code.ShouldBe("zone_not_bound");
        (await (await staff.GetAsync("/api/v1/enterprise/products")).ReadAsync<PageDto>()).Items.Select(p => p.Id).ShouldNotContain(inOtherZone.Id);

        var (stranger, _) = await GiftedExhibitorAsync(fixture);
        (await Problem.ReadAsync(await stranger.GetAsync($"/api/v1/enterprise/products/{mine.Id}"), HttpStatusCode.NotFound)).Code.ShouldBe("not_found");
        (await Problem.ReadAsync(await stranger.PostJsonAsync($"/api/v1/enterprise/products/{mine.Id}/list"), HttpStatusCode.NotFound)).Code.ShouldBe("not_found");

        var invalid = await Problem.ReadAsync(await admin.PostJsonAsync("/api/v1/enterprise/products", new { zoneId = bound[0], nameZh = "", nameEn = "x", category = "c", marketPriceFen = -1 }), HttpStatusCode.BadRequest);
        invalid.Code.ShouldBe("validation_failed");
    }
}

[Trait("Provider", "sqlite")]
public sealed class ProductApiTestsOnSqlite(AppFixture<SqliteDb> f) : ProductApiTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class ProductApiTestsOnPostgres(AppFixture<PostgresDb> f) : ProductApiTests<PostgresDb>(f);

using System.Net;
using System.Net.Http.Json;
using FairHall.Modules.Catalog;
using FairHall.Modules.Reviews;
using FairHall.Platform.Notifications;
using FairHall.Tests.Accounts;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FairHall.Tests.Catalog.CatalogKit;
using static FairHall.Tests.Payments.PaymentsKit;

namespace FairHall.Tests.Catalog;

/// <summary>CAT-5 batch tools (delete, group, visibility, salesperson) with a result per product, and the organizer's ban (CAT-2).</summary>
[Trait("Req", "CAT-5")]
public abstract class ProductBatchToolsTests<TDb>(AppFixture<TDb> fixture) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    private async Task<ProductDto> CreateAsync(HttpClient client, long zoneId, bool submit, string name = "批量水杯", long? image = null)
    {
        var response = await client.PostJsonAsync($"/api/v1/enterprise/products?submit={(submit ? "true" : "false")}", Form(zoneId, name, images: image is { } i ? [i] : null));
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return await response.ReadAsync<ProductDto>();
    }

    private Task<bool> OpenReviewAsync(long productId) =>
        fixture.App.WithDbAsync(db => db.Set<ReviewItem>().AnyAsync(i => i.SubjectType == "product"
            && (i.Status == ReviewStatus.Pending || i.Status == ReviewStatus.Claimed)
            && db.Set<ProductReviewRound>().Any(r => r.Id == i.SubjectId && r.ProductId == productId)));

    [Fact]
    [Trait("Req", "CAT-2")]
    public async Task Batch_delete_answers_per_product_refuses_banned_ones_and_withdraws_reviews()
    {
        var (client, enterpriseId) = await GiftedExhibitorAsync(fixture);
        var (zoneId, _) = await ZoneOfAsync(fixture.App, "CCCME");
        var draft = await CreateAsync(client, zoneId, submit: false);
        var inReview = await CreateAsync(client, zoneId, submit: true, image: await MediaAsync(fixture.App, enterpriseId));
        var banned = await CreateAsync(client, zoneId, submit: false);
        (await OpenReviewAsync(inReview.Id)).ShouldBeTrue();
        var organizer = await fixture.ClientAsAsync(DemoUsers.Organizer);
        (await organizer.PostJsonAsync($"/api/v1/products/{banned.Id}/ban", new { reason = "虚假宣传" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var result = await (await client.PostJsonAsync("/api/v1/enterprise/products/batch/delete", new { ids = new[] { draft.Id, inReview.Id, banned.Id, 999_999_999L } })).ReadAsync<BatchDto>();
        result.Items.ShouldBe([
            new ItemDto(draft.Id, true, null, "Deleted"), new ItemDto(inReview.Id, true, null, "Deleted"),
            new ItemDto(banned.Id, false, "product_banned", null), new ItemDto(999_999_999L, false, "not_found", null)]);
        (await OpenReviewAsync(inReview.Id)).ShouldBeFalse(); // no orphan in the association's queue
        (await fixture.App.WithDbAsync(db => db.Set<Product>().Select(p => p.Id).Where(id => id == draft.Id || id == inReview.Id || id == banned.Id).ToListAsync()))
            .ShouldBe([banned.Id]);
    }

    [Fact]
    public async Task Groups_are_the_enterprises_own_and_products_are_grouped_filtered_and_ungrouped_when_the_group_goes()
    {
        var (client, _) = await GiftedExhibitorAsync(fixture);
        var (stranger, _) = await GiftedExhibitorAsync(fixture);
        var (zoneId, _) = await ZoneOfAsync(fixture.App, "CCCME");
        var a = await CreateAsync(client, zoneId, submit: false, "分组甲");
        var b = await CreateAsync(client, zoneId, submit: false, "分组乙");
        var group = await (await client.PostJsonAsync("/api/v1/enterprise/product-groups", new { name = "厨房" })).ReadAsync<GroupDto>();
        (await Problem.ReadAsync(await client.PostJsonAsync("/api/v1/enterprise/product-groups", new { name = " 厨房 " }), HttpStatusCode.BadRequest)).Errors!.Keys.ShouldBe(["Name"]);
        var theirs = await (await stranger.PostJsonAsync("/api/v1/enterprise/product-groups", new { name = "厨房" })).ReadAsync<GroupDto>(); // another enterprise may use the name

        (await Problem.ReadAsync(await client.PostJsonAsync("/api/v1/enterprise/products/batch/group", new { ids = new[] { a.Id }, groupId = theirs.Id }), HttpStatusCode.BadRequest))
            .Errors!.Keys.ShouldBe(["GroupId"]);
        var grouped = await (await client.PostJsonAsync("/api/v1/enterprise/products/batch/group", new { ids = new[] { a.Id, b.Id }, groupId = group.Id })).ReadAsync<BatchDto>();
        grouped.Items.ShouldAllBe(i => i.Ok);
        var page = await (await client.GetAsync($"/api/v1/enterprise/products?groupId={group.Id}")).ReadAsync<PageDto>();
        page.Items.Select(p => p.Id).ShouldBe([b.Id, a.Id]);
        (await (await client.GetAsync("/api/v1/enterprise/product-groups")).ReadAsync<List<GroupDto>>()).ShouldBe([group with { Products = 2 }]);

        (await client.DeleteAsync($"/api/v1/enterprise/product-groups/{group.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await fixture.App.WithDbAsync(db => db.Set<Product>().Where(p => p.Id == a.Id || p.Id == b.Id).Select(p => p.GroupId).ToListAsync())).ShouldAllBe(g => g == null);
        (await Problem.ReadAsync(await client.DeleteAsync($"/api/v1/enterprise/product-groups/{theirs.Id}"), HttpStatusCode.NotFound)).Code.ShouldBe("not_found");
    }

    [Fact]
    public async Task Hidden_products_stay_listed_but_are_not_public_and_no_review_is_needed()
    {
        var (client, enterpriseId) = await GiftedExhibitorAsync(fixture);
        var (zoneId, _) = await ZoneOfAsync(fixture.App, "CCCME");
        var ids = await ListedAsync(fixture.App, enterpriseId, zoneId, 2, fixture.App.Clock.GetUtcNow());
        var hidden = await (await client.PostJsonAsync("/api/v1/enterprise/products/batch/visibility", new { ids, hidden = true })).ReadAsync<BatchDto>();
        hidden.Items.ShouldAllBe(i => i.Ok && i.Status == "Listed");
        var products = await fixture.App.WithDbAsync(db => db.Set<Product>().Where(p => ids.Contains(p.Id)).ToListAsync());
        products.ShouldAllBe(p => p.Status == ProductStatus.Listed && p.IsHidden && !p.IsPublic);

        await client.PostJsonAsync("/api/v1/enterprise/products/batch/visibility", new { ids = new[] { ids[0] }, hidden = false });
        (await fixture.App.WithDbAsync(db => db.Set<Product>().SingleAsync(p => p.Id == ids[0]))).IsPublic.ShouldBeTrue();
    }

    [Fact]
    public async Task Salesperson_must_be_an_account_of_the_same_enterprise()
    {
        var (client, enterpriseId) = await GiftedExhibitorAsync(fixture);
        var (_, strangerId) = await GiftedExhibitorAsync(fixture);
        var (zoneId, _) = await ZoneOfAsync(fixture.App, "CCCME");
        var product = await CreateAsync(client, zoneId, submit: false);
        var (mine, theirs) = await fixture.App.WithDbAsync(async db => (
            await db.Users.Where(u => u.EnterpriseId == enterpriseId).Select(u => u.Id).FirstAsync(),
            await db.Users.Where(u => u.EnterpriseId == strangerId).Select(u => u.Id).FirstAsync()));

        (await Problem.ReadAsync(await client.PostJsonAsync("/api/v1/enterprise/products/batch/salesperson", new { ids = new[] { product.Id }, salespersonId = theirs }), HttpStatusCode.BadRequest))
            .Errors!.Keys.ShouldBe(["SalespersonId"]);
        (await (await client.PostJsonAsync("/api/v1/enterprise/products/batch/salesperson", new { ids = new[] { product.Id }, salespersonId = mine })).ReadAsync<BatchDto>())
            .Items.ShouldBe([new ItemDto(product.Id, true, null, "Unreviewed")]);
        (await fixture.App.WithDbAsync(db => db.Set<Product>().SingleAsync(p => p.Id == product.Id))).SalespersonId.ShouldBe(mine);
        (await Problem.ReadAsync(await client.PostJsonAsync("/api/v1/enterprise/products/batch/salesperson", new { ids = Array.Empty<long>(), salespersonId = mine }), HttpStatusCode.BadRequest))
            .Errors!.Keys.ShouldBe(["Ids"]);
    }

    [Fact]
    [Trait("Req", "CAT-2")]
    public async Task Organizer_bans_with_a_reason_the_enterprise_is_told_and_a_banned_product_is_frozen_until_unbanned()
    {
        var (client, enterpriseId) = await GiftedExhibitorAsync(fixture);
        var (zoneId, _) = await ZoneOfAsync(fixture.App, "CCCME");
        var id = (await ListedAsync(fixture.App, enterpriseId, zoneId, 1, fixture.App.Clock.GetUtcNow()))[0];
        var inReview = await CreateAsync(client, zoneId, submit: true, "待审展品", await MediaAsync(fixture.App, enterpriseId));
        var organizer = await fixture.ClientAsAsync(DemoUsers.Organizer);
        (await Problem.ReadAsync(await organizer.PostJsonAsync($"/api/v1/products/{id}/ban", new { reason = " " }), HttpStatusCode.BadRequest)).Errors!.Keys.ShouldBe(["Reason"]);
        (await Problem.ReadAsync(await client.PostJsonAsync($"/api/v1/products/{id}/ban", new { reason = "x" }), HttpStatusCode.Forbidden)).Code.ShouldBe("forbidden");

        var banned = await (await organizer.PostJsonAsync($"/api/v1/products/{id}/ban", new { reason = "涉嫌侵权" })).ReadAsync<ProductDto>();
        banned.Status.ShouldBe("Banned");
        banned.StatusReason.ShouldBe("涉嫌侵权");
        banned.ListedAt.ShouldBeNull();
        (await Problem.ReadAsync(await client.PostJsonAsync($"/api/v1/enterprise/products/{id}/list"), (HttpStatusCode)422)).Code.ShouldBe("product_banned");
        (await Problem.ReadAsync(await client.PutAsJsonAsync($"/api/v1/enterprise/products/{id}", Form(zoneId)), (HttpStatusCode)422)).Code.ShouldBe("product_banned");
        (await Problem.ReadAsync(await client.DeleteAsync($"/api/v1/enterprise/products/{id}"), (HttpStatusCode)422)).Code.ShouldBe("product_banned");
        (await (await client.PostJsonAsync("/api/v1/enterprise/products/batch/visibility", new { ids = new[] { id }, hidden = true })).ReadAsync<BatchDto>())
            .Items.ShouldBe([new ItemDto(id, false, "product_banned", null)]);

        (await OpenReviewAsync(inReview.Id)).ShouldBeTrue();
        (await organizer.PostJsonAsync($"/api/v1/products/{inReview.Id}/ban", new { reason = "违规" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await OpenReviewAsync(inReview.Id)).ShouldBeFalse(); // the association no longer sees it

        var unbanned = await (await organizer.PostJsonAsync($"/api/v1/products/{id}/unban")).ReadAsync<ProductDto>();
        unbanned.Status.ShouldBe("Delisted");
        (await Problem.ReadAsync(await organizer.PostJsonAsync($"/api/v1/products/{id}/unban"), (HttpStatusCode)422)).Code.ShouldBe("product_transition_refused");
        (await client.PostJsonAsync($"/api/v1/enterprise/products/{id}/list")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await Onboarding.OnboardingApi.DispatchOutboxAsync(fixture.App);
        var notes = await fixture.App.WithDbAsync(db => db.Set<Notification>().Where(n => db.Users.Any(u => u.Id == n.UserId && u.EnterpriseId == enterpriseId)).ToListAsync());
        notes.ShouldContain(n => n.TitleZh == "展品已被封禁" && n.BodyZh.Contains("涉嫌侵权") && n.Link == $"/enterprise/products/{id}");
        notes.ShouldContain(n => n.TitleEn == "A product's ban was lifted");
    }

    public sealed record GroupDto(long Id, string Name, int Products);
}

[Trait("Provider", "sqlite")]
public sealed class ProductBatchToolsTestsOnSqlite(AppFixture<SqliteDb> f) : ProductBatchToolsTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class ProductBatchToolsTestsOnPostgres(AppFixture<PostgresDb> f) : ProductBatchToolsTests<PostgresDb>(f);

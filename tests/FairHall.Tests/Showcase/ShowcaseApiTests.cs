using System.Net;
using System.Net.Http.Json;
using FairHall.Modules.Catalog.Media;
using FairHall.Modules.Exhibitors.Showcase;
using FairHall.Modules.Reviews;
using FairHall.Platform.Security;
using FairHall.Tests.Accounts;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FairHall.Tests.Catalog.CatalogKit;
using static FairHall.Tests.Payments.PaymentsKit;
using static FairHall.Tests.Showcase.ShowcaseKit;

namespace FairHall.Tests.Showcase;

/// <summary>Enterprise showcase info through the API: statuses, product gate, review by the delegation, ban, limits and access.</summary>
[Trait("Req", "CAT-1")]
public abstract class ShowcaseApiTests<TDb>(AppFixture<TDb> fixture) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    private static Task<HttpResponseMessage> SaveAsync(HttpClient client, object form) => client.PutAsJsonAsync("/api/v1/enterprise/showcase", form);

    private async Task<(HttpClient Client, long EnterpriseId, long Logo)> ExhibitorAsync()
    {
        var (enterpriseId, userName, _) = await Onboarding.OnboardingApi.NewExhibitorAsync(fixture.App, "GZ");
        await GiftBasicAsync(fixture.App, enterpriseId);
        return (await fixture.ClientAsAsync(userName), enterpriseId, (await AssetsAsync(fixture.App, enterpriseId, MediaKind.Image))[0]);
    }

    private Task<long> ReviewIdAsync(long enterpriseId) =>
        fixture.App.WithDbAsync(db => db.Set<ReviewItem>()
            .Where(i => i.SubjectType == "enterprise_info" && db.Set<ShowcaseReviewRound>().Any(r => r.Id == i.SubjectId
                && db.Set<EnterpriseShowcase>().Any(s => s.Id == r.ShowcaseId && s.EnterpriseId == enterpriseId)))
            .OrderByDescending(i => i.Id).Select(i => i.Id).FirstAsync());

    [Fact]
    public async Task Incomplete_info_names_what_is_missing_and_blocks_new_products_until_complete()
    {
        var (client, enterpriseId, logo) = await ExhibitorAsync();
        var (zoneId, _) = await ZoneOfAsync(fixture.App, "CCCME");
        var fresh = await (await client.GetAsync("/api/v1/enterprise/showcase")).ReadAsync<ShowcaseDto>();
        fresh.Status.ShouldBe("Incomplete");
        fresh.Missing.ShouldBe(EnterpriseShowcase.RequiredFields);
        fresh.CanCreateProducts.ShouldBeFalse();
        (await Problem.ReadAsync(await client.PostJsonAsync("/api/v1/enterprise/products", Form(zoneId)), (HttpStatusCode)422)).Code.ShouldBe("showcase_incomplete");

        var partial = await (await SaveAsync(client, Complete(logo).With("introEn", null).With("logoMediaId", null))).ReadAsync<ShowcaseDto>();
        partial.Status.ShouldBe("Incomplete");
        partial.Missing.ShouldBe(["IntroEn", "LogoMediaId"]);
        partial.InReview.ShouldBeFalse(); // incomplete info is not sent to the reviewer
        partial.CompletenessPercent.ShouldBeInRange(1, 99);

        var complete = await (await SaveAsync(client, Complete(logo))).ReadAsync<ShowcaseDto>();
        complete.Status.ShouldBe("Displayable");
        complete.Missing.ShouldBeEmpty();
        complete.InReview.ShouldBeTrue();
        complete.CanCreateProducts.ShouldBeTrue();
        complete.IsPublic.ShouldBeFalse(); // no listed product yet
        var created = await client.PostJsonAsync("/api/v1/enterprise/products", Form(zoneId));
        created.StatusCode.ShouldBe(HttpStatusCode.Created);

        // Blanking a required field makes it 资料未完善 again: no copies (new products) either.
        var productId = (await created.ReadAsync<ProductDto>()).Id;
        (await (await SaveAsync(client, Complete(logo).With("contactEmail", ""))).ReadAsync<ShowcaseDto>()).Status.ShouldBe("Incomplete");
        (await Problem.ReadAsync(await client.PostJsonAsync($"/api/v1/enterprise/products/{productId}/copy"), (HttpStatusCode)422)).Code.ShouldBe("showcase_incomplete");
        _ = enterpriseId;
    }

    [Fact]
    [Trait("Req", "X-1")]
    public async Task Delegation_of_the_enterprise_reviews_rejection_needs_rectification_until_approved_others_see_404()
    {
        var (client, enterpriseId, logo) = await ExhibitorAsync();
        var (zoneId, _) = await ZoneOfAsync(fixture.App, "CCCME");
        (await SaveAsync(client, Complete(logo))).EnsureSuccessStatusCode();
        var reviewId = await ReviewIdAsync(enterpriseId);

        var szId = await fixture.App.DelegationIdAsync("SZ");
        var sz = await fixture.ClientAsAsync(await fixture.App.CreateUserAsync(Roles.DelegationReviewer, u => u.DelegationId = szId));
        (await Problem.ReadAsync(await sz.GetAsync($"/api/v1/reviews/{reviewId}"), HttpStatusCode.NotFound)).Code.ShouldBe("not_found");
        (await Problem.ReadAsync(await sz.PostJsonAsync($"/api/v1/reviews/{reviewId}/reject", new { reason = "x" }), HttpStatusCode.NotFound)).Code.ShouldBe("not_found");
        var association = await fixture.ClientAsAsync(DemoUsers.Association);
        (await association.GetAsync($"/api/v1/reviews/{reviewId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var gz = await fixture.ClientAsAsync(DemoUsers.Delegation);
        (await gz.GetAsync($"/api/v1/reviews/{reviewId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await gz.PostJsonAsync($"/api/v1/reviews/{reviewId}/reject", new { reason = "英文简介与中文不一致" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var rejected = await (await client.GetAsync("/api/v1/enterprise/showcase")).ReadAsync<ShowcaseDto>();
        rejected.Status.ShouldBe("NeedsRectification");
        rejected.StatusReason.ShouldBe("英文简介与中文不一致");
        rejected.CanCreateProducts.ShouldBeFalse();
        (await Problem.ReadAsync(await client.PostJsonAsync("/api/v1/enterprise/products", Form(zoneId)), (HttpStatusCode)422)).Code.ShouldBe("showcase_needs_rectification");
        await ArrangeAsync(fixture.App, enterpriseId, zoneId, listed: 1, approved: 0);
        using (var anonymous = fixture.Anonymous())
        {
            (await anonymous.GetAsync($"/api/v1/showcases/{enterpriseId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        // Saving does not lift 待整改 by itself; it goes back to the delegation, whose approval does.
        var resaved = await (await SaveAsync(client, Complete(logo).With("introEn", "We make woks."))).ReadAsync<ShowcaseDto>();
        resaved.Status.ShouldBe("NeedsRectification");
        resaved.InReview.ShouldBeTrue();
        (await gz.PostJsonAsync($"/api/v1/reviews/{await ReviewIdAsync(enterpriseId)}/approve", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var approved = await (await client.GetAsync("/api/v1/enterprise/showcase")).ReadAsync<ShowcaseDto>();
        approved.Status.ShouldBe("Displayable");
        approved.StatusReason.ShouldBeNull();
        approved.IsPublic.ShouldBeTrue();
        using var visitor = fixture.Anonymous();
        var shown = await (await visitor.GetAsync($"/api/v1/showcases/{enterpriseId}")).ReadAsync<PublicDto>();
        shown.IntroEn.ShouldBe("We make woks.");
        shown.Products.Count.ShouldBe(1);

        // the decision is recorded with reviewer and time, and the admin is told.
        var history = await fixture.App.WithDbAsync(db => db.Set<ReviewEvent>().Where(e => e.ReviewItemId == reviewId).OrderBy(e => e.Id).ToListAsync());
        history.Select(e => e.Action).ShouldBe([ReviewAction.Submit, ReviewAction.Reject, ReviewAction.Submit, ReviewAction.Approve]);
        history[1].Reason.ShouldBe("英文简介与中文不一致");
        history[1].ActorName.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Only_the_admin_edits_sub_accounts_get_403_and_stale_versions_409()
    {
        var staff = await fixture.ClientAsAsync(DemoUsers.ExhibitorStaff);
        (await Problem.ReadAsync(await SaveAsync(staff, Complete(1)), HttpStatusCode.Forbidden)).Code.ShouldBe("forbidden");
        (await staff.GetAsync("/api/v1/enterprise/showcase")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var buyer = await fixture.ClientAsAsync(DemoUsers.Buyer);
        (await buyer.GetAsync("/api/v1/enterprise/showcase")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var (client, enterpriseId, logo) = await ExhibitorAsync();
        var first = await (await SaveAsync(client, Complete(logo))).ReadAsync<ShowcaseDto>();
        (await SaveAsync(client, Complete(logo).With("version", first.Version))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Problem.ReadAsync(await SaveAsync(client, Complete(logo).With("version", first.Version)), HttpStatusCode.Conflict)).Code.ShouldBe("conflict");
    }

    [Fact]
    [Trait("Req", "CAT-4")]
    public async Task Limits_and_formats_are_checked_field_by_field_and_a_map_needs_number_and_document()
    {
        var (client, enterpriseId, logo) = await ExhibitorAsync();
        var map = await Problem.ReadAsync(await SaveAsync(client, Complete(logo).With("containsMap", true)), HttpStatusCode.BadRequest);
        map.Errors!.Keys.ShouldBe(["MapApprovalNumber", "MapDocumentMediaId"], ignoreOrder: true);
        var withMap = await (await SaveAsync(client, Complete(logo).With("containsMap", true).With("mapApprovalNumber", "GS(2024)1234号").With("mapDocumentMediaId", (await AssetsAsync(fixture.App, enterpriseId, MediaKind.Document))[0]))).ReadAsync<ShowcaseDto>();
        withMap.Status.ShouldBe("Displayable");
        var unanswered = await (await SaveAsync(client, Complete(logo).With("containsMap", null))).ReadAsync<ShowcaseDto>();
        unanswered.Missing.ShouldBe(["ContainsMap"]);

        var bad = await Problem.ReadAsync(await SaveAsync(client, Complete(logo)
            .With("introZh", new string('长', ShowcaseLimits.IntroZh + 1))
            .With("website", "www.example")
            .With("contactEmail", "not-an-email")
            .With("contactPhone", "call me")
            .With("foundedYear", 3000)
            .With("imageMediaIds", Enumerable.Range(1, ShowcaseLimits.Images + 1).ToArray())), HttpStatusCode.BadRequest);
        bad.Errors!.Keys.ShouldBe(["IntroZh", "Website", "ContactEmail", "ContactPhone", "FoundedYear", "ImageMediaIds"], ignoreOrder: true);
        var images = await AssetsAsync(fixture.App, enterpriseId, MediaKind.Image, ShowcaseLimits.Images);
        (await SaveAsync(client, Complete(logo).With("introZh", new string('长', ShowcaseLimits.IntroZh)).With("website", "https://www.example.com")
            .With("imageMediaIds", images))).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Media must be the enterprise's own and of the right kind.
        var (_, otherId, otherLogo) = await ExhibitorAsync();
        var media = await Problem.ReadAsync(await SaveAsync(client, Complete(otherLogo).With("imageMediaIds", new[] { images[0], logo })
            .With("videoMediaIds", Array.Empty<long>())), HttpStatusCode.BadRequest);
        media.Errors!.Keys.ShouldBe(["LogoMediaId"]);
        (await Problem.ReadAsync(await SaveAsync(client, Complete(images[0]).With("containsMap", true).With("mapApprovalNumber", "GS").With("mapDocumentMediaId", otherLogo)),
            HttpStatusCode.BadRequest)).Errors!.Keys.ShouldBe(["MapDocumentMediaId"]);
        _ = otherId;
    }

    [Fact]
    [Trait("Req", "PKG-2")]
    public async Task Videos_follow_the_package_basic_none_a_one()
    {
        var (client, enterpriseId, logo) = await ExhibitorAsync();
        (await (await client.GetAsync("/api/v1/enterprise/showcase")).ReadAsync<ShowcaseDto>()).VideoLimit.ShouldBe(0);
        var refused = await Problem.ReadAsync(await SaveAsync(client, Complete(logo).With("videoMediaIds", new[] { 11 })), HttpStatusCode.BadRequest);
        refused.Errors!.Keys.ShouldBe(["VideoMediaIds"]);

        var videos = await AssetsAsync(fixture.App, enterpriseId, MediaKind.Video, 2);
        (await Problem.ReadAsync(await SaveAsync(client, Complete(logo).With("videoMediaIds", new[] { videos[0] })), HttpStatusCode.BadRequest)).Errors!.Keys.ShouldBe(["VideoMediaIds"]);
        await PaidAsync(fixture, client, "A");
        (await (await client.GetAsync("/api/v1/enterprise/showcase")).ReadAsync<ShowcaseDto>()).VideoLimit.ShouldBe(1);
        (await SaveAsync(client, Complete(logo).With("videoMediaIds", new[] { videos[0] }))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Problem.ReadAsync(await SaveAsync(client, Complete(logo).With("videoMediaIds", new[] { logo })), HttpStatusCode.BadRequest)).Errors!.Keys.ShouldBe(["VideoMediaIds"]);
        (await Problem.ReadAsync(await SaveAsync(client, Complete(logo).With("videoMediaIds", videos)), HttpStatusCode.BadRequest)).Errors!.Keys.ShouldBe(["VideoMediaIds"]);
    }

    [Fact]
    public async Task Organizer_bans_and_lifts_banned_info_is_hidden_and_not_editable()
    {
        var (client, enterpriseId, logo) = await ExhibitorAsync();
        var (zoneId, _) = await ZoneOfAsync(fixture.App, "CCCME");
        (await SaveAsync(client, Complete(logo))).EnsureSuccessStatusCode();
        await ArrangeAsync(fixture.App, enterpriseId, zoneId, listed: 1, approved: 0);
        using var visitor = fixture.Anonymous();
        (await visitor.GetAsync($"/api/v1/showcases/{enterpriseId}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var organizer = await fixture.ClientAsAsync(DemoUsers.Organizer);
        (await Problem.ReadAsync(await organizer.PostJsonAsync($"/api/v1/showcases/{enterpriseId}/ban", new { reason = "" }), HttpStatusCode.BadRequest)).Errors!.Keys.ShouldBe(["Reason"]);
        (await Problem.ReadAsync(await organizer.PostJsonAsync($"/api/v1/showcases/{enterpriseId}/unban"), (HttpStatusCode)422)).Code.ShouldBe("showcase_not_banned");
        var banned = await (await organizer.PostJsonAsync($"/api/v1/showcases/{enterpriseId}/ban", new { reason = "虚假宣传" })).ReadAsync<ShowcaseDto>();
        banned.Status.ShouldBe("Banned");
        (await Problem.ReadAsync(await organizer.PostJsonAsync($"/api/v1/showcases/{enterpriseId}/ban", new { reason = "again" }), (HttpStatusCode)422)).Code.ShouldBe("showcase_already_banned");
        (await visitor.GetAsync($"/api/v1/showcases/{enterpriseId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Problem.ReadAsync(await SaveAsync(client, Complete(logo)), (HttpStatusCode)422)).Code.ShouldBe("showcase_banned");
        (await (await client.GetAsync("/api/v1/enterprise/showcase")).ReadAsync<ShowcaseDto>()).StatusReason.ShouldBe("虚假宣传");

        (await (await organizer.PostJsonAsync($"/api/v1/showcases/{enterpriseId}/unban")).ReadAsync<ShowcaseDto>()).Status.ShouldBe("Displayable");
        (await visitor.GetAsync($"/api/v1/showcases/{enterpriseId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Problem.ReadAsync(await organizer.PostJsonAsync("/api/v1/showcases/987654321/ban", new { reason = "x" }), HttpStatusCode.NotFound)).Code.ShouldBe("not_found");
    }
}

[Trait("Provider", "sqlite")]
public sealed class ShowcaseApiTestsOnSqlite(AppFixture<SqliteDb> f) : ShowcaseApiTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class ShowcaseApiTestsOnPostgres(AppFixture<PostgresDb> f) : ShowcaseApiTests<PostgresDb>(f);

using System.Net;
using FairHall.Modules.Accounts;
using FairHall.Modules.Exhibitors.Onboarding;
using FairHall.Modules.Fairs;
using FairHall.Platform.Audit;
using FairHall.Platform.Data;
using FairHall.Platform.Notifications;
using FairHall.Platform.Security;
using FairHall.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using static FairHall.Tests.Fairs.FairsApi;
using static FairHall.Tests.Onboarding.OnboardingApi;

namespace FairHall.Tests.Reviews;

/// <summary>The one review queue: scoping, decisions, races, batch approval, history and notifications (X-1, ROLE-2, ROLE-4, FAIR-4).</summary>
[Trait("Req", "X-1")]
[Trait("Req", "ROLE-2")]
[Trait("Req", "FAIR-4")]
public abstract class ReviewQueueTests<TDb>(AppFixture<TDb> fixture) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    private async Task<string> DelegationReviewerAsync(string delegationCode)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FairHallDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var id = await db.Set<Delegation>().Where(d => d.Code == delegationCode).Select(d => d.Id).FirstAsync();
        var name = $"rev-{delegationCode.ToLowerInvariant()}-{Guid.NewGuid():N}"[..20];
        var user = new User { UserName = name, DisplayName = $"{delegationCode} reviewer", DelegationId = id, PhoneNumberConfirmed = true, CreatedAt = fixture.App.Clock.GetUtcNow() };
        (await users.CreateAsync(user, DemoUsers.Password)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, Roles.DelegationReviewer)).Succeeded.ShouldBeTrue();
        return name;
    }

    [Fact]
    public async Task A_delegation_sees_and_decides_only_its_own_and_its_sub_delegations_items()
    {
        var (_, _, fromSub, _) = await SubmittedAsync(fixture, "GD-FS");
        var (_, _, fromOther, _) = await SubmittedAsync(fixture, "SZ");
        var gd = await fixture.ClientAsAsync(await DelegationReviewerAsync("GD"));

        var list = await (await gd.GetAsync("/api/v1/reviews?status=Pending&limit=200")).ReadAsync<PageOf<RowDto>>();
        list.Items.Select(r => r.Item.Id).ShouldContain(fromSub);
        list.Items.Select(r => r.Item.Id).ShouldNotContain(fromOther);

        (await Problem.ReadAsync(await gd.GetAsync($"/api/v1/reviews/{fromOther}"), HttpStatusCode.NotFound)).Code.ShouldBe("not_found");
        (await Problem.ReadAsync(await gd.PostJsonAsync($"/api/v1/reviews/{fromOther}/approve", new { }), HttpStatusCode.NotFound)).Code.ShouldBe("not_found");
        (await Problem.ReadAsync(await gd.PostJsonAsync($"/api/v1/reviews/{fromOther}/reject", new { reason = "x" }), HttpStatusCode.NotFound)).Code.ShouldBe("not_found");
        var gz = await fixture.ClientAsAsync(DemoUsers.Delegation);
        (await Problem.ReadAsync(await gz.GetAsync($"/api/v1/reviews/{fromSub}"), HttpStatusCode.NotFound)).Code.ShouldBe("not_found");
        var exhibitor = await fixture.ClientAsAsync(DemoUsers.ExhibitorAdmin);
        (await Problem.ReadAsync(await exhibitor.GetAsync($"/api/v1/reviews/{fromSub}"), HttpStatusCode.Forbidden)).Code.ShouldBe("forbidden");
        (await Problem.ReadAsync(await exhibitor.PostJsonAsync($"/api/v1/reviews/{fromSub}/approve", new { }), HttpStatusCode.Forbidden)).Code.ShouldBe("forbidden");

        (await gd.PostJsonAsync($"/api/v1/reviews/{fromSub}/approve", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var organizer = await fixture.ClientAsAsync(DemoUsers.Organizer);
        (await organizer.GetAsync($"/api/v1/reviews/{fromOther}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Approval_enables_the_qualification_grants_eligibility_and_notifies_in_app_and_by_sms()
    {
        var (client, enterpriseId, reviewId, userId) = await SubmittedAsync(fixture, "GZ", poverty: true);
        var reviewer = await fixture.ClientAsAsync(DemoUsers.Delegation);

        var approved = await (await reviewer.PostJsonAsync($"/api/v1/reviews/{reviewId}/approve", new { })).ReadAsync<ReviewItemDto>();
        approved.Status.ShouldBe("Approved");

        var q = await (await client.GetAsync("/api/v1/enterprise/qualification")).ReadAsync<QualificationDto>();
        q.Status.ShouldBe("Enabled");
        q.PovertyApproved.ShouldBeTrue();
        var record = await fixture.App.WithDbAsync(db => db.Set<EligibilityRecord>().SingleAsync(r => r.EnterpriseId == enterpriseId));
        record.IsEligible.ShouldBeTrue();
        record.Kind.ShouldBe(EligibilityKind.NewApplicant);
        record.PovertyAreaApproved.ShouldBeTrue();
        record.PovertyCountyCode.ShouldBe("520526");

        await DispatchOutboxAsync(fixture.App);
        var notes = await fixture.App.WithDbAsync(db => db.Set<Notification>().Where(n => n.UserId == userId).ToListAsync());
        notes.ShouldContain(n => n.TitleZh.Contains("审核通过") && n.Link == "/enterprise/qualification");
        var sms = await fixture.App.WithDbAsync(db => db.Set<SmsMessage>().Where(m => m.Purpose == "review").ToListAsync());
        sms.ShouldContain(m => m.Phone == "13800138000" && m.Text.Contains("审核通过"));
    }

    [Fact]
    public async Task Rejection_needs_a_reason_in_either_language_then_the_applicant_resubmits_and_history_records_every_step()
    {
        var (client, _, reviewId, _) = await SubmittedAsync(fixture, "GZ");
        var reviewer = await fixture.ClientAsAsync(DemoUsers.Delegation);
        var english = await fixture.ClientAsAsync(DemoUsers.Delegation);
        english.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        (await Problem.ReadAsync(await english.PostJsonAsync($"/api/v1/reviews/{reviewId}/reject", new { reason = " " }), HttpStatusCode.BadRequest))
            .Errors!["Reason"].ShouldBe(["Enter the reason for the rejection."]);
        reviewer.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        (await Problem.ReadAsync(await reviewer.PostJsonAsync($"/api/v1/reviews/{reviewId}/reject", new { }), HttpStatusCode.BadRequest))
            .Errors!["Reason"].ShouldBe(["请填写驳回原因。"]);

        await (await reviewer.PostJsonAsync($"/api/v1/reviews/{reviewId}/reject", new { reason = "营业执照不清晰" })).ReadAsync<ReviewItemDto>();
        var rejected = await (await client.GetAsync("/api/v1/enterprise/qualification")).ReadAsync<QualificationDto>();
        rejected.Status.ShouldBe("Rejected");
        rejected.RejectionReason.ShouldBe("营业执照不清晰");

        var resubmitted = await (await client.PutJsonAsync("/api/v1/enterprise/qualification", await ValidFormAsync(client, 7))).ReadAsync<QualificationDto>();
        resubmitted.Status.ShouldBe("Pending");
        resubmitted.RejectionReason.ShouldBeNull();

        var detail = await (await reviewer.GetAsync($"/api/v1/reviews/{reviewId}")).ReadAsync<ReviewDetailDto>();
        detail.Item.Status.ShouldBe("Pending");
        detail.Item.Round.ShouldBe(2);
        detail.History.Select(h => h.Action).ShouldBe(["Submit", "Reject", "Submit"]);
        detail.History[1].Reason.ShouldBe("营业执照不清晰");
        detail.History[1].ActorName.ShouldBe("广州交易团审核员");
        detail.Snapshot.Fields.Single(f => f.Key == "CreditCode").Value.ShouldBe(ValidCreditCode(7));
    }

    [Fact]
    public async Task Two_reviewers_deciding_the_same_item_at_once_exactly_one_wins()
    {
        var organizer = await fixture.ClientAsAsync(DemoUsers.Organizer);
        var delegation = await fixture.ClientAsAsync(DemoUsers.Delegation);
        for (var round = 0; round < 4; round++)
        {
            var (_, _, reviewId, _) = await SubmittedAsync(fixture, "GZ");
            var responses = await Task.WhenAll(
                organizer.PostJsonAsync($"/api/v1/reviews/{reviewId}/approve", new { }),
                delegation.PostJsonAsync($"/api/v1/reviews/{reviewId}/reject", new { reason = "资料不全" }));

            responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
            var loser = responses.Single(r => r.StatusCode != HttpStatusCode.OK);
            (await Problem.ReadAsync(loser, HttpStatusCode.Conflict)).Code.ShouldBe("conflict");
            var events = await fixture.App.WithDbAsync(db => db.Set<FairHall.Modules.Reviews.ReviewEvent>().CountAsync(e => e.ReviewItemId == reviewId));
            events.ShouldBe(2); // the submission and exactly one decision
        }
    }

    [Fact]
    public async Task Batch_approve_reports_a_result_per_item()
    {
        var (_, _, first, _) = await SubmittedAsync(fixture, "GZ");
        var (_, _, second, _) = await SubmittedAsync(fixture, "GZ");
        var (_, _, foreign, _) = await SubmittedAsync(fixture, "SZ");
        var reviewer = await fixture.ClientAsAsync(DemoUsers.Delegation);
        (await reviewer.PostJsonAsync($"/api/v1/reviews/{second}/reject", new { reason = "重复" })).EnsureSuccessStatusCode();

        var batch = await (await reviewer.PostJsonAsync("/api/v1/reviews/batch-approve", new { ids = new[] { first, second, foreign } })).ReadAsync<BatchDto>();

        batch.ApprovedCount.ShouldBe(1);
        batch.Results.Single(r => r.Id == first).Approved.ShouldBeTrue();
        batch.Results.Single(r => r.Id == second).Code.ShouldBe("conflict");
        batch.Results.Single(r => r.Id == foreign).Code.ShouldBe("not_found");
    }

    [Fact]
    public async Task A_claimed_item_locks_the_applicants_edits_until_released()
    {
        var (client, _, reviewId, _) = await SubmittedAsync(fixture, "GZ");
        var reviewer = await fixture.ClientAsAsync(DemoUsers.Delegation);
        (await reviewer.PostJsonAsync($"/api/v1/reviews/{reviewId}/claim", new { })).EnsureSuccessStatusCode();

        (await (await client.GetAsync("/api/v1/enterprise/qualification")).ReadAsync<QualificationDto>()).InReview.ShouldBeTrue();
        (await Problem.ReadAsync(await client.PutJsonAsync("/api/v1/enterprise/qualification", await ValidFormAsync(client, 8)), HttpStatusCode.Conflict)).Code.ShouldBe("review_in_progress");
        (await Problem.ReadAsync(await reviewer.PostJsonAsync($"/api/v1/reviews/{reviewId}/claim", new { }), HttpStatusCode.UnprocessableEntity)).Code.ShouldBe("review_illegal_transition");

        (await reviewer.PostJsonAsync($"/api/v1/reviews/{reviewId}/release", new { })).EnsureSuccessStatusCode();
        (await client.PutJsonAsync("/api/v1/enterprise/qualification", await ValidFormAsync(client, 8))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    [Trait("Req", "X-4")]
    public async Task Lists_mask_the_credit_code_and_each_full_view_by_a_reviewer_is_audited()
    {
        var (_, enterpriseId, reviewId, _) = await SubmittedAsync(fixture, "GZ");
        var reviewer = await fixture.ClientAsAsync(DemoUsers.Delegation);
        var full = ValidCreditCode((int)enterpriseId);

        var list = await (await reviewer.GetAsync("/api/v1/reviews?limit=200")).ReadAsync<PageOf<RowDto>>();
        var masked = list.Items.Single(r => r.Item.Id == reviewId).Summary.Single(f => f.Key == "CreditCode").Value!;
        masked.ShouldBe(full[..4] + new string('*', 10) + full[^4..]);

        var before = await fixture.App.WithDbAsync(db => db.Set<AuditEntry>().CountAsync(a => a.Action == "view" && a.EntityId == reviewId.ToString()));
        var detail = await (await reviewer.GetAsync($"/api/v1/reviews/{reviewId}")).ReadAsync<ReviewDetailDto>();
        detail.Snapshot.Fields.Single(f => f.Key == "CreditCode").Value.ShouldBe(full);
        var after = await fixture.App.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.Action == "view" && a.EntityId == reviewId.ToString()).ToListAsync());
        after.Count.ShouldBe(before + 1);
        after[^1].ActorName.ShouldBe("广州交易团审核员");
    }
}

[Trait("Provider", "sqlite")]
public sealed class ReviewQueueTestsOnSqlite(AppFixture<SqliteDb> f) : ReviewQueueTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class ReviewQueueTestsOnPostgres(AppFixture<PostgresDb> f) : ReviewQueueTests<PostgresDb>(f);

using System.Net;
using FairHall.Modules.Accounts;
using FairHall.Modules.Exhibitors;
using FairHall.Modules.Exhibitors.Onboarding;
using FairHall.Modules.Fairs;
using FairHall.Platform.Data;
using FairHall.Platform.Notifications;
using FairHall.Platform.Security;
using FairHall.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using static FairHall.Tests.Fairs.FairsApi;
using static FairHall.Tests.Onboarding.OnboardingApi;

namespace FairHall.Tests.Onboarding;

/// <summary>CIFTIS invitation codes and exhibitor registration, reviewed by the issuing institution (FAIR-6, ROLE-4).</summary>
[Trait("Req", "FAIR-6")]
[Trait("Req", "ROLE-4")]
public abstract class CiftisTests<TDb>(AppFixture<TDb> fixture) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    public sealed record CodeDto(long Id, string Code, string BatchLabel, DateTimeOffset? UsedAt);

    public sealed record BatchDto(string BatchLabel, List<CodeDto> Codes);

    public sealed record RegisteredDto(long Id, string AccessKey, string Status);

    public sealed record RegistrationDto(long Id, string Status, string? RejectionReason, string InvitationCode, long? EnterpriseId, long Version);

    private static object Form(string company, string? creditCode = "91110000802100433B", string intro = "我们是一家专注于数字文化服务的企业，提供线上展览、数字内容制作与版权运营等服务，服务客户遍及全国，欢迎各地合作伙伴前来洽谈合作。") => new
    {
        participationType = "OnlineOffline",
        contactName = "王经理",
        contactTitle = "中层领导",
        contactPhone = "13912345678",
        contactEmail = "wang@example.com",
        purposes = new[] { "partners", "trade" },
        content = "数字文化服务",
        needs = "寻找渠道合作",
        companyName = company,
        unitNature = "Enterprise",
        isMainland = true,
        creditCode,
        industry = "文化服务",
        companyType = "Domestic",
        isFortune500 = false,
        website = "https://example.com",
        intro,
    };

    private async Task<List<string>> CodesAsync(int count)
    {
        var institution = await fixture.ClientAsAsync(DemoUsers.Institution);
        var batch = await (await institution.PostJsonAsync("/api/v1/invitation-codes", new { count, label = "测试批次" })).ReadAsync<BatchDto>();
        return [.. batch.Codes.Select(c => c.Code)];
    }

    [Fact]
    public async Task An_institution_generates_readable_codes_and_exports_them()
    {
        var codes = await CodesAsync(5);
        codes.Count.ShouldBe(5);
        codes.ShouldAllBe(c => System.Text.RegularExpressions.Regex.IsMatch(c, "^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$"));
        codes.Distinct().Count().ShouldBe(5);

        var institution = await fixture.ClientAsAsync(DemoUsers.Institution);
        var csv = await institution.GetStringAsync("/api/v1/invitation-codes/export.csv?batch=测试批次");
        csv.ShouldContain("code,batch,created_at,used_at");
        codes.ShouldAllBe(c => csv.Contains(c));
        var organizer = await fixture.ClientAsAsync(DemoUsers.Organizer);
        (await Problem.ReadAsync(await organizer.PostJsonAsync("/api/v1/invitation-codes", new { count = 1 }), HttpStatusCode.BadRequest)).Errors!.Keys.ShouldContain("InstitutionId");
    }

    [Fact]
    public async Task Twenty_registrations_racing_for_one_code_exactly_one_wins()
    {
        var code = (await CodesAsync(1))[0];
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            fixture.Anonymous().PostJsonAsync("/api/v1/ciftis/registrations", new { invitationCode = code.ToLowerInvariant().Replace("-", ""), form = Form($"竞速企业{i}") })));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        foreach (var loser in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            (await Problem.ReadAsync(loser, HttpStatusCode.BadRequest)).Errors!.Keys.ShouldContain("InvitationCode");
        }

        var codeId = await fixture.App.WithDbAsync(db => db.Set<InvitationCode>().Where(c => c.Code == code).Select(c => c.Id).FirstAsync());
        (await fixture.App.WithDbAsync(db => db.Set<CiftisRegistration>().CountAsync(r => r.InvitationCodeId == codeId))).ShouldBe(1);
    }

    [Fact]
    public async Task Pending_is_editable_in_review_is_locked_rejected_is_resubmitted_and_approval_makes_an_enterprise()
    {
        var code = (await CodesAsync(1))[0];
        var company = $"北京数字文化{Guid.NewGuid():N}"[..16] + "有限公司";
        var anonymous = fixture.Anonymous();
        var registered = await (await anonymous.PostJsonAsync("/api/v1/ciftis/registrations", new { invitationCode = code, form = Form(company) })).ReadAsync<RegisteredDto>();
        var url = $"/api/v1/ciftis/registrations/{registered.Id}?key={Uri.EscapeDataString(registered.AccessKey)}";
        (await anonymous.GetAsync($"/api/v1/ciftis/registrations/{registered.Id}?key=wrong")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.PutJsonAsync(url, Form(company))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var institution = await fixture.ClientAsAsync(DemoUsers.Institution);
        var reviewId = await fixture.App.WithDbAsync(db => db.Set<FairHall.Modules.Reviews.ReviewItem>()
            .Where(i => i.SubjectType == "ciftis_registration" && i.SubjectId == registered.Id).Select(i => i.Id).FirstAsync());
        var other = await fixture.ClientAsAsync(await OtherInstitutionReviewerAsync());
        (await other.GetAsync($"/api/v1/reviews/{reviewId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await fixture.ClientAsAsync(DemoUsers.Delegation)).GetAsync($"/api/v1/reviews/{reviewId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await institution.PostJsonAsync($"/api/v1/reviews/{reviewId}/claim", new { })).EnsureSuccessStatusCode();
        (await (await anonymous.GetAsync(url)).ReadAsync<RegistrationDto>()).Status.ShouldBe("InReview");
        (await Problem.ReadAsync(await anonymous.PutJsonAsync(url, Form(company)), HttpStatusCode.Conflict)).Code.ShouldBe("review_in_progress");

        (await institution.PostJsonAsync($"/api/v1/reviews/{reviewId}/reject", new { reason = "单位简介请补充主营业务" })).EnsureSuccessStatusCode();
        var rejected = await (await anonymous.GetAsync(url)).ReadAsync<RegistrationDto>();
        rejected.Status.ShouldBe("Rejected");
        rejected.RejectionReason.ShouldBe("单位简介请补充主营业务");
        (await (await anonymous.PutJsonAsync(url, Form(company))).ReadAsync<RegistrationDto>()).Status.ShouldBe("Pending");

        (await institution.PostJsonAsync($"/api/v1/reviews/{reviewId}/approve", new { })).EnsureSuccessStatusCode();
        var approved = await (await anonymous.GetAsync(url)).ReadAsync<RegistrationDto>();
        approved.Status.ShouldBe("Approved");
        approved.EnterpriseId.ShouldNotBeNull();
        (await fixture.App.WithDbAsync(db => db.Set<Enterprise>().SingleAsync(e => e.Id == approved.EnterpriseId))).NameZh.ShouldBe(company);
        (await Problem.ReadAsync(await anonymous.PutJsonAsync(url, Form(company)), HttpStatusCode.UnprocessableEntity)).Code.ShouldBe("registration_approved");

        await DispatchOutboxAsync(fixture.App);
        var sms = await fixture.App.WithDbAsync(db => db.Set<SmsMessage>().Where(m => m.Phone == "13912345678").ToListAsync());
        sms.ShouldContain(m => m.Text.Contains("审核驳回") && m.Text.Contains("单位简介请补充主营业务"));
        sms.ShouldContain(m => m.Text.Contains("审核通过"));
    }

    [Theory]
    [InlineData("en", "'Introduction' must be between 50 and 1000 characters. You entered 5 characters.", "'Unified social credit code' must not be empty.")]
    [InlineData("zh-CN", "'单位简介' 的长度必须在 50 到 1000 字符，您输入了 5 字符。", "'统一社会信用代码' 不能为空。")]
    public async Task Wrong_fields_are_reported_per_field_in_the_callers_language_and_the_code_stays_unused(string language, string intro, string creditCode)
    {
        var code = (await CodesAsync(1))[0];
        var client = fixture.Anonymous();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var problem = await Problem.ReadAsync(await client.PostJsonAsync("/api/v1/ciftis/registrations", new { invitationCode = code, form = Form("短简介公司", creditCode: null, intro: "太短的简介") }), HttpStatusCode.BadRequest);

        problem.Errors!["Intro"].ShouldBe([intro]);
        problem.Errors["CreditCode"].ShouldBe([creditCode]);
        (await fixture.App.WithDbAsync(db => db.Set<InvitationCode>().SingleAsync(c => c.Code == code))).UsedAt.ShouldBeNull();
    }

    private async Task<string> OtherInstitutionReviewerAsync()
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FairHallDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var id = await db.Set<Institution>().Where(i => i.Code == "CFTC").Select(i => i.Id).FirstAsync();
        var name = $"cftc-{Guid.NewGuid():N}"[..16];
        var user = new User { UserName = name, DisplayName = "CFTC reviewer", InstitutionId = id, PhoneNumberConfirmed = true, CreatedAt = fixture.App.Clock.GetUtcNow() };
        (await users.CreateAsync(user, DemoUsers.Password)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, Roles.InstitutionReviewer)).Succeeded.ShouldBeTrue();
        return name;
    }
}

[Trait("Provider", "sqlite")]
public sealed class CiftisTestsOnSqlite(AppFixture<SqliteDb> f) : CiftisTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class CiftisTestsOnPostgres(AppFixture<PostgresDb> f) : CiftisTests<PostgresDb>(f);

using System.Net;
using FairHall.Modules.Exhibitors.Onboarding;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FairHall.Tests.Fairs.FairsApi;
using static FairHall.Tests.Onboarding.OnboardingApi;

namespace FairHall.Tests.Onboarding;

/// <summary>The qualification form through the API: access, uploads checked by content, field messages, status machine (FAIR-4, FAIR-5).</summary>
[Trait("Req", "FAIR-4")]
public abstract class QualificationTests<TDb>(AppFixture<TDb> fixture) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    [Fact]
    [Trait("Req", "ROLE-5")]
    public async Task Only_the_exhibitor_admin_reads_and_saves_the_qualification()
    {
        var staff = await fixture.ClientAsAsync(DemoUsers.ExhibitorStaff);
        (await Problem.ReadAsync(await staff.GetAsync("/api/v1/enterprise/qualification"), HttpStatusCode.Forbidden)).Code.ShouldBe("forbidden");
        (await Problem.ReadAsync(await staff.PutJsonAsync("/api/v1/enterprise/qualification", new { }), HttpStatusCode.Forbidden)).Code.ShouldBe("forbidden");
        (await Problem.ReadAsync(await UploadAsync(staff, Pdf, "a.pdf"), HttpStatusCode.Forbidden)).Code.ShouldBe("forbidden");

        var admin = await fixture.ClientAsAsync(DemoUsers.ExhibitorAdmin);
        var q = await (await admin.GetAsync("/api/v1/enterprise/qualification")).ReadAsync<QualificationDto>();
        q.Submitted.ShouldBeFalse();
        q.Status.ShouldBe("Pending");
        q.EnterpriseNameZh.ShouldBe("广东美味厨具有限公司");
    }

    [Fact]
    public async Task Uploads_are_judged_by_content_and_size_not_by_name()
    {
        var (_, userName, _) = await NewExhibitorAsync(fixture.App, "GZ");
        var client = await fixture.ClientAsAsync(userName);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var exe = await Problem.ReadAsync(await UploadAsync(client, Exe, "licence.pdf"), HttpStatusCode.BadRequest);
        exe.Errors!["LicenceFileId"].ShouldBe(["The file content is not a PDF, JPG or PNG."]);
        var big = new byte[(5 * 1024 * 1024) + 1];
        "%PDF-"u8.CopyTo(big);
        (await Problem.ReadAsync(await UploadAsync(client, big, "big.pdf"), HttpStatusCode.BadRequest)).Errors!["LicenceFileId"].ShouldBe(["The file may be at most 5 MB."]);

        var png = await (await UploadAsync(client, Png, "scan.jpg")).ReadAsync<UploadDto>();
        png.ContentType.ShouldBe("image/png");
        var pdf = await (await UploadAsync(client, Pdf, "licence.pdf")).ReadAsync<UploadDto>();
        pdf.ContentType.ShouldBe("application/pdf");
        var stored = await fixture.App.WithDbAsync(db => db.Set<OnboardingFile>().SingleAsync(f => f.Id == pdf.Id));
        stored.Sha256.Length.ShouldBe(64);
    }

    [Theory]
    [InlineData("zh-CN", "'企业中文名称' 不能为空。", "统一社会信用代码不正确（应为18位且校验位正确）。", "请选择1至10个参展展区。")]
    [InlineData("en", "'Chinese name' must not be empty.", "This is not a valid unified social credit code (18 characters with a correct check character).", "Choose 1 to 10 zones.")]
    public async Task Every_wrong_field_gets_its_own_message_in_the_callers_language_and_nothing_is_saved(string language, string nameMessage, string codeMessage, string zonesMessage)
    {
        var (enterpriseId, userName, _) = await NewExhibitorAsync(fixture.App, "GZ");
        var client = await fixture.ClientAsAsync(userName);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var problem = await Problem.ReadAsync(await client.PutJsonAsync("/api/v1/enterprise/qualification", new
        {
            nameZh = "",
            nameEn = "X",
            creditCode = "91350100M000100Y44",
            registeredRegion = "广州",
            zoneIds = Array.Empty<long>(),
            taxpayerType = "General",
            isPovertyArea = true,
            povertyCountyCode = "000000",
        }), HttpStatusCode.BadRequest);

        problem.Errors!["NameZh"].ShouldBe([nameMessage]);
        problem.Errors["CreditCode"].ShouldBe([codeMessage]);
        problem.Errors["ZoneIds"].ShouldBe([zonesMessage]);
        problem.Errors.Keys.ShouldContain("LicenceFileId");
        problem.Errors.Keys.ShouldContain("PovertyCountyCode");
        (await fixture.App.WithDbAsync(db => db.Set<Qualification>().CountAsync(q => q.EnterpriseId == enterpriseId))).ShouldBe(0);
    }

    [Fact]
    public async Task Another_enterprises_licence_or_a_zone_of_another_session_is_refused()
    {
        var (_, otherUser, _) = await NewExhibitorAsync(fixture.App, "GZ");
        var other = await fixture.ClientAsAsync(otherUser);
        var foreignLicence = await (await UploadAsync(other, Pdf, "x.pdf")).ReadAsync<UploadDto>();
        var (_, userName, _) = await NewExhibitorAsync(fixture.App, "GZ");
        var client = await fixture.ClientAsAsync(userName);

        var problem = await Problem.ReadAsync(await client.PutJsonAsync("/api/v1/enterprise/qualification", new
        {
            nameZh = "甲",
            nameEn = "A",
            creditCode = ValidCreditCode(1),
            licenceFileId = foreignLicence.Id,
            registeredRegion = "广州",
            zoneIds = new[] { 999_999L },
            taxpayerType = "SmallScale",
        }), HttpStatusCode.BadRequest);

        problem.Errors!.Keys.ShouldBe(["LicenceFileId", "ZoneIds"], ignoreOrder: true);
    }

    [Fact]
    public async Task An_enabled_qualification_cannot_be_resubmitted_or_decided_again()
    {
        var (client, _, reviewId, _) = await SubmittedAsync(fixture, "GZ");
        var reviewer = await fixture.ClientAsAsync(DemoUsers.Delegation);
        (await reviewer.PostJsonAsync($"/api/v1/reviews/{reviewId}/approve", new { })).EnsureSuccessStatusCode();

        (await Problem.ReadAsync(await client.PutJsonAsync("/api/v1/enterprise/qualification", await ValidFormAsync(client, 3)), HttpStatusCode.UnprocessableEntity))
            .Code.ShouldBe("qualification_already_enabled");
        (await Problem.ReadAsync(await reviewer.PostJsonAsync($"/api/v1/reviews/{reviewId}/reject", new { reason = "晚了" }), HttpStatusCode.Conflict)).Code.ShouldBe("conflict");
    }

    [Fact]
    public async Task The_licence_is_downloadable_by_its_owner_and_the_responsible_reviewer_only()
    {
        var (client, _, reviewId, _) = await SubmittedAsync(fixture, "GZ");
        var q = await (await client.GetAsync("/api/v1/enterprise/qualification")).ReadAsync<QualificationDto>();
        (await client.GetByteArrayAsync($"/api/v1/qualifications/{q.Id}/licence")).ShouldBe(Pdf);
        var gz = await fixture.ClientAsAsync(DemoUsers.Delegation);
        (await gz.GetByteArrayAsync($"/api/v1/qualifications/{q.Id}/licence")).ShouldBe(Pdf);
        var demo = await fixture.ClientAsAsync(DemoUsers.ExhibitorAdmin);
        (await demo.GetAsync($"/api/v1/qualifications/{q.Id}/licence")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

[Trait("Provider", "sqlite")]
public sealed class QualificationTestsOnSqlite(AppFixture<SqliteDb> f) : QualificationTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class QualificationTestsOnPostgres(AppFixture<PostgresDb> f) : QualificationTests<PostgresDb>(f);

using System.Net.Http.Headers;
using FairHall.Modules.Accounts;
using FairHall.Modules.Exhibitors;
using FairHall.Modules.Exhibitors.Onboarding;
using FairHall.Modules.Fairs;
using FairHall.Platform.Data;
using FairHall.Platform.Outbox;
using FairHall.Platform.Security;
using FairHall.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using static FairHall.Tests.Fairs.FairsApi;

namespace FairHall.Tests.Onboarding;

/// <summary>Shapes of the onboarding and review APIs, and helpers that create exhibitors and submit qualifications.</summary>
public static class OnboardingApi
{
    public static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n"u8.ToArray();
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
    public static readonly byte[] Exe = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00];

    public sealed record QualificationDto(
        long? Id, long EnterpriseId, string EnterpriseNameZh, long SessionId, bool Submitted, string Status, bool InReview, string? RejectionReason,
        string NameZh, string NameEn, string CreditCode, long? LicenceFileId, List<long> ZoneIds, bool IsPovertyArea, string? PovertyCountyCode,
        bool PovertyApproved, long Version);

    public sealed record ReviewItemDto(long Id, string SubjectType, long SubjectId, string ReviewerKind, long ReviewerOrgId, string TitleZh, string Status, int Round, string? ClaimedByName, string? Reason, long Version);

    public sealed record FieldDto(string Key, string? Value, bool Sensitive);

    public sealed record RowDto(ReviewItemDto Item, List<FieldDto> Summary);

    public sealed record SnapshotDto(List<FieldDto> Fields);

    public sealed record HistoryDto(long Id, string Action, string Status, string ActorName, string? Reason, int Round);

    public sealed record ReviewDetailDto(ReviewItemDto Item, SnapshotDto Snapshot, List<HistoryDto> History);

    public sealed record BatchResultDto(long Id, bool Approved, string? Code);

    public sealed record BatchDto(List<BatchResultDto> Results, int ApprovedCount);

    public sealed record UploadDto(long Id, string FileName, string ContentType, long Size);

    /// <summary>A valid credit code: 17 characters and their check character.</summary>
    public static string ValidCreditCode(int n)
    {
        var first = $"91440101{n:D9}";
        return first + CreditCode.CheckCharacter(first);
    }

    /// <summary>Creates an enterprise of the given delegation and its admin account (password as the demo accounts).</summary>
    public static async Task<(long EnterpriseId, string UserName, long UserId)> NewExhibitorAsync(FairHallApp app, string delegationCode, string? phone = "13800138000")
    {
        var n = Interlocked.Increment(ref counter);
        var tag = $"{Guid.NewGuid():N}"[..6];
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FairHallDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var delegationId = await db.Set<Delegation>().Where(d => d.Code == delegationCode).Select(d => d.Id).FirstAsync();
        var enterprise = new Enterprise { NameZh = $"测试企业{tag}{n}有限公司", NameEn = $"Test Enterprise {tag}{n} Co., Ltd.", DelegationId = delegationId, CreatedAt = app.Clock.GetUtcNow() };
        db.Add(enterprise);
        await db.SaveChangesAsync();
        var user = new User { UserName = $"ex-{tag}{n}", DisplayName = $"Admin {n}", EnterpriseId = enterprise.Id, PhoneNumber = phone, PhoneNumberConfirmed = true, CreatedAt = app.Clock.GetUtcNow() };
        (await users.CreateAsync(user, DemoUsers.Password)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, Roles.ExhibitorAdmin)).Succeeded.ShouldBeTrue();
        return (enterprise.Id, user.UserName!, user.Id);
    }

    private static int counter;

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string fileName)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".pdf", StringComparison.Ordinal) ? "application/pdf" : "application/octet-stream");
        form.Add(file, "file", fileName);
        return await client.PostAsync("/api/v1/enterprise/qualification/licence", form);
    }

    public static async Task<List<long>> ZoneIdsAsync(HttpClient client, int count)
    {
        var current = await (await client.GetAsync("/api/v1/sessions/current")).ReadAsync<CurrentDto>();
        var zones = await (await client.GetAsync($"/api/v1/sessions/{current.Session.Id}/zones?limit=10")).ReadAsync<PageOf<ZoneDto>>();
        return [.. zones.Items.Take(count).Select(z => z.Id)];
    }

    public static async Task<object> ValidFormAsync(HttpClient client, int n, bool poverty = false)
    {
        var licence = await (await UploadAsync(client, Pdf, "licence.pdf")).ReadAsync<UploadDto>();
        return new
        {
            nameZh = $"资质企业{n}有限公司",
            nameEn = $"Qualified Co {n}",
            creditCode = ValidCreditCode(n),
            licenceFileId = licence.Id,
            registeredRegion = "广东省广州市",
            zoneIds = await ZoneIdsAsync(client, 2),
            taxpayerType = "General",
            hasExportRecordForm = true,
            isPovertyArea = poverty,
            povertyCountyCode = poverty ? "520526" : null,
        };
    }

    /// <summary>A new exhibitor of the delegation submits a valid qualification; returns its client and the queue item id.</summary>
    public static async Task<(HttpClient Client, long EnterpriseId, long ReviewId, long UserId)> SubmittedAsync<TDb>(AppFixture<TDb> fixture, string delegationCode, bool poverty = false)
        where TDb : TestDb, new()
    {
        var (enterpriseId, userName, userId) = await NewExhibitorAsync(fixture.App, delegationCode);
        var client = await fixture.ClientAsAsync(userName);
        var q = await (await client.PutJsonAsync("/api/v1/enterprise/qualification", await ValidFormAsync(client, (int)enterpriseId, poverty))).ReadAsync<QualificationDto>();
        q.Status.ShouldBe("Pending");
        var reviewId = await fixture.App.WithDbAsync(db => db.Set<FairHall.Modules.Reviews.ReviewItem>()
            .Where(i => i.SubjectType == "qualification" && i.SubjectId == q.Id).Select(i => i.Id).FirstAsync());
        return (client, enterpriseId, reviewId, userId);
    }

    public static async Task DispatchOutboxAsync(FairHallApp app)
    {
        var dispatcher = app.Services.GetRequiredService<OutboxDispatcher>();
        for (var i = 0; i < 5; i++)
        {
            await dispatcher.DispatchDueAsync(CancellationToken.None);
        }
    }
}

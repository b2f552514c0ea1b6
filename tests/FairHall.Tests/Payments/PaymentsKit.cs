using FairHall.Modules.Exhibitors.Onboarding;
using FairHall.Modules.Fairs;
using FairHall.Modules.Payments;
using FairHall.Modules.Payments.Gateways;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FairHall.Tests.Fairs.FairsApi;

namespace FairHall.Tests.Payments;

/// <summary>Shapes of the packages and payments API and helpers that put an enterprise into a known state.</summary>
public static class PaymentsKit
{
    public sealed record LineDto(int SessionNumber, string? Tier, string? AddOn, int Quantity, long ListPriceFen, long AmountFen, bool ProRated);

    public sealed record PurchaseDto(string OrderNo, long AmountFen, string Status, string CashierUrl, string QrContent, List<LineDto> Lines);

    public sealed record QuotaDto(string Key, int? Limit, int Used, int? Remaining);

    public sealed record EntitlementDto(string? Tier, List<QuotaDto> Quotas, bool MeetingsNow, bool LiveRoomsNow);

    public sealed record InvoiceDto(string InvoiceNo, string OrderNo, string Kind, string Type, string Title, string TaxpayerId, long AmountFen, DateTimeOffset IssuedAt);

    public sealed record EntitlementResponse(long SessionId, int SessionNumber, EntitlementDto Entitlement);

    public static object Buy(string? tier = null, bool current = true, bool next = false, Dictionary<string, int>? addOns = null, bool agree = true, string gateway = "Sandbox") =>
        new { currentSession = current, nextSession = next, tier, addOns, gateway, agreementAccepted = agree };

    public static async Task<long> CurrentSessionIdAsync(FairHallApp app) =>
        await app.WithDbAsync(db => db.Set<Session>().Where(s => s.Number == 140).Select(s => s.Id).FirstAsync());

    /// <summary>Kinds (a)/(b) of FAIR-3: eligible with the gifted Basic package in session 140.</summary>
    public static async Task GiftBasicAsync(FairHallApp app, long enterpriseId)
    {
        var sessionId = await CurrentSessionIdAsync(app);
        await app.WithDbAsync(async db =>
        {
            var record = new EligibilityRecord(sessionId, enterpriseId);
            record.GrantAutomatically(EligibilityKind.OfflineExhibitor, "test", app.Clock.GetUtcNow());
            db.Add(record);
            await db.SaveChangesAsync();
        });
    }

    /// <summary>An eligibility record of the given kind in session 140 (kind 一 = offline exhibitor).</summary>
    public static async Task EligibleAsync(FairHallApp app, long enterpriseId, EligibilityKind kind)
    {
        var sessionId = await CurrentSessionIdAsync(app);
        await app.WithDbAsync(async db =>
        {
            var record = new EligibilityRecord(sessionId, enterpriseId);
            record.GrantAutomatically(kind, "test", app.Clock.GetUtcNow());
            db.Add(record);
            await db.SaveChangesAsync();
        });
    }

    /// <summary>A qualification of session 140, arranged directly (pending, or rejected at the given instant).</summary>
    public static async Task<string> QualifyAsync(FairHallApp app, long enterpriseId, TaxpayerType taxpayer, DateTimeOffset? rejectedAt = null)
    {
        var sessionId = await CurrentSessionIdAsync(app);
        var name = $"资质中文名{enterpriseId}有限公司";
        await app.WithDbAsync(async db =>
        {
            var file = new OnboardingFile { EnterpriseId = enterpriseId, Purpose = "licence", FileName = "l.pdf", ContentType = "application/pdf", StoragePath = "x", Sha256 = "x", UploadedAt = app.Clock.GetUtcNow() };
            db.Add(file);
            await db.SaveChangesAsync();
            var details = new QualificationDetails(name, "Qualified Co", Onboarding.OnboardingApi.ValidCreditCode((int)enterpriseId), file.Id, "广东省广州市", [], taxpayer, true, false, null);
            var q = new Qualification(enterpriseId, sessionId, details, app.Clock.GetUtcNow());
            if (rejectedAt is { } at)
            {
                q.Reject("资料不全", at).ShouldBeNull();
            }

            db.Add(q);
            await db.SaveChangesAsync();
        });
        return name;
    }

    /// <summary>A new exhibitor with the gifted Basic package, signed in as its admin.</summary>
    public static async Task<(HttpClient Client, long EnterpriseId)> GiftedExhibitorAsync<TDb>(AppFixture<TDb> fixture) where TDb : TestDb, new()
    {
        var (enterpriseId, userName, _) = await Onboarding.OnboardingApi.NewExhibitorAsync(fixture.App, "GZ");
        await GiftBasicAsync(fixture.App, enterpriseId);
        await Showcase.ShowcaseKit.DisplayableAsync(fixture.App, enterpriseId); // CAT-1: complete enterprise info, so it may create products
        return (await fixture.ClientAsAsync(userName), enterpriseId);
    }

    /// <summary>The signed notification the sandbox gateway would send for an order.</summary>
    public static Dictionary<string, string> SandboxNotice(FairHallApp app, string orderNo, long amountFen)
    {
        using var scope = app.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<SandboxGateway>().Notification(orderNo, amountFen);
    }

    /// <summary>Buys a tier through the sandbox and delivers its signed notification: the order is paid.</summary>
    public static async Task<PurchaseDto> PaidAsync<TDb>(AppFixture<TDb> fixture, HttpClient client, string tier = "A", string gateway = "Sandbox") where TDb : TestDb, new()
    {
        var order = await (await client.PostJsonAsync("/api/v1/enterprise/purchases", Buy(tier, gateway: gateway))).ReadAsync<PurchaseDto>();
        using var anonymous = fixture.Anonymous();
        (await PostNoticeAsync(anonymous, SandboxNotice(fixture.App, order.OrderNo, order.AmountFen))).EnsureSuccessStatusCode();
        return order;
    }

    public static Task<HttpResponseMessage> PostNoticeAsync(HttpClient client, IDictionary<string, string> fields) =>
        client.PostAsync(SandboxGateway.CallbackPath, new FormUrlEncodedContent(fields));

    public static Dictionary<string, string> Resign(Dictionary<string, string> fields)
    {
        var copy = new Dictionary<string, string>(fields, StringComparer.Ordinal);
        copy["sign"] = SandboxGateway.Sign(copy, new SandboxOptions().Key);
        return copy;
    }

    public static async Task<PaymentOrder> OrderAsync(FairHallApp app, string orderNo) =>
        await app.WithDbAsync(db => db.Set<PaymentOrder>().AsNoTracking().Include(o => o.Lines).FirstAsync(o => o.OrderNo == orderNo));
}

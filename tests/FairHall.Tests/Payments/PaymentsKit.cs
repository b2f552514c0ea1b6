using FairHall.Modules.Exhibitors.Onboarding;
using FairHall.Modules.Fairs;
using FairHall.Modules.Payments;
using FairHall.Modules.Payments.Gateways;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Tests.Payments;

/// <summary>Shapes of the packages and payments API and helpers that put an enterprise into a known state.</summary>
public static class PaymentsKit
{
    public sealed record LineDto(int SessionNumber, string? Tier, string? AddOn, int Quantity, long ListPriceFen, long AmountFen, bool ProRated);

    public sealed record PurchaseDto(string OrderNo, long AmountFen, string Status, string CashierUrl, string QrContent, List<LineDto> Lines);

    public sealed record QuotaDto(string Key, int? Limit, int Used, int? Remaining);

    public sealed record EntitlementDto(string? Tier, List<QuotaDto> Quotas, bool MeetingsNow, bool LiveRoomsNow);

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

    /// <summary>A new exhibitor with the gifted Basic package, signed in as its admin.</summary>
    public static async Task<(HttpClient Client, long EnterpriseId)> GiftedExhibitorAsync<TDb>(AppFixture<TDb> fixture) where TDb : TestDb, new()
    {
        var (enterpriseId, userName, _) = await Onboarding.OnboardingApi.NewExhibitorAsync(fixture.App, "GZ");
        await GiftBasicAsync(fixture.App, enterpriseId);
        return (await fixture.ClientAsAsync(userName), enterpriseId);
    }

    /// <summary>The signed notification the sandbox gateway would send for an order.</summary>
    public static Dictionary<string, string> SandboxNotice(FairHallApp app, string orderNo, long amountFen)
    {
        using var scope = app.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<SandboxGateway>().Notification(orderNo, amountFen);
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

using System.Net;
using FairHall.Modules.Packages;
using FairHall.Modules.Payments;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FairHall.Tests.Fairs.FairsApi;
using static FairHall.Tests.Payments.PaymentsKit;

namespace FairHall.Tests.Payments;

/// <summary>Sandbox callbacks: idempotent and race-safe, and forged or odd ones change nothing (PKG-9).</summary>
[Trait("Req", "PKG-9")]
public abstract class CallbackTests<TDb>(AppFixture<TDb> fixture) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    [Fact]
    public async Task The_same_callback_delivered_100_times_at_once_pays_once_and_grants_once()
    {
        var (client, enterpriseId) = await GiftedExhibitorAsync(fixture);
        var order = await (await client.PostJsonAsync("/api/v1/enterprise/purchases", Buy("B", next: true))).ReadAsync<PurchaseDto>();
        var notice = SandboxNotice(fixture.App, order.OrderNo, order.AmountFen);

        using var gateway = fixture.Anonymous();
        var replies = await Task.WhenAll(Enumerable.Range(0, 100).Select(async _ =>
        {
            using var response = await PostNoticeAsync(gateway, notice);
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
        }));

        replies.ShouldAllBe(r => r.Item1 == 200 && r.Item2 == "success");
        var paid = await OrderAsync(fixture.App, order.OrderNo);
        paid.Status.ShouldBe(PaymentStatus.Paid);
        paid.Version.ShouldBe(2); // created → paying → paid, nothing more
        var grants = await fixture.App.WithDbAsync(db => db.Set<PackageGrant>().Where(g => g.EnterpriseId == enterpriseId).ToListAsync());
        grants.Select(g => (g.SessionNumber, g.Tier)).Order().ShouldBe([(140, PackageTier.B), (141, PackageTier.B)]);

        var entitlement = await (await client.GetAsync("/api/v1/enterprise/entitlement")).ReadAsync<EntitlementResponse>();
        entitlement.Entitlement.Tier.ShouldBe("B");
        entitlement.Entitlement.Quotas.Single(q => q.Key == "accounts").ShouldBe(new QuotaDto("accounts", 30, 1, 29));
    }

    [Fact]
    public async Task Forged_tampered_wrong_amount_wrong_merchant_and_stale_callbacks_change_nothing()
    {
        var (client, enterpriseId) = await GiftedExhibitorAsync(fixture);
        var order = await (await client.PostJsonAsync("/api/v1/enterprise/purchases", Buy("A"))).ReadAsync<PurchaseDto>();
        var good = SandboxNotice(fixture.App, order.OrderNo, order.AmountFen);
        using var gateway = fixture.Anonymous();

        var tampered = new Dictionary<string, string>(good) { ["amount_fen"] = "1" };
        var forged = new Dictionary<string, string>(good) { ["sign"] = new string('0', 64) };
        var wrongAmount = Resign(new Dictionary<string, string>(good) { ["amount_fen"] = "1" });
        var wrongMerchant = Resign(new Dictionary<string, string>(good) { ["merchant_id"] = "someone-else" });
        var stale = Resign(new Dictionary<string, string>(good) { ["timestamp"] = fixture.App.Clock.GetUtcNow().AddMinutes(-6).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var unknown = Resign(new Dictionary<string, string>(good) { ["order_no"] = "FH0000" });
        foreach (var (fields, status) in new[] { (tampered, 403), (forged, 403), (wrongAmount, 422), (wrongMerchant, 403), (stale, 403), (unknown, 404) })
        {
            using var response = await PostNoticeAsync(gateway, fields);
            ((int)response.StatusCode).ShouldBe(status);
            (await response.Content.ReadAsStringAsync()).ShouldBe("fail");
        }

        (await OrderAsync(fixture.App, order.OrderNo)).Status.ShouldBe(PaymentStatus.Paying);
        (await fixture.App.WithDbAsync(db => db.Set<PackageGrant>().CountAsync(g => g.EnterpriseId == enterpriseId))).ShouldBe(0);
        (await PostNoticeAsync(gateway, good)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await OrderAsync(fixture.App, order.OrderNo)).Status.ShouldBe(PaymentStatus.Paid);
    }

    [Fact]
    [Trait("Req", "PKG-6")]
    public async Task Two_concurrent_purchases_make_two_orders_and_paying_both_grants_the_tier_once()
    {
        var (client, enterpriseId) = await GiftedExhibitorAsync(fixture);
        var orders = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
            await (await client.PostJsonAsync("/api/v1/enterprise/purchases", Buy("C"))).ReadAsync<PurchaseDto>()));
        orders.Select(o => o.OrderNo).Distinct().Count().ShouldBe(2);

        using var gateway = fixture.Anonymous();
        await Task.WhenAll(orders.Select(o => PostNoticeAsync(gateway, SandboxNotice(fixture.App, o.OrderNo, o.AmountFen))));

        (await fixture.App.WithDbAsync(db => db.Set<PackageGrant>().CountAsync(g => g.EnterpriseId == enterpriseId && g.Tier == PackageTier.C))).ShouldBe(1);
        var orderIds = await fixture.App.WithDbAsync(db => db.Set<PaymentOrder>().Where(o => o.EnterpriseId == enterpriseId).Select(o => o.Id).ToListAsync());
        var refunds = await fixture.App.WithDbAsync(db => db.Set<Refund>().Where(r => orderIds.Contains(r.OrderId)).ToListAsync());
        refunds.Single().Reason.ShouldBe("superseded");
        refunds.Single().AmountFen.ShouldBe(orders[0].AmountFen);
    }
}

[Trait("Provider", "sqlite")]
public sealed class CallbackTestsOnSqlite(AppFixture<SqliteDb> f) : CallbackTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class CallbackTestsOnPostgres(AppFixture<PostgresDb> f) : CallbackTests<PostgresDb>(f);

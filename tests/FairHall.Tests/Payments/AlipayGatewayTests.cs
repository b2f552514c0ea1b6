using System.Net;
using System.Security.Cryptography;
using FairHall.Modules.Packages;
using FairHall.Modules.Payments;
using FairHall.Modules.Payments.Gateways;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FairHall.Tests.Fairs.FairsApi;
using static FairHall.Tests.Payments.PaymentsKit;

namespace FairHall.Tests.Payments;

/// <summary>Alipay against the local stand-in: signed precreate, verified notifications, the literal <c>success</c>.</summary>
[Trait("Req", "PKG-9")]
public abstract class AlipayGatewayTests<TDb>(GatewayFixture<TDb> fixture) : IClassFixture<GatewayFixture<TDb>> where TDb : TestDb, new()
{
    private GatewayStandIn StandIn => fixture.StandIn;

    [Fact]
    public async Task The_purchase_opens_a_signed_precreate_and_shows_alipays_qr_code()
    {
        var (client, _) = await GiftedExhibitorAsync(fixture);
        var rejectedBefore = StandIn.Rejected;
        var order = await (await client.PostJsonAsync("/api/v1/enterprise/purchases", Buy("A", gateway: "Alipay"))).ReadAsync<PurchaseDto>();

        order.QrContent.ShouldBe("https://qr.alipay.com/standin" + order.OrderNo);
        StandIn.Trades[order.OrderNo].Fen.ShouldBe(order.AmountFen);
        StandIn.Rejected.ShouldBe(rejectedBefore);
        (await OrderAsync(fixture.App, order.OrderNo)).Gateway.ShouldBe(GatewayKind.Alipay);
    }

    [Fact]
    public async Task Tampered_forged_wrong_amount_wrong_app_stale_and_rsa1_notices_change_nothing_and_a_good_one_pays_once()
    {
        var (client, enterpriseId) = await GiftedExhibitorAsync(fixture);
        var order = await (await client.PostJsonAsync("/api/v1/enterprise/purchases", Buy("B", gateway: "Alipay"))).ReadAsync<PurchaseDto>();
        var now = fixture.App.Clock.GetUtcNow();
        using var stranger = RSA.Create(2048);
        var good = StandIn.AlipayNotice(order.OrderNo, order.AmountFen, now);

        var cases = new (string Name, Dictionary<string, string> Fields, int Status)[]
        {
            ("tampered", new(good) { ["total_amount"] = "0.01" }, 403),
            ("forged", StandIn.AlipayNotice(order.OrderNo, order.AmountFen, now, signer: stranger), 403),
            ("no signature", new(good) { ["sign"] = "" }, 403),
            ("rsa1", StandIn.AlipayNotice(order.OrderNo, order.AmountFen, now, f => f["sign_type"] = "RSA"), 403),
            ("wrong amount", StandIn.AlipayNotice(order.OrderNo, order.AmountFen, now, f => f["total_amount"] = "0.01"), 422),
            ("wrong app", StandIn.AlipayNotice(order.OrderNo, order.AmountFen, now, f => f["app_id"] = "2021000000009999"), 403),
            ("wrong seller", StandIn.AlipayNotice(order.OrderNo, order.AmountFen, now, f => f["seller_id"] = "2088000000009999"), 403),
            ("stale", StandIn.AlipayNotice(order.OrderNo, order.AmountFen, now.AddMinutes(-6)), 403),
            ("unknown order", StandIn.AlipayNotice("FH20261121000000DEADBEEF", order.AmountFen, now), 404),
        };
        using var gateway = fixture.Anonymous();
        foreach (var (name, fields, status) in cases)
        {
            using var response = await gateway.PostAsync(AlipayGateway.CallbackPath, new FormUrlEncodedContent(fields));
            ((int)response.StatusCode).ShouldBe(status, name);
            (await response.Content.ReadAsStringAsync()).ShouldBe("fail", name);
        }

        (await OrderAsync(fixture.App, order.OrderNo)).Status.ShouldBe(PaymentStatus.Paying);
        (await fixture.App.WithDbAsync(db => db.Set<PackageGrant>().CountAsync(g => g.EnterpriseId == enterpriseId))).ShouldBe(0);

        // A genuine WAIT_BUYER_PAY notice is acknowledged and pays nothing.
        var waiting = StandIn.AlipayNotice(order.OrderNo, order.AmountFen, now, f => f["trade_status"] = "WAIT_BUYER_PAY");
        (await (await gateway.PostAsync(AlipayGateway.CallbackPath, new FormUrlEncodedContent(waiting))).Content.ReadAsStringAsync()).ShouldBe("success");
        (await OrderAsync(fixture.App, order.OrderNo)).Status.ShouldBe(PaymentStatus.Paying);

        var replies = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var response = await gateway.PostAsync(AlipayGateway.CallbackPath, new FormUrlEncodedContent(good));
            return await response.Content.ReadAsStringAsync();
        }));
        replies.ShouldAllBe(r => r == "success");
        var paid = await OrderAsync(fixture.App, order.OrderNo);
        (paid.Status, paid.Version, paid.GatewayTradeNo).ShouldBe((PaymentStatus.Paid, 2L, good["trade_no"]));
        (await fixture.App.WithDbAsync(db => db.Set<PackageGrant>().CountAsync(g => g.EnterpriseId == enterpriseId))).ShouldBe(1);
    }

    [Fact]
    public void Amounts_are_yuan_with_two_decimals()
    {
        GatewayKeys.Yuan(381_215).ShouldBe("3812.15");
        GatewayKeys.Yuan(200_000).ShouldBe("2000.00");
        GatewayKeys.Fen("3812.15").ShouldBe(381_215);
        GatewayKeys.Fen("2000").ShouldBeNull();
        GatewayKeys.Fen("-1.00").ShouldBeNull();
    }
}

[Trait("Provider", "sqlite")]
public sealed class AlipayGatewayTestsOnSqlite(GatewayFixture<SqliteDb> f) : AlipayGatewayTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class AlipayGatewayTestsOnPostgres(GatewayFixture<PostgresDb> f) : AlipayGatewayTests<PostgresDb>(f);

using System.Net;
using System.Security.Cryptography;
using System.Text;
using FairHall.Modules.Packages;
using FairHall.Modules.Payments;
using FairHall.Modules.Payments.Gateways;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FairHall.Tests.Fairs.FairsApi;
using static FairHall.Tests.Payments.PaymentsKit;

namespace FairHall.Tests.Payments;

/// <summary>WeChat Pay API v3 against the local stand-in: signed native order, verified and decrypted notifications.</summary>
[Trait("Req", "PKG-9")]
public abstract class WeChatPayGatewayTests<TDb>(GatewayFixture<TDb> fixture) : IClassFixture<GatewayFixture<TDb>> where TDb : TestDb, new()
{
    private GatewayStandIn StandIn => fixture.StandIn;

    [Fact]
    public async Task The_purchase_places_a_signed_native_order_and_shows_the_code_url()
    {
        var (client, _) = await GiftedExhibitorAsync(fixture);
        var rejectedBefore = StandIn.Rejected;
        var order = await (await client.PostJsonAsync("/api/v1/enterprise/purchases", Buy("A", gateway: "WeChatPay"))).ReadAsync<PurchaseDto>();

        order.QrContent.ShouldBe("weixin://wxpay/bizpayurl?pr=" + order.OrderNo[^8..]);
        StandIn.Trades[order.OrderNo].Fen.ShouldBe(order.AmountFen);
        StandIn.Rejected.ShouldBe(rejectedBefore);
    }

    [Fact]
    public async Task Tampered_forged_wrong_serial_stale_wrong_key_amount_merchant_or_app_change_nothing_and_a_good_one_pays_once()
    {
        var (client, enterpriseId) = await GiftedExhibitorAsync(fixture);
        var order = await (await client.PostJsonAsync("/api/v1/enterprise/purchases", Buy("B", gateway: "WeChatPay"))).ReadAsync<PurchaseDto>();
        var now = fixture.App.Clock.GetUtcNow();
        using var stranger = RSA.Create(2048);
        var good = StandIn.WeChatNotice(order.OrderNo, order.AmountFen, now);

        var cases = new (string Name, (Dictionary<string, string> Headers, string Body) Notice, int Status)[]
        {
            ("tampered", (good.Headers, good.Body.Replace("encrypt-resource", "encrypt-resourcx", StringComparison.Ordinal)), 403),
            ("forged", StandIn.WeChatNotice(order.OrderNo, order.AmountFen, now, signer: stranger), 403),
            ("wrong serial", StandIn.WeChatNotice(order.OrderNo, order.AmountFen, now, serial: "0000000000000000000000000000DEAD"), 403),
            ("stale", StandIn.WeChatNotice(order.OrderNo, order.AmountFen, now.AddMinutes(-6)), 403),
            ("wrong APIv3 key", StandIn.WeChatNotice(order.OrderNo, order.AmountFen, now, apiV3Key: "someoneElsesApiV3Key0123456789ab"), 400),
            ("wrong amount", StandIn.WeChatNotice(order.OrderNo, order.AmountFen, now, t => t["amount"] = new { total = 1, currency = "CNY" }), 422),
            ("wrong merchant", StandIn.WeChatNotice(order.OrderNo, order.AmountFen, now, t => t["mchid"] = "1900009999"), 403),
            ("wrong app", StandIn.WeChatNotice(order.OrderNo, order.AmountFen, now, t => t["appid"] = "wx99999999999999"), 403),
        };
        using var gateway = fixture.Anonymous();
        foreach (var (name, notice, status) in cases)
        {
            using var response = await PostAsync(gateway, notice);
            ((int)response.StatusCode).ShouldBe(status, name);
            (await response.Content.ReadAsStringAsync()).ShouldContain("\"FAIL\"", Case.Sensitive, name);
        }

        (await OrderAsync(fixture.App, order.OrderNo)).Status.ShouldBe(PaymentStatus.Paying);
        (await fixture.App.WithDbAsync(db => db.Set<PackageGrant>().CountAsync(g => g.EnterpriseId == enterpriseId))).ShouldBe(0);

        var replies = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var response = await PostAsync(gateway, good);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }));
        replies.ShouldAllBe(r => r.StatusCode == HttpStatusCode.NoContent && r.Item2 == "");
        var paid = await OrderAsync(fixture.App, order.OrderNo);
        (paid.Status, paid.Version, paid.GatewayTradeNo).ShouldBe((PaymentStatus.Paid, 2L, "4200" + order.OrderNo[^8..]));
        (await fixture.App.WithDbAsync(db => db.Set<PackageGrant>().CountAsync(g => g.EnterpriseId == enterpriseId))).ShouldBe(1);
    }

    [Fact]
    public void The_authorization_header_signs_method_url_timestamp_nonce_and_body()
    {
        using var key = RSA.Create(2048);
        var header = WeChatPaySignature.Authorization("1900000001", "SERIAL", key, "POST", "/v3/pay/transactions/native", 1_700_000_000, "NONCE", "{}");
        var p = WeChatPaySignature.ParseAuthorization(header);
        (p["mchid"], p["serial_no"], p["timestamp"], p["nonce_str"]).ShouldBe(("1900000001", "SERIAL", "1700000000", "NONCE"));
        GatewayKeys.VerifySha256(key, "POST\n/v3/pay/transactions/native\n1700000000\nNONCE\n{}\n", p["signature"]).ShouldBeTrue();
        WeChatPaySignature.Decrypt(GatewayStandIn.ApiV3Key, "nonce0123456", "ad", WeChatPaySignature.Encrypt(GatewayStandIn.ApiV3Key, "nonce0123456", "ad", "明文")).ShouldBe("明文");
        WeChatPaySignature.Decrypt(GatewayStandIn.ApiV3Key, "nonce0123456", "other", WeChatPaySignature.Encrypt(GatewayStandIn.ApiV3Key, "nonce0123456", "ad", "明文")).ShouldBeNull();
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, (Dictionary<string, string> Headers, string Body) notice)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, WeChatPayGateway.CallbackPath) { Content = new StringContent(notice.Body, Encoding.UTF8, "application/json") };
        foreach (var (k, v) in notice.Headers)
        {
            request.Headers.TryAddWithoutValidation(k, v);
        }

        return client.SendAsync(request);
    }
}

[Trait("Provider", "sqlite")]
public sealed class WeChatPayGatewayTestsOnSqlite(GatewayFixture<SqliteDb> f) : WeChatPayGatewayTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class WeChatPayGatewayTestsOnPostgres(GatewayFixture<PostgresDb> f) : WeChatPayGatewayTests<PostgresDb>(f);

using System.Net;
using System.Security.Cryptography;
using System.Text;
using FairHall.Modules.Accounts;
using FairHall.Modules.Orders;
using FairHall.Platform.Notifications;
using FairHall.Platform.Outbox;
using FairHall.Tests.Accounts;
using FairHall.Tests.Infrastructure;
using FairHall.Tests.Platform.Messaging;
using Microsoft.EntityFrameworkCore;
using static FairHall.Tests.Orders.OrdersKit;

namespace FairHall.Tests.Orders;

/// <summary>The order fields ORD-5 adds.</summary>
public sealed record ContractDto(long Id, string Number, string Status, string CreatedBy, long? ConfirmedAmountFen, string? ContractDigest, DateTimeOffset? SignedAt, string? SignedByName, long Version, List<OrdersKit.EventDto> Events);

/// <summary>The channels of a queued order notice.</summary>
public sealed record ChannelDto(string TitleZh, string TitleEn, long? UserId, string? Phone, string? Email, string? Link);

/// <summary>
/// ORD-5: the exhibitor creates an intent for a buyer (创建意向单), the buyer confirms it, a business representative signs
/// the deal as an e-contract intent; order notices go to the right people on every bound channel (in-app, e-mail, SMS).
/// </summary>
[Trait("Req", "ORD-5")]
public abstract class ExhibitorIntentTests<TDb>(MailFixture<TDb> fixture) : IClassFixture<MailFixture<TDb>> where TDb : TestDb, new()
{
    private async Task<long> ProductInBoundZoneAsync(string name)
    {
        var enterprise = await DemoEnterpriseAsync(fixture.App);
        var (bound, _) = await ZonesAsync(fixture.App);
        return await ProductAsync(fixture.App, enterprise, bound, name);
    }

    private Task<long> UserIdAsync(string userName) =>
        fixture.App.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).FirstAsync());

    private Task<List<ChannelDto>> NoticesAsync(string number) =>
        fixture.App.WithDbAsync(async db => (await db.Set<OutboxMessage>().Where(m => m.Payload.Contains(number)).OrderBy(m => m.Id).Select(m => m.Payload).ToListAsync())
            .Select(p => System.Text.Json.JsonSerializer.Deserialize<ChannelDto>(p)!).ToList());

    private Task SetDutyAsync(string userName, StaffDuty? duty) =>
        fixture.App.WithDbAsync(async db =>
        {
            var u = await db.Users.FirstAsync(x => x.UserName == userName);
            u.Duty = duty;
            await db.SaveChangesAsync();
        });

    [Fact]
    [Trait("Req", "ORD-2")]
    [Trait("Req", "ORD-3")]
    [Trait("Req", "ACC-9")]
    public async Task Exhibitor_creates_an_intent_the_buyer_confirms_and_a_business_representative_signs_it_as_an_e_contract_intent()
    {
        var productId = await ProductInBoundZoneAsync("线下洽谈保温杯");
        var admin = await fixture.ClientAsAsync(DemoUsers.ExhibitorAdmin);
        var created = await admin.PostJsonAsync("/api/v1/enterprise/intent-orders", new { productId, buyer = DemoUsers.Buyer, quantity = 20, amountFen = 88000, exhibitorNote = "广交会现场洽谈" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var order = await created.ReadAsync<ContractDto>();
        order.Status.ShouldBe("AwaitingBuyer");
        order.CreatedBy.ShouldBe("Exhibitor");
        order.ConfirmedAmountFen.ShouldBe(88000);
        order.Events.Select(e => (e.Action, e.From, e.To, e.Side)).ShouldBe([("Propose", null, "AwaitingBuyer", "Exhibitor")]);

        // The buyer sees it among its intents and is told on every channel it has bound (the demo buyer has a phone).
        var buyer = await fixture.ClientAsAsync(DemoUsers.Buyer);
        var buyerId = await UserIdAsync(DemoUsers.Buyer);
        var mine = await (await buyer.GetAsync("/api/v1/my/intent-orders?status=AwaitingBuyer")).ReadAsync<PageDto>();
        mine.Items.ShouldContain(i => i.Id == order.Id);
        var proposed = (await NoticesAsync(order.Number)).ShouldHaveSingleItem();
        proposed.UserId.ShouldBe(buyerId);
        proposed.Phone.ShouldNotBeNullOrEmpty();
        proposed.TitleEn.ShouldStartWith("An exhibitor created an intent order for you");

        // Signing needs a deal.
        (await Problem.ReadAsync(await admin.PostJsonAsync($"/api/v1/enterprise/intent-orders/{order.Id}/sign", new { }), (HttpStatusCode)422)).Code.ShouldBe("intent_not_deal");
        var deal = await (await buyer.PostJsonAsync($"/api/v1/my/intent-orders/{order.Id}/confirm", new { version = order.Version })).ReadAsync<ContractDto>();
        deal.Status.ShouldBe("Deal");

        // ACC-9: a consultant may not sign; a business representative may.
        var staff = await fixture.ClientAsAsync(DemoUsers.ExhibitorStaff);
        await SetDutyAsync(DemoUsers.ExhibitorStaff, StaffDuty.Consultant);
        try
        {
            (await Problem.ReadAsync(await staff.PostJsonAsync($"/api/v1/enterprise/intent-orders/{order.Id}/sign", new { }), HttpStatusCode.Forbidden)).Code.ShouldBe("not_business_representative");
            await SetDutyAsync(DemoUsers.ExhibitorStaff, StaffDuty.BusinessRepresentative);
            var signed = await (await staff.PostJsonAsync($"/api/v1/enterprise/intent-orders/{order.Id}/sign", new { version = deal.Version })).ReadAsync<ContractDto>();
            signed.Status.ShouldBe("Signed");
            signed.SignedByName.ShouldNotBeNullOrEmpty();
            signed.ContractDigest.ShouldNotBeNull().ShouldMatch("^[0-9a-f]{64}$");
            signed.Events.Select(e => e.Action).ShouldBe(["Propose", "BuyerConfirm", "Sign"]);
            signed.Events[^1].AmountFen.ShouldBe(88000);

            // The buyer sees the same signature; the digest is recomputable from the stored order (both engines keep the time exactly).
            var seen = await (await buyer.GetAsync($"/api/v1/my/intent-orders/{order.Id}")).ReadAsync<ContractDto>();
            seen.ContractDigest.ShouldBe(signed.ContractDigest);
            var stored = await fixture.App.WithDbAsync(db => db.Set<IntentOrder>().AsNoTracking().FirstAsync(o => o.Id == order.Id));
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(stored.ContractText()))).ShouldBe(signed.ContractDigest);
            stored.ContractText().ShouldContain("amount_fen=88000");
            (await Problem.ReadAsync(await staff.PostJsonAsync($"/api/v1/enterprise/intent-orders/{order.Id}/sign", new { }), (HttpStatusCode)422)).Code.ShouldBe("intent_finished");
            (await Problem.ReadAsync(await admin.PostJsonAsync($"/api/v1/enterprise/intent-orders/{order.Id}/close", new { note = "x" }), (HttpStatusCode)422)).Code.ShouldBe("intent_finished");
        }
        finally
        {
            await SetDutyAsync(DemoUsers.ExhibitorStaff, null);
        }
    }

    [Fact]
    [Trait("Req", "ACC-5")]
    public async Task Creating_an_intent_refuses_unknown_buyers_bad_amounts_foreign_products_and_buyers_with_clear_errors()
    {
        var productId = await ProductInBoundZoneAsync("错误检查保温杯");
        var admin = await fixture.ClientAsAsync(DemoUsers.ExhibitorAdmin);
        var bad = await Problem.ReadAsync(await admin.PostJsonAsync("/api/v1/enterprise/intent-orders", new { productId, buyer = "nobody.here", quantity = 0, amountFen = 0 }), HttpStatusCode.BadRequest);
        bad.Code.ShouldBe("validation_failed");
        bad.Errors!.Keys.ShouldBe(["amountFen", "buyer", "quantity"], ignoreOrder: true);
        var english = await fixture.ClientAsAsync(DemoUsers.ExhibitorAdmin);
        english.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var missing = await Problem.ReadAsync(await english.PostJsonAsync("/api/v1/enterprise/intent-orders", new { productId, quantity = 1, amountFen = 100 }), HttpStatusCode.BadRequest);
        missing.Errors!["buyer"].ShouldBe(["Give the buyer's account name, verified e-mail or phone."]);

        // An exhibitor account is not a buyer; a product that does not exist or is not public is "not found".
        (await Problem.ReadAsync(await admin.PostJsonAsync("/api/v1/enterprise/intent-orders", new { productId, buyer = DemoUsers.ExhibitorStaff, quantity = 1, amountFen = 100 }), HttpStatusCode.BadRequest))
            .Errors!.Keys.ShouldBe(["buyer"]);
        (await admin.PostJsonAsync("/api/v1/enterprise/intent-orders", new { productId = 987654321, buyer = DemoUsers.Buyer, quantity = 1, amountFen = 100 })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var enterprise = await DemoEnterpriseAsync(fixture.App);
        var (bound, _) = await ZonesAsync(fixture.App);
        var draft = await ProductAsync(fixture.App, enterprise, bound, "未上架保温杯", list: false);
        (await admin.PostJsonAsync("/api/v1/enterprise/intent-orders", new { productId = draft, buyer = DemoUsers.Buyer, quantity = 1, amountFen = 100 })).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // A buyer cannot create exhibitor intents.
        var buyer = await fixture.ClientAsAsync(DemoUsers.Buyer);
        (await buyer.PostJsonAsync("/api/v1/enterprise/intent-orders", new { productId, buyer = DemoUsers.Buyer, quantity = 1, amountFen = 100 })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    [Trait("Req", "ORD-1")]
    [Trait("Req", "ORD-2")]
    public async Task Order_notices_reach_representatives_and_buyers_by_mail_and_sms_and_deals_reach_both_sides()
    {
        var productId = await ProductInBoundZoneAsync("通知测试保温杯");
        var adminMail = $"rep-{Guid.NewGuid():N}"[..12] + "@example.com";
        var buyerMail = $"buy-{Guid.NewGuid():N}"[..12] + "@example.com";
        await fixture.App.WithDbAsync(async db =>
        {
            foreach (var (name, mail) in new[] { (DemoUsers.ExhibitorAdmin, adminMail), (DemoUsers.Buyer, buyerMail) })
            {
                var u = await db.Users.FirstAsync(x => x.UserName == name);
                u.Email = mail;
                u.NormalizedEmail = mail.ToUpperInvariant();
                u.EmailConfirmed = true;
            }

            await db.SaveChangesAsync();
        });
        var adminId = await UserIdAsync(DemoUsers.ExhibitorAdmin);
        var staffId = await UserIdAsync(DemoUsers.ExhibitorStaff);
        var buyerId = await UserIdAsync(DemoUsers.Buyer);
        var buyer = await fixture.ClientAsAsync(DemoUsers.Buyer);
        var admin = await fixture.ClientAsAsync(DemoUsers.ExhibitorAdmin);

        // New intent → the exhibitor's business representatives (admin and the zone's sub-account), not a consultant.
        await SetDutyAsync(DemoUsers.ExhibitorStaff, StaffDuty.Consultant);
        OrdersKit.OrderDto order;
        try
        {
            var response = await buyer.PostJsonAsync("/api/v1/my/intent-orders", Intent(productId));
            response.StatusCode.ShouldBe(HttpStatusCode.Created);
            order = await response.ReadAsync<OrdersKit.OrderDto>();
        }
        finally
        {
            await SetDutyAsync(DemoUsers.ExhibitorStaff, null);
        }

        var submitted = await NoticesAsync(order.Number);
        submitted.Select(n => n.UserId).ShouldBe([adminId]);
        submitted[0].Email.ShouldBe(adminMail);
        submitted[0].Phone.ShouldNotBeNullOrEmpty();
        submitted[0].TitleZh.ShouldBe("收到新的意向单");

        // Amount sent for confirmation → the buyer; the deal → both sides, never the one who acted.
        var asked = await (await admin.PostJsonAsync($"/api/v1/enterprise/intent-orders/{order.Id}/ask-buyer", new { amountFen = 43000 })).ReadAsync<OrdersKit.OrderDto>();
        (await buyer.PostJsonAsync($"/api/v1/my/intent-orders/{order.Id}/confirm", new { version = asked.Version })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var all = await NoticesAsync(order.Number);
        all.Where(n => n.TitleZh == "请确认意向单金额").Select(n => (n.UserId, n.Email)).ShouldBe([(buyerId, buyerMail)]);
        all.Where(n => n.TitleZh == "采购商已确认成交").Select(n => n.UserId).OrderBy(i => i).ShouldBe(new long?[] { adminId, staffId }.OrderBy(i => i));
        all.ShouldNotContain(n => n.TitleZh == "采购商已确认成交" && n.UserId == buyerId);

        // Delivered: the SMTP sink prints the mails, the SMS stand-in stores the texts.
        await fixture.Dispatcher.DispatchDueAsync();
        var printed = await fixture.Sink.WaitForAsync(buyerMail, TimeSpan.FromSeconds(60));
        printed = await fixture.Sink.WaitForAsync(adminMail, TimeSpan.FromSeconds(60));
        SmtpSink.Headers(printed, "Subject").ShouldContain("收到新的意向单");
        SmtpSink.Headers(printed, "Subject").ShouldContain("请确认意向单金额");
        var adminPhone = await fixture.App.WithDbAsync(db => db.Users.Where(u => u.Id == adminId).Select(u => u.PhoneNumber).FirstAsync());
        var texts = await fixture.App.WithDbAsync(db => db.Set<SmsMessage>().Where(m => m.Phone == adminPhone && m.Text.Contains(order.Number)).Select(m => m.Text).ToListAsync());
        texts.ShouldContain(t => t.Contains("收到新的意向单"));
        texts.ShouldContain(t => t.Contains("采购商已确认成交"));
        var inApp = await fixture.App.WithDbAsync(db => db.Set<Notification>().Where(n => n.UserId == buyerId && n.BodyZh.Contains(order.Number)).Select(n => n.TitleZh).ToListAsync());
        inApp.ShouldBe(["请确认意向单金额"]); // the buyer confirmed the deal itself: no notice of its own step
    }
}

[Trait("Provider", "sqlite")]
public sealed class ExhibitorIntentTestsOnSqlite(MailFixture<SqliteDb> f) : ExhibitorIntentTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class ExhibitorIntentTestsOnPostgres(MailFixture<PostgresDb> f) : ExhibitorIntentTests<PostgresDb>(f);

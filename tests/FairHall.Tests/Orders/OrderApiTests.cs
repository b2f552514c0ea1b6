using System.Net;
using FairHall.Modules.Accounts;
using FairHall.Platform.Outbox;
using FairHall.Platform.Security;
using FairHall.Tests.Accounts;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FairHall.Tests.Orders.OrdersKit;

namespace FairHall.Tests.Orders;

/// <summary>The part of a queued notification the tests read.</summary>
public sealed record NoticeDto(string TitleZh, string TitleEn, long? UserId, string? Link);

/// <summary>Intent orders through the API: submission, the exhibitor's handling, the buyer's answer, access, routing and races.</summary>
[Trait("Req", "ORD-1")]
public abstract class OrderApiTests<TDb>(AppFixture<TDb> fixture) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    private async Task<(long ProductId, long ZoneId)> ListedInBoundZoneAsync(string name = "测试保温杯")
    {
        var enterprise = await DemoEnterpriseAsync(fixture.App);
        var (bound, _) = await ZonesAsync(fixture.App);
        return (await ProductAsync(fixture.App, enterprise, bound, name), bound);
    }

    private async Task<OrderDto> SubmitAsync(HttpClient buyer, long productId, int quantity = 10)
    {
        var response = await buyer.PostJsonAsync("/api/v1/my/intent-orders", Intent(productId, quantity));
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return await response.ReadAsync<OrderDto>();
    }

    [Fact]
    [Trait("Req", "ORD-2")]
    [Trait("Req", "ORD-3")]
    public async Task Buyer_submits_exhibitor_asks_to_confirm_buyer_confirms_and_both_see_the_deal_and_timeline()
    {
        var (productId, _) = await ListedInBoundZoneAsync();
        var buyer = await fixture.ClientAsAsync(DemoUsers.Buyer);
        var order = await SubmitAsync(buyer, productId);
        order.Status.ShouldBe("Pending");
        order.Number.ShouldMatch("^[0-9]{14}[A-Z2-9]{5}$");
        order.ProductNameZh.ShouldBe("测试保温杯");
        order.BudgetFen.ShouldBe(45000);

        var admin = await fixture.ClientAsAsync(DemoUsers.ExhibitorAdmin);
        var list = await (await admin.GetAsync($"/api/v1/enterprise/intent-orders?number={order.Number[^5..]}&status=Pending")).ReadAsync<PageDto>();
        list.Items.Select(i => i.Id).ShouldBe([order.Id]);
        list.Items[0].BuyerName.ShouldBe("Anna Schmidt (Buyer)");
        var day = DateOnly.ParseExact(order.Number[..8], "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture); // the display-zone day it was made
        var inRange = await admin.GetAsync($"/api/v1/enterprise/intent-orders?number={order.Number}&from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}");
        (await inRange.ReadAsync<PageDto>()).Items.Select(i => i.Id).ShouldBe([order.Id]);
        var after = await admin.GetAsync($"/api/v1/enterprise/intent-orders?number={order.Number}&from={day.AddDays(1):yyyy-MM-dd}");
        (await after.ReadAsync<PageDto>()).Items.ShouldBeEmpty();
        var staff = await fixture.ClientAsAsync(DemoUsers.ExhibitorStaff); // bound to the product's zone
        (await staff.GetAsync($"/api/v1/enterprise/intent-orders/{order.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var asked = await (await admin.PostJsonAsync($"/api/v1/enterprise/intent-orders/{order.Id}/ask-buyer", new { amountFen = 42000, note = "含运费", version = order.Version })).ReadAsync<OrderDto>();
        asked.Status.ShouldBe("AwaitingBuyer");
        asked.ConfirmedAmountFen.ShouldBe(42000);
        var notices = (await fixture.App.WithDbAsync(db => db.Set<OutboxMessage>().Where(m => m.Payload.Contains(order.Number)).Select(m => m.Payload).ToListAsync()))
            .Select(p => System.Text.Json.JsonSerializer.Deserialize<NoticeDto>(p)!).ToList();
        var admins = await fixture.App.WithDbAsync(db => db.Users.Where(u => u.UserName == DemoUsers.ExhibitorAdmin || u.UserName == DemoUsers.ExhibitorStaff).Select(u => u.Id).ToListAsync());
        foreach (var id in admins)
        {
            notices.ShouldContain(n => n.TitleEn == "New intent order" && n.UserId == id); // the admin and the sub-account bound to the zone
        }

        var buyerId = await fixture.App.WithDbAsync(db => db.Users.Where(u => u.UserName == DemoUsers.Buyer).Select(u => u.Id).FirstAsync());
        notices.Where(n => n.TitleZh == "请确认意向单金额").ShouldHaveSingleItem().UserId.ShouldBe(buyerId);

        var confirmed = await (await buyer.PostJsonAsync($"/api/v1/my/intent-orders/{order.Id}/confirm", new { version = asked.Version })).ReadAsync<OrderDto>();
        confirmed.Status.ShouldBe("Deal");

        foreach (var view in new[]
        {
            await (await buyer.GetAsync($"/api/v1/my/intent-orders/{order.Id}")).ReadAsync<OrderDto>(),
            await (await admin.GetAsync($"/api/v1/enterprise/intent-orders/{order.Id}")).ReadAsync<OrderDto>(),
        })
        {
            view.Status.ShouldBe("Deal");
            view.Events.Select(e => e.Action).ShouldBe(["Submit", "AskBuyer", "BuyerConfirm"]);
            view.Events.Select(e => e.To).ShouldBe(["Pending", "AwaitingBuyer", "Deal"]);
            view.Events[1].Side.ShouldBe("Exhibitor");
            view.Events[1].AmountFen.ShouldBe(42000);
            view.Events[1].Note.ShouldBe("含运费");
            view.Events[2].AmountFen.ShouldBe(42000);
            view.Events[2].ActorName.ShouldBe("Anna Schmidt (Buyer)");
        }

        // A finished order refuses every further step.
        (await Problem.ReadAsync(await admin.PostJsonAsync($"/api/v1/enterprise/intent-orders/{order.Id}/close", new { note = "x" }), (HttpStatusCode)422)).Code.ShouldBe("intent_finished");
        (await Problem.ReadAsync(await buyer.PostJsonAsync($"/api/v1/my/intent-orders/{order.Id}/decline", new { }), (HttpStatusCode)422)).Code.ShouldBe("intent_finished");
        var mine = await (await buyer.GetAsync("/api/v1/my/intent-orders?status=Deal")).ReadAsync<PageDto>();
        mine.Items.ShouldContain(i => i.Id == order.Id);
    }

    [Fact]
    [Trait("Req", "ORD-2")]
    public async Task Exhibitor_closes_with_a_reason_or_confirms_directly_and_a_declined_amount_goes_back_to_pending()
    {
        var (productId, _) = await ListedInBoundZoneAsync();
        var buyer = await fixture.ClientAsAsync(DemoUsers.Buyer);
        var admin = await fixture.ClientAsAsync(DemoUsers.ExhibitorAdmin);

        var a = await SubmitAsync(buyer, productId);
        (await Problem.ReadAsync(await buyer.PostJsonAsync($"/api/v1/my/intent-orders/{a.Id}/confirm", new { }), (HttpStatusCode)422)).Code.ShouldBe("intent_not_awaiting_buyer");
        var noReason = await Problem.ReadAsync(await admin.PostJsonAsync($"/api/v1/enterprise/intent-orders/{a.Id}/close", new { note = " " }), HttpStatusCode.BadRequest);
        noReason.Code.ShouldBe("validation_failed");
        var closed = await (await admin.PostJsonAsync($"/api/v1/enterprise/intent-orders/{a.Id}/close", new { note = "预算过低" })).ReadAsync<OrderDto>();
        closed.Status.ShouldBe("Closed");
        closed.ExhibitorNote.ShouldBe("预算过低");
        (await Problem.ReadAsync(await admin.PostJsonAsync($"/api/v1/enterprise/intent-orders/{a.Id}/deal", new { amountFen = 1 }), (HttpStatusCode)422)).Code.ShouldBe("intent_finished");

        var b = await SubmitAsync(buyer, productId);
        (await Problem.ReadAsync(await admin.PostJsonAsync($"/api/v1/enterprise/intent-orders/{b.Id}/deal", new { }), HttpStatusCode.BadRequest)).Code.ShouldBe("validation_failed");
        (await Problem.ReadAsync(await admin.PostJsonAsync($"/api/v1/enterprise/intent-orders/{b.Id}/ask-buyer", new { amountFen = 0 }), HttpStatusCode.BadRequest)).Code.ShouldBe("validation_failed");
        var deal = await (await admin.PostJsonAsync($"/api/v1/enterprise/intent-orders/{b.Id}/deal", new { amountFen = 44900 })).ReadAsync<OrderDto>();
        deal.Status.ShouldBe("Deal");
        deal.ConfirmedAmountFen.ShouldBe(44900);

        var c = await SubmitAsync(buyer, productId);
        (await admin.PostJsonAsync($"/api/v1/enterprise/intent-orders/{c.Id}/ask-buyer", new { amountFen = 50000 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Problem.ReadAsync(await admin.PostJsonAsync($"/api/v1/enterprise/intent-orders/{c.Id}/ask-buyer", new { amountFen = 49000 }), (HttpStatusCode)422)).Code.ShouldBe("intent_transition_refused");
        (await Problem.ReadAsync(await admin.PostJsonAsync($"/api/v1/enterprise/intent-orders/{c.Id}/deal", new { amountFen = 49000 }), (HttpStatusCode)422)).Code.ShouldBe("intent_transition_refused");
        var declined = await (await buyer.PostJsonAsync($"/api/v1/my/intent-orders/{c.Id}/decline", new { note = "太贵" })).ReadAsync<OrderDto>();
        declined.Status.ShouldBe("Pending");
        (await admin.PostJsonAsync($"/api/v1/enterprise/intent-orders/{c.Id}/ask-buyer", new { amountFen = 46000 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var closedWhileWaiting = await (await admin.PostJsonAsync($"/api/v1/enterprise/intent-orders/{c.Id}/close", new { note = "采购商无回复" })).ReadAsync<OrderDto>();
        closedWhileWaiting.Status.ShouldBe("Closed");
        closedWhileWaiting.Events.Select(e => e.Action).ShouldBe(["Submit", "AskBuyer", "BuyerDecline", "AskBuyer", "Close"]);

        // CSV with the current filters: only the closed ones of this product.
        var csv = await (await admin.GetAsync($"/api/v1/enterprise/intent-orders/export.csv?status=Closed&number={a.Number}")).Content.ReadAsStringAsync();
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("number,status,");
        lines.Skip(1).ShouldHaveSingleItem().ShouldStartWith(a.Number + ",");
    }

    [Fact]
    [Trait("Req", "ACC-5")]
    public async Task Buyers_see_only_their_own_exhibitors_only_their_products_and_sub_accounts_only_their_zones()
    {
        var enterprise = await DemoEnterpriseAsync(fixture.App);
        var (bound, unbound) = await ZonesAsync(fixture.App);
        var inBound = await ProductAsync(fixture.App, enterprise, bound);
        var inUnbound = await ProductAsync(fixture.App, enterprise, unbound, "别区展品");
        var buyer = await fixture.ClientAsAsync(DemoUsers.Buyer);
        var mine = await SubmitAsync(buyer, inBound);
        var elsewhere = await SubmitAsync(buyer, inUnbound);

        var otherBuyer = await fixture.ClientAsAsync(await fixture.App.CreateUserAsync(Roles.Buyer, _ => { }));
        (await Problem.ReadAsync(await otherBuyer.GetAsync($"/api/v1/my/intent-orders/{mine.Id}"), HttpStatusCode.NotFound)).Code.ShouldBe("not_found");
        (await Problem.ReadAsync(await otherBuyer.PostJsonAsync($"/api/v1/my/intent-orders/{mine.Id}/decline", new { }), HttpStatusCode.NotFound)).Code.ShouldBe("not_found");
        (await (await otherBuyer.GetAsync("/api/v1/my/intent-orders")).ReadAsync<PageDto>()).Items.ShouldBeEmpty();

        var (stranger, _) = await Payments.PaymentsKit.GiftedExhibitorAsync(fixture);
        (await Problem.ReadAsync(await stranger.GetAsync($"/api/v1/enterprise/intent-orders/{mine.Id}"), HttpStatusCode.NotFound)).Code.ShouldBe("not_found");
        (await Problem.ReadAsync(await stranger.PostJsonAsync($"/api/v1/enterprise/intent-orders/{mine.Id}/deal", new { amountFen = 1 }), HttpStatusCode.NotFound)).Code.ShouldBe("not_found");
        (await (await stranger.GetAsync("/api/v1/enterprise/intent-orders")).ReadAsync<PageDto>()).Items.ShouldBeEmpty();

        var staff = await fixture.ClientAsAsync(DemoUsers.ExhibitorStaff);
        var staffList = await (await staff.GetAsync("/api/v1/enterprise/intent-orders?limit=200")).ReadAsync<PageDto>();
        staffList.Items.ShouldContain(i => i.Id == mine.Id);
        staffList.Items.ShouldNotContain(i => i.Id == elsewhere.Id);
        (await Problem.ReadAsync(await staff.GetAsync($"/api/v1/enterprise/intent-orders/{elsewhere.Id}"), HttpStatusCode.Forbidden)).Code.ShouldBe("zone_not_bound");
        (await Problem.ReadAsync(await staff.PostJsonAsync($"/api/v1/enterprise/intent-orders/{elsewhere.Id}/close", new { note = "x" }), HttpStatusCode.Forbidden)).Code.ShouldBe("zone_not_bound");
        var admin = await fixture.ClientAsAsync(DemoUsers.ExhibitorAdmin);
        var adminList = await (await admin.GetAsync("/api/v1/enterprise/intent-orders?limit=200")).ReadAsync<PageDto>();
        adminList.Items.ShouldContain(i => i.Id == elsewhere.Id);

        // Exhibitors cannot buy and buyers cannot handle (policies).
        (await admin.PostJsonAsync("/api/v1/my/intent-orders", Intent(inBound))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await buyer.PostJsonAsync($"/api/v1/enterprise/intent-orders/{mine.Id}/deal", new { amountFen = 1 })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    [Trait("Req", "ACC-9")]
    public async Task Only_business_representatives_among_staff_with_a_duty_agree_amounts()
    {
        var enterprise = await DemoEnterpriseAsync(fixture.App);
        var (bound, _) = await ZonesAsync(fixture.App);
        var productId = await ProductAsync(fixture.App, enterprise, bound);
        var buyer = await fixture.ClientAsAsync(DemoUsers.Buyer);
        var order = await SubmitAsync(buyer, productId);

        async Task<HttpClient> StaffAsync(StaffDuty duty)
        {
            var name = await fixture.App.CreateUserAsync(Roles.ExhibitorStaff, u => { u.EnterpriseId = enterprise; u.Duty = duty; });
            await fixture.App.WithDbAsync(async db =>
            {
                var id = await db.Users.Where(u => u.UserName == name).Select(u => u.Id).FirstAsync();
                db.Add(new AccountZone(id, bound));
                await db.SaveChangesAsync();
            });
            return await fixture.ClientAsAsync(name);
        }

        var consultant = await StaffAsync(StaffDuty.Consultant);
        (await Problem.ReadAsync(await consultant.PostJsonAsync($"/api/v1/enterprise/intent-orders/{order.Id}/deal", new { amountFen = 100 }), HttpStatusCode.Forbidden)).Code.ShouldBe("not_business_representative");
        (await Problem.ReadAsync(await consultant.PostJsonAsync($"/api/v1/enterprise/intent-orders/{order.Id}/ask-buyer", new { amountFen = 100 }), HttpStatusCode.Forbidden)).Code.ShouldBe("not_business_representative");
        var representative = await StaffAsync(StaffDuty.BusinessRepresentative);
        (await representative.PostJsonAsync($"/api/v1/enterprise/intent-orders/{order.Id}/deal", new { amountFen = 100 })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    [Trait("Req", "BUY-1")]
    public async Task Intents_only_for_public_products_of_the_current_session_and_with_valid_fields()
    {
        var enterprise = await DemoEnterpriseAsync(fixture.App);
        var (bound, _) = await ZonesAsync(fixture.App);
        var buyer = await fixture.ClientAsAsync(DemoUsers.Buyer);
        var unlisted = await ProductAsync(fixture.App, enterprise, bound, list: false);
        var hidden = await ProductAsync(fixture.App, enterprise, bound, tweak: (p, now) => p.Show(true, now).ShouldBeNull());
        var banned = await ProductAsync(fixture.App, enterprise, bound, tweak: (p, now) => p.Ban("违规", now).ShouldBeNull());
        foreach (var id in new[] { unlisted, hidden, banned, 999_999_999L })
        {
            (await Problem.ReadAsync(await buyer.PostJsonAsync("/api/v1/my/intent-orders", Intent(id)), HttpStatusCode.NotFound)).Code.ShouldBe("not_found");
        }

        var listed = await ProductAsync(fixture.App, enterprise, bound);
        var invalid = await Problem.ReadAsync(await buyer.PostJsonAsync("/api/v1/my/intent-orders", new { productId = listed, quantity = 0, budgetFen = -5, note = new string('x', 201) }), HttpStatusCode.BadRequest);
        invalid.Code.ShouldBe("validation_failed");
        invalid.Errors!.Keys.ShouldBe(["quantity", "budgetFen", "note"], ignoreOrder: true);
        (await buyer.PostJsonAsync("/api/v1/my/intent-orders", new { productId = listed, quantity = 1 })).StatusCode.ShouldBe(HttpStatusCode.Created); // no budget, no note
    }

    [Fact]
    [Trait("Req", "ORD-2")]
    public async Task Two_confirms_of_the_same_version_make_one_transition_and_the_other_gets_409()
    {
        var (productId, _) = await ListedInBoundZoneAsync();
        var buyer = await fixture.ClientAsAsync(DemoUsers.Buyer);
        var admin = await fixture.ClientAsAsync(DemoUsers.ExhibitorAdmin);
        var order = await SubmitAsync(buyer, productId);
        var asked = await (await admin.PostJsonAsync($"/api/v1/enterprise/intent-orders/{order.Id}/ask-buyer", new { amountFen = 30000 })).ReadAsync<OrderDto>();

        var second = await fixture.ClientAsAsync(DemoUsers.Buyer);
        var responses = await Task.WhenAll(
            buyer.PostJsonAsync($"/api/v1/my/intent-orders/{order.Id}/confirm", new { version = asked.Version }),
            second.PostJsonAsync($"/api/v1/my/intent-orders/{order.Id}/confirm", new { version = asked.Version }));
        responses.Select(r => r.StatusCode).OrderBy(s => s).ShouldBe([HttpStatusCode.OK, HttpStatusCode.Conflict]);
        var view = await (await buyer.GetAsync($"/api/v1/my/intent-orders/{order.Id}")).ReadAsync<OrderDto>();
        view.Events.Count(e => e.Action == "BuyerConfirm").ShouldBe(1);

        // Two exhibitor clicks on the same version: one deal, the other 409.
        var other = await SubmitAsync(buyer, productId);
        var admin2 = await fixture.ClientAsAsync(DemoUsers.ExhibitorAdmin);
        var clicks = await Task.WhenAll(
            admin.PostJsonAsync($"/api/v1/enterprise/intent-orders/{other.Id}/deal", new { amountFen = 100, version = other.Version }),
            admin2.PostJsonAsync($"/api/v1/enterprise/intent-orders/{other.Id}/close", new { note = "重复", version = other.Version }));
        clicks.Select(r => r.StatusCode).OrderBy(s => s).ShouldBe([HttpStatusCode.OK, HttpStatusCode.Conflict]);
    }
}

[Trait("Provider", "sqlite")]
public sealed class OrderApiTestsOnSqlite(AppFixture<SqliteDb> f) : OrderApiTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class OrderApiTestsOnPostgres(AppFixture<PostgresDb> f) : OrderApiTests<PostgresDb>(f);

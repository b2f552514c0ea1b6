using FairHall.Modules.Accounts;
using FairHall.Modules.Exhibitors.Onboarding;
using FairHall.Modules.Fairs;
using FairHall.Modules.Packages;
using FairHall.Modules.Payments;
using FairHall.Modules.Payments.Gateways;
using FairHall.Modules.Payments.Jobs;
using FairHall.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using static FairHall.Tests.Fairs.FairsApi;
using static FairHall.Tests.Payments.PaymentsKit;

namespace FairHall.Tests.Payments;

/// <summary>Scheduled sweeps: PKG-8 refunds through the gateway that took the money, reconciliation, the lease, the PKG-7 quota date.</summary>
[Trait("Req", "PKG-8")]
public abstract class SweepTests<TDb>(GatewayFixture<TDb> fixture) : IClassFixture<GatewayFixture<TDb>> where TDb : TestDb, new()
{
    private FairHallApp App => fixture.App;

    [Fact]
    [Trait("Req", "PKG-9")]
    public async Task Fees_of_a_qualification_rejected_15_days_ago_are_refunded_once_through_their_gateway_after_a_red_letter_invoice()
    {
        var now = App.Clock.GetUtcNow();
        var alipay = await PaidThroughAsync("Alipay", rejectedAt: now.AddDays(-16));
        var wechat = await PaidThroughAsync("WeChatPay", rejectedAt: now.AddDays(-15).AddMinutes(-1));
        var recent = await PaidThroughAsync("Alipay", rejectedAt: now.AddDays(-14));
        var blue = await (await alipay.Client.PostJsonAsync("/api/v1/enterprise/invoices", new { alipay.Order.OrderNo, type = "Special" })).ReadAsync<InvoiceDto>();
        var blueHtml = await App.WithDbAsync(db => db.Set<Invoice>().Where(i => i.InvoiceNo == blue.InvoiceNo).Select(i => i.Html).FirstAsync());

        await RunAsync<RefundSweep>();
        await RunAsync<RefundSweep>();

        foreach (var (paid, expected) in new[] { (alipay, true), (wechat, true), (recent, false) })
        {
            fixture.StandIn.Refunds.Count(r => r.OrderNo == paid.Order.OrderNo).ShouldBe(expected ? 1 : 0, paid.Order.OrderNo);
            var order = await OrderAsync(App, paid.Order.OrderNo);
            order.Status.ShouldBe(expected ? PaymentStatus.Refunded : PaymentStatus.Paid);
            var refunds = await App.WithDbAsync(db => db.Set<Refund>().Where(r => r.OrderId == order.Id).ToListAsync());
            refunds.Count.ShouldBe(expected ? 1 : 0);
            if (expected)
            {
                (refunds[0].Reason, refunds[0].Status, refunds[0].AmountFen).ShouldBe((RefundSweep.RejectedReason, RefundStatus.Succeeded, order.AmountFen));
                refunds[0].GatewayRefundNo.ShouldNotBeNullOrEmpty();
                fixture.StandIn.Refunds.Single(r => r.OrderNo == paid.Order.OrderNo).Fen.ShouldBe(order.AmountFen);
            }

            var grants = await App.WithDbAsync(db => db.Set<PackageGrant>().Where(g => g.EnterpriseId == paid.EnterpriseId).ToListAsync());
            grants.ShouldAllBe(g => g.Status == (expected ? GrantStatus.Revoked : GrantStatus.Active));
        }

        var invoices = await App.WithDbAsync(db => db.Set<Invoice>().Where(i => i.EnterpriseId == alipay.EnterpriseId).OrderBy(i => i.Id).ToListAsync());
        invoices.Select(i => (i.Kind, i.AmountFen)).ShouldBe([(InvoiceKind.Blue, alipay.Order.AmountFen), (InvoiceKind.Red, -alipay.Order.AmountFen)]);
        (invoices[1].ReversesInvoiceId, invoices[0].Html).ShouldBe((invoices[0].Id, blueHtml));
        invoices[1].Html.ShouldContain(blue.InvoiceNo);
    }

    [Fact]
    public async Task The_sweep_pays_out_superseded_refunds_through_the_sandbox()
    {
        var (client, _) = await GiftedExhibitorAsync(fixture);
        var orders = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
            await (await client.PostJsonAsync("/api/v1/enterprise/purchases", Buy("C", current: false, next: true))).ReadAsync<PurchaseDto>()));
        using var anonymous = fixture.Anonymous();
        foreach (var o in orders)
        {
            (await PostNoticeAsync(anonymous, SandboxNotice(App, o.OrderNo, o.AmountFen))).EnsureSuccessStatusCode();
        }

        await RunAsync<RefundSweep>();
        await RunAsync<RefundSweep>();
        var ids = await App.WithDbAsync(db => db.Set<PaymentOrder>().Where(o => o.OrderNo == orders[0].OrderNo || o.OrderNo == orders[1].OrderNo).Select(o => o.Id).ToListAsync());
        var refund = await App.WithDbAsync(db => db.Set<Refund>().SingleAsync(r => ids.Contains(r.OrderId)));
        (refund.Reason, refund.Status).ShouldBe(("superseded", RefundStatus.Succeeded));
        refund.GatewayRefundNo.ShouldBe("SBR" + refund.RefundNo);
        (await App.WithDbAsync(db => db.Set<PaymentOrder>().CountAsync(o => ids.Contains(o.Id) && o.Status == PaymentStatus.Refunded))).ShouldBe(1);
    }

    [Fact]
    public async Task Orders_left_in_paying_are_queried_and_marked_paid_or_closed()
    {
        var (client, enterpriseId) = await GiftedExhibitorAsync(fixture);
        var paid = await (await client.PostJsonAsync("/api/v1/enterprise/purchases", Buy("A", current: false, next: true, gateway: "Alipay"))).ReadAsync<PurchaseDto>();
        var closed = await (await client.PostJsonAsync("/api/v1/enterprise/purchases", Buy("B", current: false, next: true, gateway: "WeChatPay"))).ReadAsync<PurchaseDto>();
        var waiting = await (await client.PostJsonAsync("/api/v1/enterprise/purchases", Buy("C", current: false, next: true, gateway: "WeChatPay"))).ReadAsync<PurchaseDto>();
        fixture.StandIn.Pay(paid.OrderNo);
        fixture.StandIn.Close(closed.OrderNo);

        await RunAsync<Reconciliation>();
        (await OrderAsync(App, paid.OrderNo)).Status.ShouldBe(PaymentStatus.Paying); // not yet left long enough

        App.Clock.Advance(TimeSpan.FromMinutes(31));
        await RunAsync<Reconciliation>();
        await RunAsync<Reconciliation>();
        var order = await OrderAsync(App, paid.OrderNo);
        (order.Status, order.GatewayTradeNo).ShouldBe((PaymentStatus.Paid, "2026" + paid.OrderNo[^8..]));
        (await App.WithDbAsync(db => db.Set<PackageGrant>().CountAsync(g => g.EnterpriseId == enterpriseId && g.Tier == PackageTier.A))).ShouldBe(1);
        (await OrderAsync(App, closed.OrderNo)).Status.ShouldBe(PaymentStatus.Closed);
        (await OrderAsync(App, waiting.OrderNo)).Status.ShouldBe(PaymentStatus.Paying);
    }

    [Fact]
    public async Task Two_runners_racing_for_a_job_run_it_once_and_an_expired_lease_is_taken_over()
    {
        var runs = 0;
        async Task Work(CancellationToken ct)
        {
            Interlocked.Increment(ref runs);
            await Task.Delay(300, ct);
        }

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(async i =>
        {
            return await RunnerAsync($"node-{i}", "race-test", Work);
        }));
        (results.Count(r => r), runs).ShouldBe((1, 1));

        // A node that died holding the lease: nobody runs until the lease expires, then another node does.
        await App.WithDbAsync(db => db.Set<JobLease>().Where(l => l.Name == "race-test")
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, "dead-node").SetProperty(l => l.LeasedUntil, App.Clock.GetUtcNow().AddMinutes(15))));
        (await RunnerAsync("node-x", "race-test", Work)).ShouldBeFalse();
        App.Clock.Advance(TimeSpan.FromMinutes(16));
        (await RunnerAsync("node-x", "race-test", Work)).ShouldBeTrue();
        runs.ShouldBe(2);
    }

    [Fact]
    [Trait("Req", "PKG-7")]
    public async Task On_the_quota_date_each_session_is_swept_once_with_what_exceeds_quota()
    {
        var (_, enterpriseId) = await GiftedExhibitorAsync(fixture);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            for (var i = 0; i < 3; i++)
            {
                (await users.CreateAsync(new User { UserName = $"sweep-{enterpriseId}-{i}", DisplayName = "x", EnterpriseId = enterpriseId, CreatedAt = App.Clock.GetUtcNow() })).Succeeded.ShouldBeTrue();
            }
        }

        var back = App.Clock.GetUtcNow();
        try
        {
            App.Clock.Set(new DateTimeOffset(2026, 10, 1, 1, 0, 0, TimeSpan.FromHours(8)));
            var session = await App.WithDbAsync(db => db.Set<Session>().Include(s => s.Phases).FirstAsync(s => s.Number == 140));
            await using var scope = App.Services.CreateAsyncScope();
            var excess = await scope.ServiceProvider.GetRequiredService<QuotaSweepJob>().ExcessAsync(session, CancellationToken.None);
            excess.ShouldContain(new QuotaExcess(enterpriseId, QuotaKeys.Accounts, 4, 2));

            await RunAsync<QuotaSweepJob>();
            var first = await App.WithDbAsync(db => db.Set<JobLease>().Where(l => l.Name == $"quota-sweep:{session.Id}").Select(l => l.LastRunAt).FirstAsync());
            first.ShouldBe(App.Clock.GetUtcNow());
            App.Clock.Advance(TimeSpan.FromHours(1));
            await RunAsync<QuotaSweepJob>();
            (await App.WithDbAsync(db => db.Set<JobLease>().Where(l => l.Name == $"quota-sweep:{session.Id}").Select(l => l.LastRunAt).FirstAsync())).ShouldBe(first);
        }
        finally
        {
            App.Clock.Set(back);
        }
    }

    private async Task<bool> RunnerAsync(string holder, string name, Func<CancellationToken, Task> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var runner = new JobRunner(scope.ServiceProvider.GetRequiredService<FairHall.Platform.Data.FairHallDbContext>(), App.Clock,
            scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<JobsOptions>>(), scope.ServiceProvider.GetRequiredService<ILogger<JobRunner>>())
        { Holder = holder };
        return await runner.RunAsync(name, work, CancellationToken.None);
    }

    private async Task RunAsync<TJob>() where TJob : IScheduledJob
    {
        await using var scope = App.Services.CreateAsyncScope();
        var job = scope.ServiceProvider.GetRequiredService<TJob>();
        (await scope.ServiceProvider.GetRequiredService<JobRunner>().RunAsync(job.Name, job.RunAsync, CancellationToken.None)).ShouldBeTrue();
    }

    private async Task<(HttpClient Client, long EnterpriseId, PurchaseDto Order)> PaidThroughAsync(string gateway, DateTimeOffset rejectedAt)
    {
        var (client, enterpriseId) = await GiftedExhibitorAsync(fixture);
        await QualifyAsync(App, enterpriseId, TaxpayerType.General, rejectedAt);
        var order = await (await client.PostJsonAsync("/api/v1/enterprise/purchases", Buy("B", gateway: gateway))).ReadAsync<PurchaseDto>();
        var now = App.Clock.GetUtcNow();
        using var anonymous = fixture.Anonymous();
        if (gateway == "Alipay")
        {
            (await anonymous.PostAsync(AlipayGateway.CallbackPath, new FormUrlEncodedContent(fixture.StandIn.AlipayNotice(order.OrderNo, order.AmountFen, now)))).EnsureSuccessStatusCode();
        }
        else
        {
            var (headers, body) = fixture.StandIn.WeChatNotice(order.OrderNo, order.AmountFen, now);
            using var request = new HttpRequestMessage(HttpMethod.Post, WeChatPayGateway.CallbackPath) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
            foreach (var (k, v) in headers)
            {
                request.Headers.TryAddWithoutValidation(k, v);
            }

            (await anonymous.SendAsync(request)).EnsureSuccessStatusCode();
        }

        fixture.StandIn.Pay(order.OrderNo);
        (await OrderAsync(App, order.OrderNo)).Status.ShouldBe(PaymentStatus.Paid);
        return (client, enterpriseId, order);
    }
}

[Trait("Provider", "sqlite")]
public sealed class SweepTestsOnSqlite(GatewayFixture<SqliteDb> f) : SweepTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class SweepTestsOnPostgres(GatewayFixture<PostgresDb> f) : SweepTests<PostgresDb>(f);

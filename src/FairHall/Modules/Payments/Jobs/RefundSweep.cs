using FairHall.Modules.Exhibitors.Onboarding;
using FairHall.Modules.Fairs;
using FairHall.Modules.Packages;
using FairHall.Modules.Payments.Gateways;
using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FairHall.Modules.Payments.Jobs;

/// <summary>
/// PKG-8 refund sweep. (1) For each qualification still rejected N days after the decision (a resubmission makes it
/// pending again), the paid lines of that session are refunded: one <see cref="Refund"/> row per order and reason
/// (unique), the grants of those lines revoked. (2) Every refund not yet succeeded — these and the <c>superseded</c>
/// ones of doubly paid tiers — is paid out through the gateway that took the money, after a red-letter invoice when
/// the blue one still covers the money. Running it twice, or on two nodes, refunds once.
/// </summary>
internal sealed class RefundSweep(FairHallDbContext db, TimeProvider clock, IOptions<JobsOptions> options, IEnumerable<IPaymentGateway> gateways,
    Invoicing invoicing, ILogger<RefundSweep> log) : IScheduledJob
{
    public const string RejectedReason = "qualification_rejected";

    public string Name => "refund-sweep";

    public async Task RunAsync(CancellationToken ct)
    {
        await DecideAsync(ct);
        await PayOutAsync(ct);
    }

    private async Task DecideAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var before = now.AddDays(-options.Value.RejectedRefundAfterDays);
        var rejected = await db.Set<Qualification>().AsNoTracking().Where(q => q.Status == QualificationStatus.Rejected && q.DecidedAt <= before)
            .Join(db.Set<Session>(), q => q.SessionId, s => s.Id, (q, s) => new { q.EnterpriseId, s.FairId, s.Number }).ToListAsync(ct);
        foreach (var r in rejected)
        {
            var orders = await db.Set<PaymentOrder>().Include(o => o.Lines)
                .Where(o => o.EnterpriseId == r.EnterpriseId && o.FairId == r.FairId && (o.Status == PaymentStatus.Paid || o.Status == PaymentStatus.PartiallyRefunded))
                .Where(o => !db.Set<Refund>().Any(x => x.OrderId == o.Id && x.Reason == RejectedReason)).ToListAsync(ct);
            foreach (var order in orders)
            {
                var lines = order.Lines.Where(l => l.SessionNumber == r.Number).Select(l => l.Id).ToList();
                var grants = await db.Set<PackageGrant>().Where(g => lines.Contains(g.OrderLineId) && g.Status == GrantStatus.Active).ToListAsync(ct);
                var refunded = await db.Set<Refund>().Where(x => x.OrderId == order.Id).SumAsync(x => x.AmountFen, ct);
                var amount = Math.Min(grants.Sum(g => g.AmountFen), order.AmountFen - refunded);
                if (amount <= 0)
                {
                    continue;
                }

                grants.ForEach(g => g.Revoke(now));
                db.Add(new Refund(order.Id, RefundNumbers.Next(clock), amount, RejectedReason, now));
                try
                {
                    await db.SaveChangesAsync(ct);
                }
                catch (DbUpdateException ex)
                {
                    log.LogInformation(ex, "Refund of {OrderNo} was decided by another run", order.OrderNo);
                }

                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task PayOutAsync(CancellationToken ct)
    {
        var due = await db.Set<Refund>().AsNoTracking().Where(r => r.Status == RefundStatus.Requested || r.Status == RefundStatus.Failed)
            .OrderBy(r => r.Id).Select(r => r.Id).Take(500).ToListAsync(ct);
        foreach (var id in due)
        {
            db.ChangeTracker.Clear();
            var refund = await db.Set<Refund>().FirstAsync(r => r.Id == id, ct);
            var order = await db.Set<PaymentOrder>().Include(o => o.Lines).FirstAsync(o => o.Id == refund.OrderId, ct);
            var reversal = await invoicing.ReverseIfNeededAsync(order, order.RefundedFen + refund.AmountFen, ct);
            if (!reversal.IsSuccess)
            {
                continue; // another run is reversing it; the next sweep pays out
            }

            var gateway = gateways.FirstOrDefault(g => g.Kind == order.Gateway);
            Result<string> result = gateway is null ? new Error("gateway_not_configured", 502) : await gateway.RefundAsync(order, refund, ct);
            if (result.IsSuccess)
            {
                refund.Succeed(result.Value, clock.GetUtcNow());
                order.Refunded(refund.AmountFen);
            }
            else
            {
                refund.Fail(result.Error.Code);
            }

            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException ex)
            {
                log.LogWarning(ex, "Refund {RefundNo} changed meanwhile; the next sweep looks again", refund.RefundNo);
            }
        }
    }
}

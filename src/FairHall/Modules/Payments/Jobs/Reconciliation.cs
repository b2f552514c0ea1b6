using FairHall.Modules.Payments.Gateways;
using FairHall.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FairHall.Modules.Payments.Jobs;

/// <summary>
/// Orders left in paying longer than <see cref="JobsOptions.PayingAfterMinutes"/> are queried at their gateway: paid ones
/// go through the same confirmation as a callback (so a late callback and the query cannot both grant), closed ones
/// are closed. The sandbox keeps no state and answers "not paid, not closed": its orders wait for the cashier.
/// </summary>
internal sealed class Reconciliation(FairHallDbContext db, TimeProvider clock, IOptions<JobsOptions> options, IEnumerable<IPaymentGateway> gateways,
    PaymentConfirmation confirmation, ILogger<Reconciliation> log) : IScheduledJob
{
    public string Name => "payment-reconciliation";

    public async Task RunAsync(CancellationToken ct)
    {
        var before = clock.GetUtcNow().AddMinutes(-options.Value.PayingAfterMinutes);
        var stuck = await db.Set<PaymentOrder>().AsNoTracking().Where(o => o.Status == PaymentStatus.Paying && o.PayingSince <= before)
            .OrderBy(o => o.Id).Select(o => o.Id).Take(500).ToListAsync(ct);
        foreach (var id in stuck)
        {
            db.ChangeTracker.Clear();
            var order = await db.Set<PaymentOrder>().Include(o => o.Lines).FirstAsync(o => o.Id == id, ct);
            if (gateways.FirstOrDefault(g => g.Kind == order.Gateway) is not { } gateway)
            {
                continue;
            }

            var answer = await gateway.QueryAsync(order, ct);
            if (!answer.IsSuccess)
            {
                log.LogWarning("Reconciliation of {OrderNo}: {Gateway} did not answer ({Code})", order.OrderNo, order.Gateway, answer.Error.Code);
                continue;
            }

            var q = answer.Value;
            if (q.Paid && q.TradeNo is { } tradeNo)
            {
                var confirmed = await confirmation.ConfirmAsync(order.Gateway, new GatewayNotice(order.OrderNo, tradeNo, q.AmountFen, q.PaidAt ?? clock.GetUtcNow()), ct);
                if (!confirmed.IsSuccess)
                {
                    log.LogWarning("Reconciliation of {OrderNo}: {Code}", order.OrderNo, confirmed.Error.Code);
                }
            }
            else if (q.Closed && order.Close(clock.GetUtcNow()) is null)
            {
                try
                {
                    await db.SaveChangesAsync(ct);
                }
                catch (DbUpdateConcurrencyException ex)
                {
                    log.LogInformation(ex, "Order {OrderNo} changed while being closed", order.OrderNo);
                }
            }
        }
    }
}

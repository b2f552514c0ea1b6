using FairHall.Modules.Packages;
using FairHall.Modules.Payments.Gateways;
using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Payments;

/// <summary>How a confirmation ended.</summary>
public enum ConfirmOutcome
{
    /// <summary>This call marked the order paid and granted its lines.</summary>
    Paid,

    /// <summary>Another delivery (or the reconciliation) had done it already.</summary>
    AlreadyPaid,
}

/// <summary>
/// Marks an order paid and grants its lines, exactly once however many deliveries race: the order's Version is
/// a concurrency token (the loser's UPDATE matches no row) and each line can be granted once (unique index).
/// A loser reloads and finds the order paid. A tier line that is no longer an upgrade when the money arrives
/// (two orders paid for the same session) grants nothing and is refunded (reason <c>superseded</c>).
/// </summary>
internal sealed class PaymentConfirmation(FairHallDbContext db, TimeProvider clock, ILogger<PaymentConfirmation> log)
{
    public async Task<Result<ConfirmOutcome>> ConfirmAsync(GatewayKind gateway, GatewayNotice notice, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            db.ChangeTracker.Clear();
            var order = await db.Set<PaymentOrder>().Include(o => o.Lines).FirstOrDefaultAsync(o => o.OrderNo == notice.OrderNo, ct);
            if (order is null || order.Gateway != gateway)
            {
                return Error.NotFound("payment_order_unknown");
            }

            if (order.AmountFen != notice.AmountFen)
            {
                return CallbackErrors.Amount;
            }

            if (order.Status is PaymentStatus.Paid or PaymentStatus.PartiallyRefunded or PaymentStatus.Refunded)
            {
                return ConfirmOutcome.AlreadyPaid;
            }

            if (order.ConfirmPaid(notice.TradeNo, clock.GetUtcNow()) is { } illegal)
            {
                return illegal;
            }

            var superseded = await GrantAsync(order, ct);
            if (superseded > 0)
            {
                db.Add(new Refund(order.Id, RefundNumbers.Next(clock), superseded, "superseded", clock.GetUtcNow()));
            }

            try
            {
                await db.SaveChangesAsync(ct);
                return ConfirmOutcome.Paid;
            }
            catch (DbUpdateException ex)
            {
                // Lost the race (concurrency token or unique grant): read again; it is paid by now.
                log.LogDebug(ex, "Confirmation of {OrderNo} lost a race, attempt {Attempt}", notice.OrderNo, attempt);
                await Task.Delay(Random.Shared.Next(5, 30), ct);
            }
        }

        return Error.Conflict("conflict");
    }

    /// <summary>Adds a grant per line; returns the amount of tier lines that are no longer upgrades.</summary>
    private async Task<long> GrantAsync(PaymentOrder order, CancellationToken ct)
    {
        long superseded = 0;
        var numbers = order.Lines.Select(l => l.SessionNumber).Distinct().ToList();
        var held = await db.Set<PackageGrant>().AsNoTracking()
            .Where(g => g.EnterpriseId == order.EnterpriseId && g.FairId == order.FairId && numbers.Contains(g.SessionNumber) && g.Status == GrantStatus.Active && g.Tier != null)
            .Select(g => new { g.SessionNumber, g.Tier }).ToListAsync(ct);
        foreach (var line in order.Lines)
        {
            if (line.Tier is { } tier && held.Any(h => h.SessionNumber == line.SessionNumber && h.Tier >= tier))
            {
                superseded += line.AmountFen;
                continue;
            }

            db.Add(new PackageGrant(order.EnterpriseId, order.FairId, line.SessionNumber, line.Item, line.AmountFen, order.PaidAt!.Value, line.Id));
        }

        return superseded;
    }
}

internal static class RefundNumbers
{
    public static string Next(TimeProvider clock) =>
        "RF" + clock.GetUtcNow().ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture)
        + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(5));
}

/// <summary>POST /api/v1/payments/callbacks/{gateway} — asynchronous notifications; authenticated by the gateway's signature only.</summary>
internal static class PaymentCallback
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/payments/callbacks/{gateway}", async (string gateway, HttpContext http, IEnumerable<IPaymentGateway> gateways, PaymentConfirmation confirmation, CancellationToken ct) =>
            {
                var target = gateways.FirstOrDefault(g => string.Equals(g.Kind.ToString(), gateway, StringComparison.OrdinalIgnoreCase));
                if (target is null)
                {
                    return Error.NotFound().ToProblem(http);
                }

                var notice = await target.VerifyAsync(http.Request, ct);
                if (!notice.IsSuccess)
                {
                    return target.Acknowledge(notice.Error);
                }

                var confirmed = await confirmation.ConfirmAsync(target.Kind, notice.Value, ct);
                return target.Acknowledge(confirmed.IsSuccess ? null : confirmed.Error);
            })
            .AllowAnonymous().DisableAntiforgery().ExcludeFromDescription().WithTags("Payments");
}

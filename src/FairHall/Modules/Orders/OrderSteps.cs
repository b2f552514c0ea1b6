using FairHall.Modules.Accounts;
using FairHall.Modules.Exhibitors;
using FairHall.Platform.Data;
using FairHall.Platform.Notifications;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Orders;

/// <summary>
/// The one write path of an intent order after submission: find it for the side, check the version the caller read,
/// take the step of the table, save under the concurrency token (a lost race is 409 "conflict"), and tell the
/// other side (ORD-2, in-app through <see cref="Notifier"/>).
/// </summary>
internal sealed class OrderSteps(FairHallDbContext db, OrderAccess access, Notifier notifier, TimeProvider clock)
{
    public sealed record StepRequest(long? AmountFen = null, string? Note = null, long? Version = null);

    public async Task<Result<OrderView>> TakeAsync(long id, IntentSide side, IntentAction action, StepRequest request, CancellationToken ct)
    {
        var found = side == IntentSide.Buyer ? await access.ForBuyerAsync(id, true, ct) : await access.ForExhibitorAsync(id, true, ct);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var order = found.Value;
        if (request.Version is { } seen && seen != order.Version)
        {
            return Error.Conflict("conflict");
        }

        if (IntentTransitions.NeedsAmount(action) && await access.MayAgreeAmountsAsync(ct) is { } notRepresentative)
        {
            return notRepresentative;
        }

        if (order.Act(action, side, access.UserId!.Value, access.Name, request.AmountFen, request.Note, clock.GetUtcNow()) is { } refused)
        {
            db.ChangeTracker.Clear();
            return access.Localize(refused);
        }

        var (zh, en) = await ExhibitorNameAsync(order.EnterpriseId, ct);
        await NotifyAsync(order, action, zh, en, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Error.Conflict("conflict");
        }

        return OrderView.Of(order, zh, en);
    }

    public async Task<(string Zh, string En)> ExhibitorNameAsync(long enterpriseId, CancellationToken ct)
    {
        var e = await db.Set<Enterprise>().AsNoTracking().Where(x => x.Id == enterpriseId).Select(x => new { x.NameZh, x.NameEn }).FirstOrDefaultAsync(ct);
        return (e?.NameZh ?? "", e?.NameEn ?? "");
    }

    /// <summary>Tells the other side of the step; queued in the same SaveChanges as the step.</summary>
    public async Task NotifyAsync(IntentOrder order, IntentAction action, string exhibitorZh, string exhibitorEn, CancellationToken ct)
    {
        var (zh, en) = action switch
        {
            IntentAction.Submit => ("收到新的意向单", "New intent order"),
            IntentAction.Close => ("意向单已关闭（未成交）", "Intent order closed without a deal"),
            IntentAction.ConfirmDeal => ("意向单已成交", "Intent order: deal confirmed"),
            IntentAction.AskBuyer => ("请确认意向单金额", "Please confirm the amount of your intent order"),
            IntentAction.BuyerConfirm => ("采购商已确认成交", "The buyer confirmed the deal"),
            IntentAction.BuyerDecline => ("采购商未同意金额", "The buyer declined the amount"),
            _ => ("意向单已更新", "Intent order updated"),
        };
        var amount = order.ConfirmedAmountFen is { } fen && action != IntentAction.Submit && action != IntentAction.Close ? " · " + Yuan.Of(fen) : "";
        var bodyZh = $"{order.Number} · {order.ProductNameZh}{amount}";
        var bodyEn = $"{order.Number} · {(string.IsNullOrWhiteSpace(order.ProductNameEn) ? order.ProductNameZh : order.ProductNameEn)}{amount}";
        if (IntentTransitions.Side(action) == IntentSide.Exhibitor)
        {
            notifier.Queue(new NotificationContent(zh, en, $"{exhibitorZh}：{bodyZh}", $"{exhibitorEn}: {bodyEn}", $"/my/orders/{order.Id}"), new NotificationRecipient(order.BuyerUserId));
            return;
        }

        foreach (var userId in await HandlersAsync(order, ct))
        {
            notifier.Queue(new NotificationContent(zh, en, $"{order.BuyerName}：{bodyZh}", $"{order.BuyerName}: {bodyEn}", $"/enterprise/orders/{order.Id}"), new NotificationRecipient(userId));
        }
    }

    /// <summary>Who handles the order on the exhibitor's side: the enterprise admins and the sub-accounts bound to its zone.</summary>
    private async Task<List<long>> HandlersAsync(IntentOrder order, CancellationToken ct)
    {
        var adminRole = await db.Roles.Where(r => r.Name == Roles.ExhibitorAdmin).Select(r => r.Id).FirstOrDefaultAsync(ct);
        return await db.Users.Where(u => u.EnterpriseId == order.EnterpriseId && u.Status == AccountStatus.Enabled
                && (db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == adminRole)
                    || db.Set<AccountZone>().Any(z => z.UserId == u.Id && z.ZoneId == order.ZoneId)))
            .Select(u => u.Id).ToListAsync(ct);
    }
}

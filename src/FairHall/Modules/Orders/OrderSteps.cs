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
/// other side (ORD-2/5 notices through <see cref="Notifier"/>: in-app, e-mail, SMS).
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

        if (IntentTransitions.NeedsRepresentative(action) && await access.MayAgreeAmountsAsync(ct) is { } notRepresentative)
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

    /// <summary>
    /// Order notices, queued in the same SaveChanges as the step. A buyer's step (new intent, confirm, decline) goes to
    /// the exhibitor's business representatives handling the order; an exhibitor's step (own intent, amount to
    /// confirm, close, deal, signing) goes to the buyer; an outcome (deal, closed, signed) goes to both sides. The
    /// acting user is never told of their own step. Each recipient gets the in-app notice, an e-mail where a confirmed
    /// address is bound and an SMS where a confirmed phone is bound, in their language (overseas: English).
    /// </summary>
    public async Task NotifyAsync(IntentOrder order, IntentAction action, string exhibitorZh, string exhibitorEn, CancellationToken ct)
    {
        var (zh, en) = action switch
        {
            IntentAction.Submit => ("收到新的意向单", "New intent order"),
            IntentAction.Propose => ("参展商为您创建了意向单，请确认金额", "An exhibitor created an intent order for you: please confirm the amount"),
            IntentAction.Close => ("意向单已关闭（未成交）", "Intent order closed without a deal"),
            IntentAction.ConfirmDeal => ("意向单已成交", "Intent order: deal confirmed"),
            IntentAction.AskBuyer => ("请确认意向单金额", "Please confirm the amount of your intent order"),
            IntentAction.BuyerConfirm => ("采购商已确认成交", "The buyer confirmed the deal"),
            IntentAction.BuyerDecline => ("采购商未同意金额", "The buyer declined the amount"),
            IntentAction.Sign => ("意向单已签约（电子合同意向）", "Intent order signed as an e-contract intent"),
            _ => ("意向单已更新", "Intent order updated"),
        };
        var amount = order.ConfirmedAmountFen is { } fen && action != IntentAction.Submit && action != IntentAction.Close ? " · " + Yuan.Of(fen) : "";
        var bodyZh = $"{order.Number} · {order.ProductNameZh}{amount}";
        var bodyEn = $"{order.Number} · {(string.IsNullOrWhiteSpace(order.ProductNameEn) ? order.ProductNameZh : order.ProductNameEn)}{amount}";
        var byExhibitor = IntentTransitions.Side(action) == IntentSide.Exhibitor;
        var outcome = order.Status is IntentStatus.Deal or IntentStatus.Closed or IntentStatus.Signed;
        var actor = access.UserId;
        if (byExhibitor || outcome)
        {
            var toBuyer = new NotificationContent(zh, en, $"{exhibitorZh}：{bodyZh}", $"{(string.IsNullOrWhiteSpace(exhibitorEn) ? exhibitorZh : exhibitorEn)}: {bodyEn}", $"/my/orders/{order.Id}");
            foreach (var r in await RecipientsAsync([order.BuyerUserId], actor, ct))
            {
                notifier.Queue(toBuyer, r);
            }
        }

        if (!byExhibitor || outcome)
        {
            var toExhibitor = new NotificationContent(zh, en, $"{order.BuyerName}：{bodyZh}", $"{order.BuyerName}: {bodyEn}", $"/enterprise/orders/{order.Id}");
            foreach (var r in await RecipientsAsync(await HandlersAsync(order, ct), actor, ct))
            {
                notifier.Queue(toExhibitor, r);
            }
        }
    }

    /// <summary>The channels each user has bound: always in-app, e-mail and SMS only where confirmed.</summary>
    private async Task<List<NotificationRecipient>> RecipientsAsync(List<long> userIds, long? actor, CancellationToken ct)
    {
        var ids = userIds.Where(id => id != actor).ToList();
        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.Email, u.EmailConfirmed, u.PhoneNumber, u.PhoneNumberConfirmed, u.IsOverseas }).ToListAsync(ct);
        return [.. users.OrderBy(u => u.Id).Select(u => new NotificationRecipient(
            u.Id, u.PhoneNumberConfirmed ? u.PhoneNumber : null, u.EmailConfirmed ? u.Email : null, u.IsOverseas))];
    }

    /// <summary>
    /// Who handles the order on the exhibitor's side: the enterprise admins and the sub-accounts bound to its zone that
    /// may negotiate — business representatives, or accounts without a CIFTIS duty (ACC-9; consultants and "other" only chat).
    /// </summary>
    private async Task<List<long>> HandlersAsync(IntentOrder order, CancellationToken ct)
    {
        var adminRole = await db.Roles.Where(r => r.Name == Roles.ExhibitorAdmin).Select(r => r.Id).FirstOrDefaultAsync(ct);
        return await db.Users.Where(u => u.EnterpriseId == order.EnterpriseId && u.Status == AccountStatus.Enabled
                && (u.Duty == null || u.Duty == StaffDuty.BusinessRepresentative)
                && (db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == adminRole)
                    || db.Set<AccountZone>().Any(z => z.UserId == u.Id && z.ZoneId == order.ZoneId)))
            .Select(u => u.Id).ToListAsync(ct);
    }
}

using System.Globalization;
using FairHall.Modules.Exhibitors;
using FairHall.Modules.Exhibitors.Onboarding;
using FairHall.Modules.Fairs;
using FairHall.Modules.Packages;
using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Payments;

/// <summary>
/// Issues the blue invoice of a paid order and the red-letter one that reverses it before a refund. The unique
/// index (order, kind) makes both at most once, even when two requests race.
/// </summary>
internal sealed class Invoicing(FairHallDbContext db, IInvoiceIssuer issuer, TimeProvider clock, TextCatalog texts)
{
    /// <summary>Title, taxpayer and allowed types for an order, from the onboarding records of the order's session.</summary>
    public async Task<InvoiceFacts> FactsAsync(PaymentOrder order, CancellationToken ct)
    {
        var number = order.Lines.Count > 0 ? order.Lines.Min(l => l.SessionNumber) : 0;
        var session = await db.Set<Session>().AsNoTracking().Where(s => s.FairId == order.FairId && s.Number <= number)
            .OrderByDescending(s => s.Number).Select(s => (long?)s.Id).FirstOrDefaultAsync(ct);
        var name = await db.Set<Enterprise>().Where(e => e.Id == order.EnterpriseId).Select(e => e.NameZh).FirstAsync(ct);
        var offline = await db.Set<EligibilityRecord>().AnyAsync(r => r.EnterpriseId == order.EnterpriseId && r.SessionId == session && r.Kind == EligibilityKind.OfflineExhibitor, ct);
        var q = await db.Set<Qualification>().AsNoTracking().Where(x => x.EnterpriseId == order.EnterpriseId)
            .OrderByDescending(x => x.SessionId == session).ThenByDescending(x => x.SessionId).FirstOrDefaultAsync(ct);
        return new InvoiceFacts(offline, name, q?.NameZh, q?.TaxpayerType, q?.CreditCode);
    }

    public async Task<Result<Invoice>> IssueBlueAsync(PaymentOrder order, InvoiceType type, CancellationToken ct)
    {
        if (order.Status != PaymentStatus.Paid)
        {
            return Error.Rule("invoice_order_not_paid");
        }

        if (await db.Set<Invoice>().AnyAsync(i => i.OrderId == order.Id && i.Kind == InvoiceKind.Blue, ct))
        {
            return Error.Conflict("invoice_exists");
        }

        var facts = await FactsAsync(order, ct);
        var title = InvoiceRules.Title(facts);
        if (!title.IsSuccess)
        {
            return title.Error;
        }

        if (InvoiceRules.CheckType(facts, type) is { } refused)
        {
            return refused;
        }

        // Refunds already known (e.g. a tier paid twice) are not invoiced at all.
        var refunds = await db.Set<Refund>().Where(r => r.OrderId == order.Id).SumAsync(r => r.AmountFen, ct);
        var amount = order.AmountFen - refunds;
        var draft = new InvoiceDraft(InvoiceKind.Blue, type, title.Value, facts.CreditCode ?? "", amount, order.OrderNo, Lines(order), null, clock.GetUtcNow());
        return await SaveAsync(order, draft, null, ct);
    }

    /// <summary>Before a refund: a red-letter invoice for the blue one when the refund would leave money invoiced but not kept.</summary>
    public async Task<Result<Invoice?>> ReverseIfNeededAsync(PaymentOrder order, long refundedIncludingThisFen, CancellationToken ct)
    {
        var invoices = await db.Set<Invoice>().AsNoTracking().Where(i => i.OrderId == order.Id).ToListAsync(ct);
        var blue = invoices.FirstOrDefault(i => i.Kind == InvoiceKind.Blue);
        if (blue is null || invoices.Any(i => i.Kind == InvoiceKind.Red) || !InvoiceRules.NeedsReversal(order.AmountFen, blue.AmountFen, refundedIncludingThisFen))
        {
            return (Invoice?)null;
        }

        var draft = new InvoiceDraft(InvoiceKind.Red, blue.Type, blue.Title, blue.TaxpayerId, -blue.AmountFen, order.OrderNo,
            [.. Lines(order).Select(l => (l.Item, -l.AmountFen))], blue.InvoiceNo, clock.GetUtcNow());
        var red = await SaveAsync(order, draft, blue.Id, ct);
        return red.IsSuccess ? red.Value : red.Error;
    }

    private async Task<Result<Invoice>> SaveAsync(PaymentOrder order, InvoiceDraft draft, long? reverses, CancellationToken ct)
    {
        var issued = await issuer.IssueAsync(draft, ct);
        var invoice = new Invoice(order.Id, order.EnterpriseId, draft.Kind, draft.Type, draft.Title, draft.TaxpayerId, draft.AmountFen,
            issued.InvoiceNo, draft.IssuedAt, reverses, issued.Html, issued.Xml);
        db.Add(invoice);
        try
        {
            await db.SaveChangesAsync(ct);
            return invoice;
        }
        catch (DbUpdateException)
        {
            db.Entry(invoice).State = EntityState.Detached;
            return Error.Conflict("invoice_exists");
        }
    }

    /// <summary>Invoice items are in Chinese whatever the reader's language: the invoice is a Chinese tax document.</summary>
    private List<(string Item, long AmountFen)> Lines(PaymentOrder order)
    {
        var zh = CultureInfo.GetCultureInfo("zh-CN");
        return [.. order.Lines.Select(l => (string.Format(CultureInfo.InvariantCulture, texts.Get("Packages.Session", zh), l.SessionNumber) + " "
            + (l.Tier is { } t ? texts.Get($"Packages.Tier.{t}", zh) : $"{AddOnNames.GetValueOrDefault(l.AddOn ?? AddOnKind.Products)} × {l.Quantity}"), l.AmountFen))];
    }

    private static readonly Dictionary<AddOnKind, string> AddOnNames = new()
    {
        [AddOnKind.Products] = "展品包",
        [AddOnKind.Accounts] = "账号包",
        [AddOnKind.LiveRooms] = "连线展示包",
    };
}

using System.Globalization;
using System.Security.Cryptography;
using FairHall.Modules.Fairs;
using FairHall.Modules.Packages;
using FairHall.Modules.Payments.Gateways;
using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Payments;

/// <summary>
/// POST /api/v1/enterprise/purchases — the admin buys a tier and/or add-on packs for the current session, the
/// next, or both in one payment (PKG-3/4/6/7), after accepting the service agreement. Creates the payment
/// order and opens the gateway's cashier.
/// </summary>
internal static class CreatePurchase
{
    public sealed record Request(bool CurrentSession, bool NextSession, PackageTier? Tier, Dictionary<AddOnKind, int>? AddOns, GatewayKind Gateway, bool AgreementAccepted);

    public sealed record LineView(int SessionNumber, PackageTier? Tier, AddOnKind? AddOn, int Quantity, long ListPriceFen, long AmountFen, bool ProRated);

    public sealed record Response(string OrderNo, long AmountFen, string Status, string CashierUrl, string QrContent, IReadOnlyList<LineView> Lines);

    internal sealed class Handler(FairHallDbContext db, ICurrentActor me, TimeProvider clock, TextCatalog texts, PurchaseRules rules, IEnumerable<IPaymentGateway> gateways)
    {
        public async Task<Result<Response>> HandleAsync(Request r, CancellationToken ct)
        {
            if (!me.IsInRole(Roles.ExhibitorAdmin) || me.EnterpriseId is not { } enterpriseId || me.UserId is not { } userId)
            {
                return Error.Forbidden();
            }

            if (!r.AgreementAccepted)
            {
                return Error.Invalid("AgreementAccepted", texts.Get("Packages.AgreementRequired"));
            }

            var addOns = (r.AddOns ?? []).Where(a => a.Value != 0).ToDictionary();
            if (addOns.Values.Any(v => v is < 0 or > 100))
            {
                return Error.Invalid("AddOns", texts.Get("Packages.AddOnQuantity"));
            }

            if ((!r.CurrentSession && !r.NextSession) || (r.Tier is null && addOns.Count == 0))
            {
                return Error.Invalid("Tier", texts.Get("Packages.NothingChosen"));
            }

            if (gateways.FirstOrDefault(g => g.Kind == r.Gateway) is not { } gateway)
            {
                return Error.Invalid("Gateway", texts.Get("Packages.GatewayUnavailable"));
            }

            var current = await Sessions.CurrentAsync(db, clock, ct);
            if (current is null)
            {
                return Error.NotFound();
            }

            var now = clock.GetUtcNow();
            var lines = new List<PaymentOrderLine>();
            var targets = new List<TargetSession>();
            if (r.CurrentSession)
            {
                targets.Add(new(current.FairId, current.Number, current, current.Id, true));
            }

            if (r.NextSession)
            {
                var next = await Sessions.ByNumberAsync(db, current.FairId, current.Number + 1, ct);
                var priced = next is not null && await db.Set<TierOffer>().AnyAsync(t => t.SessionId == next.Id, ct) ? next.Id : current.Id;
                targets.Add(new(current.FairId, current.Number + 1, next, priced, false));
            }

            foreach (var t in targets)
            {
                if (await LinesForAsync(enterpriseId, t, r.Tier, addOns, now, ct) is var built && !built.IsSuccess)
                {
                    return built.Error;
                }
                else
                {
                    lines.AddRange(built.Value);
                }
            }

            var orderNo = "FH" + now.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + Convert.ToHexString(RandomNumberGenerator.GetBytes(4));
            var order = new PaymentOrder(orderNo, enterpriseId, userId, current.FairId, gateway.Kind, lines, now);
            if (order.AmountFen <= 0)
            {
                return Error.Rule("package_not_upgrade");
            }

            db.Add(order);
            await db.SaveChangesAsync(ct);
            var cashier = await gateway.StartAsync(order, texts.Format("Packages.OrderSubject", current.Number), ct);
            if (!cashier.IsSuccess)
            {
                return cashier.Error;
            }

            order.StartPaying(now, cashier.Value.QrContent);
            await db.SaveChangesAsync(ct);
            return new Response(order.OrderNo, order.AmountFen, order.Status.ToString(), $"/pay/{order.OrderNo}", cashier.Value.QrContent,
                [.. order.Lines.Select(l => new LineView(l.SessionNumber, l.Tier, l.AddOn, l.Quantity, l.ListPriceFen, l.AmountFen, l.ProRated))]);
        }

        private async Task<Result<List<PaymentOrderLine>>> LinesForAsync(long enterpriseId, TargetSession t, PackageTier? tier, Dictionary<AddOnKind, int> addOns, DateTimeOffset now, CancellationToken ct)
        {
            var calendar = t.Row is null ? null : SessionCalendar.Of(t.Row);
            if (calendar is not null && now >= calendar.ServiceEnds)
            {
                return Error.Rule("session_service_ended");
            }

            var offers = await db.Set<TierOffer>().AsNoTracking().Where(o => o.SessionId == t.CatalogueSessionId).ToDictionaryAsync(o => o.Tier, ct);
            var packs = await db.Set<AddOnOffer>().AsNoTracking().Where(o => o.SessionId == t.CatalogueSessionId).ToDictionaryAsync(o => o.Kind, ct);
            var held = await rules.HeldTierAsync(enterpriseId, t, ct);
            var lines = new List<PaymentOrderLine>();
            if (tier is { } wanted)
            {
                if (wanted == PackageTier.Basic || !offers.TryGetValue(wanted, out var offer))
                {
                    return Error.Invalid("Tier", texts.Get("Packages.TierNotSold"));
                }

                if (held is { } h && h >= wanted)
                {
                    return Error.Rule("package_not_upgrade");
                }

                var excess = await rules.ExcessAsync(enterpriseId, t, offer, ct);
                if (excess.Count > 0)
                {
                    return new Error("usage_exceeds_quota", StatusCodes.Status422UnprocessableEntity, excess);
                }

                var heldPrice = held is { } hp && offers.TryGetValue(hp, out var ho) ? ho.PriceFen : 0;
                var price = Pricing.Tier(offer.PriceFen, heldPrice, t.IsCurrent ? calendar : null, now);
                lines.Add(new(t.Number, new GrantItem(wanted, null, 1), price.List, price.Amount, price.ProRated));
            }

            var tierAfter = tier is { } tw && (held is null || tw > held) ? tw : held;
            foreach (var (kind, quantity) in addOns)
            {
                if (tierAfter is null or PackageTier.Basic)
                {
                    return Error.Rule("addon_requires_package");
                }

                if (kind == AddOnKind.LiveRooms && t.IsCurrent && calendar is not null && ServiceWindows.LiveServiceEnded(calendar, now))
                {
                    return Error.Rule("live_pack_closed");
                }

                if (!packs.TryGetValue(kind, out var pack))
                {
                    return Error.Invalid("AddOns", texts.Get("Packages.TierNotSold"));
                }

                lines.Add(new(t.Number, new GrantItem(null, kind, quantity), pack.PriceFen * quantity, pack.PriceFen * quantity, false));
            }

            return lines;
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/enterprise/purchases", async (Request request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(request, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.ExhibitorAdmin).WithTags("Payments").WithSummary("Buy a tier and/or add-ons for the current and/or next session (PKG-4).");
}

using FairHall.Modules.Accounts;
using FairHall.Modules.Accounts.SubAccounts;
using FairHall.Modules.Discovery.ProductPage;
using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Orders;

/// <summary>
/// POST /api/v1/enterprise/intent-orders — ORD-5 创建意向单: the exhibitor writes down an intent for a buyer, e.g.
/// after an offline talk. The buyer is named by its account name, confirmed e-mail or confirmed phone; the product
/// must be one of the enterprise's public products in a zone the caller handles (ACC-5), and the amount is agreed by
/// a business representative (ACC-9). The order waits for the buyer (处理中), who confirms or declines it.
/// </summary>
internal static class CreateIntent
{
    public sealed record Request(long ProductId, string? Buyer, int Quantity, long? AmountFen, long? BudgetFen = null, string? Note = null, string? ExhibitorNote = null);

    internal sealed class Handler(FairHallDbContext db, PublicProductFinder products, OrderAccess access, OrderSteps steps, IZoneAccess zones, ICurrentActor me, TimeProvider clock)
    {
        public async Task<Result<OrderView>> HandleAsync(Request request, CancellationToken ct)
        {
            if (me.EnterpriseId is not { } enterpriseId || me.UserId is not { } actorId)
            {
                return Error.Forbidden();
            }

            var intent = new IntentRequest(request.Quantity, request.BudgetFen, request.Note);
            var fields = IntentOrder.CheckProposal(intent, request.AmountFen, request.ExhibitorNote)?.ToDictionary(f => f.Key, f => f.Value) ?? [];
            var buyer = await FindBuyerAsync(request.Buyer, ct);
            if (buyer is null)
            {
                fields["buyer"] = [string.IsNullOrWhiteSpace(request.Buyer) ? "Orders.Invalid.BuyerRequired" : "Orders.Invalid.BuyerUnknown"];
            }

            if (fields.Count > 0)
            {
                return access.Localize(Error.Invalid(fields));
            }

            if (await products.FindAsync(request.ProductId, ct) is not { } product || product.EnterpriseId != enterpriseId)
            {
                return Error.NotFound();
            }

            if (await zones.CheckAsync(product.ZoneId, ct) is { } notBound)
            {
                return notBound;
            }

            if (await access.MayAgreeAmountsAsync(ct) is { } notRepresentative)
            {
                return notRepresentative;
            }

            var now = clock.GetUtcNow();
            var (zh, en) = await steps.ExhibitorNameAsync(enterpriseId, ct);
            for (var attempt = 0; ; attempt++)
            {
                var order = IntentOrder.Propose(product, buyer!.Value.Id, buyer.Value.Name, intent, request.AmountFen!.Value, request.ExhibitorNote,
                    actorId, access.Name, IntentOrder.NewNumber(now), now);
                db.Add(order);
                await steps.NotifyAsync(order, IntentAction.Propose, zh, en, ct);
                try
                {
                    await db.SaveChangesAsync(ct);
                    return OrderView.Of(order, zh, en);
                }
                catch (DbUpdateException) when (attempt < 3)
                {
                    db.ChangeTracker.Clear(); // the random characters collided: draw again
                }
            }
        }

        /// <summary>The products the caller may write an intent for: public, current session, its enterprise, zones it handles (first 200 by name).</summary>
        public async Task<IReadOnlyList<(long Id, string NameZh, string NameEn)>> ProductChoicesAsync(CancellationToken ct)
        {
            if (me.EnterpriseId is not { } enterpriseId || await Packages.Sessions.CurrentAsync(db, clock, ct) is not { } session)
            {
                return [];
            }

            var q = db.Set<Catalog.Product>().AsNoTracking().Where(Discovery.PublicProducts.Rule).Where(p => p.EnterpriseId == enterpriseId && p.SessionId == session.Id);
            if (await access.BoundZonesAsync(ct) is { } bound)
            {
                q = q.Where(p => bound.Contains(p.ZoneId));
            }

            var rows = await q.OrderBy(p => p.NameZh).ThenBy(p => p.Id).Take(200).Select(p => new { p.Id, p.NameZh, p.NameEn }).ToListAsync(ct);
            return [.. rows.Select(r => (r.Id, r.NameZh, r.NameEn))];
        }

        /// <summary>An enabled buyer account by account name, confirmed e-mail or confirmed phone (exact match).</summary>
        private async Task<(long Id, string Name)?> FindBuyerAsync(string? key, CancellationToken ct)
        {
            if (string.IsNullOrWhiteSpace(key) || key.Length > 256)
            {
                return null;
            }

            key = key.Trim();
            var upper = key.ToUpperInvariant();
            var buyerRole = await db.Roles.Where(r => r.Name == Roles.Buyer).Select(r => r.Id).FirstOrDefaultAsync(ct);
            var found = await db.Users.AsNoTracking()
                .Where(u => u.Status == AccountStatus.Enabled && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == buyerRole)
                    && (u.NormalizedUserName == upper || (u.EmailConfirmed && u.NormalizedEmail == upper) || (u.PhoneNumberConfirmed && u.PhoneNumber == key)))
                .OrderBy(u => u.Id).Select(u => new { u.Id, u.DisplayName, u.UserName }).FirstOrDefaultAsync(ct);
            if (found is null)
            {
                return null;
            }

            var name = string.IsNullOrWhiteSpace(found.DisplayName) ? found.UserName ?? "" : found.DisplayName;
            return (found.Id, name.Length > 100 ? name[..100] : name);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/enterprise/intent-orders", async (Request request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(request, ct)).ToHttp(http, v => TypedResults.Created($"/api/v1/enterprise/intent-orders/{v.Id}", v)))
            .RequireAuthorization(Policies.Exhibitor).WithTags("Orders").WithSummary("Create an intent order for a buyer (ORD-5); the buyer confirms or declines the amount.");
}

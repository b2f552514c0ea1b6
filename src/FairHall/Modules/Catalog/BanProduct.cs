using System.Globalization;
using FairHall.Modules.Reviews;
using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Notifications;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Catalog;

/// <summary>
/// POST /api/v1/products/{id}/ban {reason} and POST /api/v1/products/{id}/unban — the organizer bans a product
/// (CAT-2 已封禁: it leaves the public, cannot be listed, edited or deleted) with a reason, or lifts the ban (it comes
/// back Delisted and is listed by hand). An open review of the product is withdrawn. The enterprise's admins are
/// notified either way. The seeds name no association role in banning, so only the organizer bans.
/// </summary>
internal static class BanProduct
{
    public const int MaxReason = 500;

    public sealed record BanRequest(string? Reason);

    public sealed record OrganizerProductView(long Id, long EnterpriseId, string EnterpriseName, string ZoneCode, string NameZh, string NameEn, string Status, string? StatusReason, DateTimeOffset UpdatedAt);

    internal sealed class Handler(FairHallDbContext db, Notifier notifier, TimeProvider clock, TextCatalog texts)
    {
        public async Task<Result<ProductView>> BanAsync(long id, BanRequest request, CancellationToken ct)
        {
            var reason = request.Reason?.Trim() ?? "";
            if (reason.Length == 0)
            {
                return Error.Invalid("Reason", texts.Get("Catalog.Field.Required"));
            }

            if (reason.Length > MaxReason)
            {
                return Error.Invalid("Reason", texts.Format("Catalog.Field.MaxLength", MaxReason));
            }

            return await MoveAsync(id, (p, now) => p.Ban(reason, now), "Catalog.Notice.Banned", reason, ct);
        }

        public Task<Result<ProductView>> UnbanAsync(long id, CancellationToken ct) =>
            MoveAsync(id, (p, now) => p.Unban(now), "Catalog.Notice.Unbanned", "", ct);

        private async Task<Result<ProductView>> MoveAsync(long id, Func<Product, DateTimeOffset, Error?> move, string notice, string reason, CancellationToken ct)
        {
            db.ChangeTracker.Clear();
            var product = await db.Set<Product>().FirstOrDefaultAsync(p => p.Id == id, ct);
            if (product is null)
            {
                return Error.NotFound();
            }

            var now = clock.GetUtcNow();
            if (move(product, now) is { } illegal)
            {
                return illegal;
            }

            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await ProductReviews.WithdrawAsync(db, id, ct);
            var zh = CultureInfo.GetCultureInfo("zh-CN");
            var en = CultureInfo.GetCultureInfo("en");
            var content = new NotificationContent(
                texts.Get(notice, zh), texts.Get(notice, en),
                string.Format(zh, texts.Get(notice + ".Body", zh), product.NameZh, reason),
                string.Format(en, texts.Get(notice + ".Body", en), product.NameEn, reason),
                "/enterprise/products/" + product.Id.ToString(CultureInfo.InvariantCulture));
            foreach (var admin in await EnterpriseContacts.AdminsAsync(db, product.EnterpriseId, ct))
            {
                notifier.Queue(content, admin);
            }

            try
            {
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return Error.Conflict("conflict");
            }

            return ProductView.Of(product, now);
        }
    }

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/products/{id:long}/ban", async (long id, BanRequest request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.BanAsync(id, request, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Organizer).WithTags("Catalog").WithSummary("Ban a product with a reason (organizer); the enterprise is notified.");
        api.MapPost("/products/{id:long}/unban", async (long id, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.UnbanAsync(id, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Organizer).WithTags("Catalog").WithSummary("Lift a product's ban (organizer): it comes back delisted.");
    }
}

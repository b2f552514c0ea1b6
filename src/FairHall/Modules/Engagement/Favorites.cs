using FairHall.Modules.Fairs;
using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Engagement;

/// <summary>One favorite as the buyer's list shows it; <see cref="Available"/> false when the item is no longer public.</summary>
public sealed record FavoriteRow(long Id, EngageKind Kind, long ItemId, string NameZh, string NameEn, string? ImageUrl, string Url, bool Available, DateTimeOffset CreatedAt);

/// <summary>
/// Favorites (BUY-2) under /api/v1/my/favorites: PUT and DELETE /{kind}/{id} are idempotent (two clicks make one
/// favorite: a unique index on buyer, kind and item decides races), GET lists one kind newest first with keyset
/// paging. Only buyer accounts (role <c>buyer</c>: enterprise visitors and professional buyers) favorite — favorites
/// are what leads (ORD-4) are made of, and the exhibitor follows them up as business contacts. Only public items can
/// be favorited; items that later disappear stay in the list, marked as no longer available. Each change adds to or
/// takes from the item's favorite counter (BUY-3) in the same transaction.
/// </summary>
internal static class Favorites
{
    internal sealed class Handler(FairHallDbContext db, PublicItems items, ItemCards cardReader, ICurrentActor me, TimeProvider clock)
    {
        public async Task<Result<FavoriteRow>> AddAsync(EngageKind kind, long itemId, CancellationToken ct)
        {
            if (me.UserId is not { } userId || !me.IsInRole(Roles.Buyer))
            {
                return Error.Forbidden();
            }

            if (await FindAsync(userId, kind, itemId, ct) is { } existing)
            {
                return existing;
            }

            if (await items.FindAsync(kind, itemId, ct) is not { } item)
            {
                return Error.NotFound();
            }

            var now = clock.GetUtcNow();
            try
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                db.Add(new Favorite(userId, kind, itemId, item.EnterpriseId, kind == EngageKind.Product ? item.ZoneId : null, now));
                await db.SaveChangesAsync(ct);
                await Popularity.AddAsync(db, item, 0, 1, 0, now, ct);
                await tx.CommitAsync(ct);
            }
            catch (DbUpdateException)
            {
                // The other click won the unique index: that favorite is this one.
                db.ChangeTracker.Clear();
            }

            return await FindAsync(userId, kind, itemId, ct) is { } row ? row : Error.Conflict("favorite_conflict");
        }

        public async Task<Result<bool>> RemoveAsync(EngageKind kind, long itemId, CancellationToken ct)
        {
            if (me.UserId is not { } userId || !me.IsInRole(Roles.Buyer))
            {
                return Error.Forbidden();
            }

            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var removed = await db.Set<Favorite>().Where(f => f.UserId == userId && f.Kind == kind && f.ItemId == itemId).ExecuteDeleteAsync(ct);
            if (removed > 0)
            {
                await Popularity.RemoveFavoriteAsync(db, kind, itemId, clock.GetUtcNow(), ct);
            }

            await tx.CommitAsync(ct);
            return removed > 0;
        }

        public async Task<bool> IsFavoriteAsync(EngageKind kind, long itemId, CancellationToken ct) =>
            me.UserId is { } userId && await db.Set<Favorite>().AnyAsync(f => f.UserId == userId && f.Kind == kind && f.ItemId == itemId, ct);

        public async Task<Result<Page<FavoriteRow>>> ListAsync(EngageKind kind, long? afterId, int? limit, CancellationToken ct)
        {
            if (me.UserId is not { } userId || !me.IsInRole(Roles.Buyer))
            {
                return Error.Forbidden();
            }

            var q = db.Set<Favorite>().AsNoTracking().Where(f => f.UserId == userId && f.Kind == kind);
            if (afterId is { } after)
            {
                q = q.Where(f => f.Id < after);
            }

            var size = Paging.Clamp(limit);
            var rows = await q.OrderByDescending(f => f.Id).Take(size + 1).ToListAsync(ct);
            var page = rows.Take(size).ToList();
            return new Page<FavoriteRow>(await DescribeAsync(page, ct), rows.Count > size ? page[^1].Id : null);
        }

        private async Task<FavoriteRow?> FindAsync(long userId, EngageKind kind, long itemId, CancellationToken ct)
        {
            var f = await db.Set<Favorite>().AsNoTracking().FirstOrDefaultAsync(x => x.UserId == userId && x.Kind == kind && x.ItemId == itemId, ct);
            return f is null ? null : (await DescribeAsync([f], ct))[0];
        }

        /// <summary>Names, a picture and availability of the favorited items (all of one kind).</summary>
        private async Task<List<FavoriteRow>> DescribeAsync(IReadOnlyList<Favorite> favorites, CancellationToken ct)
        {
            var ids = favorites.Select(f => f.ItemId).Distinct().ToList();
            var kind = favorites.Count > 0 ? favorites[0].Kind : EngageKind.Product;
            var available = await items.FindManyAsync(kind, ids, ct);
            var cards = await cardReader.ReadAsync(kind, ids, ct);
            return [.. favorites.Select(f =>
            {
                var card = cards.GetValueOrDefault(f.ItemId) ?? new ItemCard("", "", null, null);
                return new FavoriteRow(f.Id, f.Kind, f.ItemId, card.NameZh, card.NameEn, card.ImageUrl, EngageKinds.Url(f.Kind, f.ItemId), available.ContainsKey(f.ItemId), f.CreatedAt);
            })];
        }
    }

    public static void Map(IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        api.MapGet("/my/favorites", async (string? kind, long? afterId, int? limit, Handler handler, HttpContext http, CancellationToken ct) =>
                EngageKinds.Parse(kind ?? "product") is not { } k
                    ? Error.NotFound().ToProblem(http)
                    : (await handler.ListAsync(k, afterId, limit, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Buyer).WithTags("Engagement").WithSummary("The buyer's favorites of one kind (product|exhibitor|booth), newest first; keyset by afterId (BUY-2).");
        api.MapPut("/my/favorites/{kind}/{id:long}", async (string kind, long id, Handler handler, HttpContext http, CancellationToken ct) =>
                EngageKinds.Parse(kind) is not { } k ? Error.NotFound().ToProblem(http) : (await handler.AddAsync(k, id, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Buyer).WithTags("Engagement").WithSummary("Favorite a public product, exhibitor or booth; idempotent (BUY-2).");
        api.MapDelete("/my/favorites/{kind}/{id:long}", async (string kind, long id, Handler handler, HttpContext http, CancellationToken ct) =>
                EngageKinds.Parse(kind) is not { } k ? Error.NotFound().ToProblem(http) : (await handler.RemoveAsync(k, id, ct)).ToHttp(http, _ => TypedResults.NoContent()))
            .RequireAuthorization(Policies.Buyer).WithTags("Engagement").WithSummary("Remove a favorite; idempotent (BUY-2).");

        // The FavoriteButton's form (static pages, no script): antiforgery, then back to the page it came from.
        app.MapPost("/favorites", async ([FromForm] string kind, [FromForm] long id, [FromForm] bool on, [FromForm] string? returnUrl, Handler handler, HttpContext http, CancellationToken ct) =>
            {
                var back = string.IsNullOrEmpty(returnUrl) || !returnUrl.StartsWith('/') || returnUrl.StartsWith("//", StringComparison.Ordinal) || returnUrl.StartsWith("/\\", StringComparison.Ordinal)
                    ? "/" : returnUrl;
                if (http.User.Identity?.IsAuthenticated != true)
                {
                    return Results.LocalRedirect("/login?returnUrl=" + Uri.EscapeDataString(back));
                }

                if (EngageKinds.Parse(kind) is { } k)
                {
                    _ = on ? (await handler.AddAsync(k, id, ct)).IsSuccess : (await handler.RemoveAsync(k, id, ct)).IsSuccess;
                }

                return Results.LocalRedirect(back);
            }).WithMetadata(new RequireAntiforgeryTokenAttribute()).ExcludeFromDescription();
    }
}

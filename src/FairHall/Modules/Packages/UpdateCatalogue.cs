using FairHall.Modules.Fairs;
using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Packages;

/// <summary>
/// PUT /api/v1/packages/tiers/{id} and /packages/addons/{id} — the organizer edits a row of a session's
/// catalogue; POST /api/v1/sessions/{id}/packages gives a session without rows the 136th values.
/// </summary>
internal static class UpdateCatalogue
{
    public sealed record TierRequest(long PriceFen, TierQuotas Quotas, TierFlags Flags, long Version);

    public sealed record AddOnRequest(long PriceFen, int Amount, long Version);

    internal sealed class Handler(FairHallDbContext db, TextCatalog texts)
    {
        public async Task<Result<Done>> TierAsync(long id, TierRequest r, CancellationToken ct)
        {
            var q = r.Quotas;
            if (r.PriceFen is < 0 or > 100_000_000 || q is null || r.Flags is null
                || new[] { q.Products, q.Templates, q.Videos, q.LiveRooms, q.Accounts, q.PublicResponses, q.TargetedResponses ?? 0 }.Any(v => v is < 0 or > 1_000_000))
            {
                return Error.Invalid("PriceFen", texts.Get("Packages.Console.Invalid"));
            }

            if (q.Accounts < 1)
            {
                return Error.Invalid("Quotas.Accounts", texts.Get("Packages.Console.AccountsMin"));
            }

            var found = await db.FindToChangeAsync(db.Set<TierOffer>(), id, r.Version, ct);
            if (!found.IsSuccess)
            {
                return found.Error;
            }

            found.Value.Change(r.PriceFen, q, r.Flags);
            return await db.SaveAsync(Error.Conflict("conflict"), ct) is { } failed ? failed : Done.Value;
        }

        public async Task<Result<Done>> AddOnAsync(long id, AddOnRequest r, CancellationToken ct)
        {
            if (r.PriceFen is < 0 or > 100_000_000 || r.Amount is < 1 or > 100_000)
            {
                return Error.Invalid("PriceFen", texts.Get("Packages.Console.Invalid"));
            }

            var found = await db.FindToChangeAsync(db.Set<AddOnOffer>(), id, r.Version, ct);
            if (!found.IsSuccess)
            {
                return found.Error;
            }

            found.Value.Change(r.PriceFen, r.Amount);
            return await db.SaveAsync(Error.Conflict("conflict"), ct) is { } failed ? failed : Done.Value;
        }

        public async Task<Result<Done>> EnsureAsync(long sessionId, CancellationToken ct) =>
            await db.Set<Session>().AnyAsync(s => s.Id == sessionId, ct)
                ? (await CatalogueDefaults.EnsureAsync(db, sessionId, ct) ? Done.Value : Error.Conflict("catalogue_exists"))
                : Error.NotFound();
    }

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPut("/packages/tiers/{id:long}", async (long id, TierRequest request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.TierAsync(id, request, ct)).ToHttp(http, _ => TypedResults.NoContent()))
            .RequireAuthorization(Policies.Organizer).WithTags("Packages").WithSummary("Edit a tier of a session's catalogue.");
        api.MapPut("/packages/addons/{id:long}", async (long id, AddOnRequest request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.AddOnAsync(id, request, ct)).ToHttp(http, _ => TypedResults.NoContent()))
            .RequireAuthorization(Policies.Organizer).WithTags("Packages").WithSummary("Edit an add-on of a session's catalogue.");
        api.MapPost("/sessions/{id:long}/packages", async (long id, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.EnsureAsync(id, ct)).ToHttp(http, _ => TypedResults.NoContent()))
            .RequireAuthorization(Policies.Organizer).WithTags("Packages").WithSummary("Give a session the default catalogue.");
    }
}

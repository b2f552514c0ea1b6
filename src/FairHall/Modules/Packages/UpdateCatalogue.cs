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

    public const int MaxQuota = 1_000_000;
    public const long MaxPriceFen = 100_000_000;

    internal sealed class Handler(FairHallDbContext db, TextCatalog texts)
    {
        public async Task<Result<Done>> TierAsync(long id, TierRequest r, CancellationToken ct)
        {
            if (TierErrors(r) is { Count: > 0 } fields)
            {
                return Error.Invalid(fields);
            }

            var q = r.Quotas;
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
            var fields = new Dictionary<string, string[]>();
            Price(fields, r.PriceFen);
            if (r.Amount is < 1 or > MaxQuota)
            {
                fields["Amount"] = [texts.Format("Packages.Console.Range", 1, MaxQuota)];
            }

            if (fields.Count > 0)
            {
                return Error.Invalid(fields);
            }

            var found = await db.FindToChangeAsync(db.Set<AddOnOffer>(), id, r.Version, ct);
            if (!found.IsSuccess)
            {
                return found.Error;
            }

            found.Value.Change(r.PriceFen, r.Amount);
            return await db.SaveAsync(Error.Conflict("conflict"), ct) is { } failed ? failed : Done.Value;
        }

        /// <summary>Field-level messages in the caller's language; keys are the request's JSON paths.</summary>
        private Dictionary<string, string[]> TierErrors(TierRequest r)
        {
            var fields = new Dictionary<string, string[]>();
            Price(fields, r.PriceFen);
            if (r.Quotas is not { } q || r.Flags is null)
            {
                fields["Quotas"] = [texts.Get("Packages.Console.Invalid")];
                return fields;
            }

            foreach (var (key, value) in new (string, int?)[]
            {
                ("Products", q.Products), ("Templates", q.Templates), ("Videos", q.Videos), ("LiveRooms", q.LiveRooms),
                ("Accounts", q.Accounts), ("TargetedResponses", q.TargetedResponses), ("PublicResponses", q.PublicResponses),
            })
            {
                if (value is < 0 or > MaxQuota)
                {
                    fields[$"Quotas.{key}"] = [texts.Format("Packages.Console.Range", 0, MaxQuota)];
                }
            }

            if (q.Accounts < 1 && !fields.ContainsKey("Quotas.Accounts"))
            {
                fields["Quotas.Accounts"] = [texts.Get("Packages.Console.AccountsMin")];
            }

            return fields;
        }

        private void Price(Dictionary<string, string[]> fields, long priceFen)
        {
            if (priceFen is < 0 or > MaxPriceFen)
            {
                fields["PriceFen"] = [texts.Format("Packages.Console.PriceRange", MaxPriceFen / 100)];
            }
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

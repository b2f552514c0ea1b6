using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Packages;

/// <summary>GET /api/v1/packages/catalogue?sessionId= — the tiers and add-ons of a session (default: the current one).</summary>
internal static class GetCatalogue
{
    public sealed record TierView(long Id, PackageTier Tier, long PriceFen, TierQuotas Quotas, TierFlags Flags, long Version);

    public sealed record AddOnView(long Id, AddOnKind Kind, long PriceFen, int Amount, long Version);

    public sealed record Response(long SessionId, int SessionNumber, string SessionNameZh, string SessionNameEn, IReadOnlyList<TierView> Tiers, IReadOnlyList<AddOnView> AddOns);

    public sealed record SessionItem(long Id, int Number, string NameZh, string NameEn);

    internal sealed class Handler(FairHallDbContext db, TimeProvider clock)
    {
        /// <summary>The sessions whose catalogue the organizer may edit, newest first.</summary>
        public async Task<IReadOnlyList<SessionItem>> SessionsAsync(CancellationToken ct) =>
            await db.Set<Fairs.Session>().AsNoTracking().OrderByDescending(s => s.Number).Take(50)
                .Select(s => new SessionItem(s.Id, s.Number, s.NameZh, s.NameEn)).ToListAsync(ct);

        public async Task<Result<Response>> HandleAsync(long? sessionId, CancellationToken ct)
        {
            var session = sessionId is { } id ? await Sessions.ByIdAsync(db, id, ct) : await Sessions.CurrentAsync(db, clock, ct);
            if (session is null)
            {
                return Error.NotFound();
            }

            var tiers = await db.Set<TierOffer>().AsNoTracking().Where(t => t.SessionId == session.Id).ToListAsync(ct);
            var addOns = await db.Set<AddOnOffer>().AsNoTracking().Where(a => a.SessionId == session.Id).ToListAsync(ct);
            return new Response(session.Id, session.Number, session.NameZh, session.NameEn,
                [.. tiers.OrderBy(t => t.Tier).Select(t => new TierView(t.Id, t.Tier, t.PriceFen, t.Quotas, t.Flags, t.Version))],
                [.. addOns.OrderBy(a => a.Kind).Select(a => new AddOnView(a.Id, a.Kind, a.PriceFen, a.Amount, a.Version))]);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/packages/catalogue", async (long? sessionId, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(sessionId, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization().WithTags("Packages").WithSummary("Tiers and add-ons of a session (PKG-1..3).");
}

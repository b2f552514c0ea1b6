using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;

namespace FairHall.Modules.Packages;

/// <summary>GET /api/v1/enterprise/entitlement?sessionId= — what the caller's enterprise may use now (PKG-2/3/5, FAIR-5).</summary>
internal static class GetEntitlement
{
    public sealed record Response(long SessionId, int SessionNumber, Entitlement Entitlement);

    internal sealed class Handler(FairHallDbContext db, ICurrentActor me, TimeProvider clock, Entitlements entitlements)
    {
        public async Task<Result<Response>> HandleAsync(long? sessionId, CancellationToken ct)
        {
            if (me.EnterpriseId is not { } enterpriseId)
            {
                return Error.Forbidden();
            }

            var session = sessionId is { } id ? await Sessions.ByIdAsync(db, id, ct) : await Sessions.CurrentAsync(db, clock, ct);
            return session is null ? Error.NotFound() : new Response(session.Id, session.Number, await entitlements.ForAsync(enterpriseId, session, ct));
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/enterprise/entitlement", async (long? sessionId, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(sessionId, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Exhibitor).WithTags("Packages").WithSummary("Quotas used and remaining, flags and windows of the caller's enterprise.");
}

using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;

namespace FairHall.Modules.Matching;

/// <summary>GET /api/v1/my/recommendations — BUY-3: exhibitors, booths and products for the buyer's interests, each with its reason.</summary>
internal static class GetRecommendations
{
    internal sealed class Handler(Recommender recommender, ICurrentActor me)
    {
        public async Task<Result<Recommendations>> HandleAsync(CancellationToken ct) =>
            me.UserId is { } userId && me.IsInRole(Roles.Buyer) ? await recommender.ForUserAsync(userId, ct) : Error.Forbidden();
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/my/recommendations", async (Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Buyer).WithTags("Matching")
            .WithSummary("Recommended exhibitors, booths and products with a one-line reason; needsInterests when none are declared.");
}

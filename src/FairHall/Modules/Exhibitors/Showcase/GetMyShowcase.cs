using FairHall.Modules.Packages;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;

namespace FairHall.Modules.Exhibitors.Showcase;

/// <summary>GET /api/v1/enterprise/showcase — the enterprise's info with status, reason and completeness (CAT-1).</summary>
internal static class GetMyShowcase
{
    internal sealed class Handler(Showcases showcases, Entitlements entitlements, ICurrentActor me, TimeProvider clock)
    {
        public async Task<Result<ShowcaseView>> HandleAsync(CancellationToken ct)
        {
            if (me.EnterpriseId is not { } enterpriseId)
            {
                return Error.Forbidden();
            }

            var showcase = await showcases.OfAsync(enterpriseId, clock.GetUtcNow(), ct);
            return await showcases.ViewAsync(showcase, await VideoLimitAsync(entitlements, enterpriseId, ct), ct);
        }
    }

    /// <summary>PKG-2: videos in enterprise info, Basic/A/B/C 0/1/3/5 (null: unlimited).</summary>
    internal static async Task<int?> VideoLimitAsync(Entitlements entitlements, long enterpriseId, CancellationToken ct) =>
        await entitlements.CurrentAsync(enterpriseId, ct) is { } current ? current.Entitlement.Quota(QuotaKeys.Videos).Limit : 0;

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/enterprise/showcase", async (Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Exhibitor).WithTags("Showcase").WithSummary("The enterprise's showcase info, status and completeness.");
}

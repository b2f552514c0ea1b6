using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Fairs;

/// <summary>GET /api/v1/fairs/{fairId}/delegations — Trade delegations and sub-delegations (交易团/分团) of a fair, keyset-paged by id (organizers and reviewers).</summary>
internal static class ListDelegations
{
    public sealed record Request(long FairId, long? AfterId = null, int? Limit = null);

    internal sealed class Handler(FairHallDbContext db)
    {
        public async Task<Result<Page<DelegationView>>> HandleAsync(Request request, CancellationToken ct)
        {
            var after = request.AfterId ?? 0;
            var query = db.Set<Delegation>().AsNoTracking().Where(x => x.FairId == request.FairId && x.Id > after).OrderBy(x => x.Id);
            return await query.ToPageAsync(Paging.Clamp(request.Limit), x => x.Id, DelegationView.From, ct);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/fairs/{fairId:long}/delegations", async (long fairId, long? afterId, int? limit, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(new Request(fairId, afterId, limit), ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Reviewer).WithTags(OrganizationKinds.Tag).WithSummary("List Trade delegations and sub-delegations (交易团/分团) (keyset: afterId, limit ≤ 200).");
}

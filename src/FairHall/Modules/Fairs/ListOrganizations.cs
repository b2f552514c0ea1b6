using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Fairs;

/// <summary>
/// GET /api/v1/fairs/{fairId}/associations and …/institutions — trade associations (商协会) or organizing
/// institutions (组展机构) of a fair, keyset-paged by id (organizers and reviewers).
/// </summary>
internal static class ListOrganizations
{
    public sealed record Request(long FairId, long? AfterId = null, int? Limit = null);

    internal sealed class Handler<T>(FairHallDbContext db) where T : FairOrganization
    {
        public async Task<Result<Page<OrganizationView>>> HandleAsync(Request request, CancellationToken ct)
        {
            var after = request.AfterId ?? 0;
            var query = db.Set<T>().AsNoTracking().Where(x => x.FairId == request.FairId && x.Id > after).OrderBy(x => x.Id);
            return await query.ToPageAsync(Paging.Clamp(request.Limit), x => x.Id, OrganizationView.From, ct);
        }
    }

    public static void Map<T>(RouteGroupBuilder api, OrganizationKind<T> kind) where T : FairOrganization =>
        api.MapGet($"/fairs/{{fairId:long}}/{kind.Route}", async (long fairId, long? afterId, int? limit, Handler<T> handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(new Request(fairId, afterId, limit), ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Reviewer).WithTags(OrganizationKinds.Tag).WithSummary($"List {kind.Plural} (keyset: afterId, limit ≤ 200).");
}

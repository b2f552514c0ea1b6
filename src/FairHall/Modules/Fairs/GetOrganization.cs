using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Fairs;

/// <summary>GET /api/v1/associations/{id} and /api/v1/institutions/{id}.</summary>
internal static class GetOrganization
{
    internal sealed class Handler<T>(FairHallDbContext db) where T : FairOrganization
    {
        public async Task<Result<OrganizationView>> HandleAsync(long id, CancellationToken ct)
        {
            var found = await db.Set<T>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
            return found is null ? Error.NotFound() : OrganizationView.From(found);
        }
    }

    public static void Map<T>(RouteGroupBuilder api, OrganizationKind<T> kind) where T : FairOrganization =>
        api.MapGet($"/{kind.Route}/{{id:long}}", async (long id, Handler<T> handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Reviewer).WithTags(OrganizationKinds.Tag).WithSummary($"Get one {kind.Singular}.");
}

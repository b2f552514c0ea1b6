using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Fairs;

/// <summary>GET /api/v1/delegations/{id}.</summary>
internal static class GetDelegation
{
    internal sealed class Handler(FairHallDbContext db)
    {
        public async Task<Result<DelegationView>> HandleAsync(long id, CancellationToken ct)
        {
            var found = await db.Set<Delegation>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
            return found is null ? Error.NotFound() : DelegationView.From(found);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/delegations/{id:long}", async (long id, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Reviewer).WithTags(OrganizationKinds.Tag).WithSummary("Get one delegation.");
}

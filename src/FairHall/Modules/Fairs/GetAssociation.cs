using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Fairs;

/// <summary>GET /api/v1/associations/{id}.</summary>
internal static class GetAssociation
{
    internal sealed class Handler(FairHallDbContext db)
    {
        public async Task<Result<OrganizationView>> HandleAsync(long id, CancellationToken ct)
        {
            var found = await db.Set<Association>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
            return found is null ? Error.NotFound() : OrganizationView.From(found);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/associations/{id:long}", async (long id, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Reviewer).WithTags("Organizations").WithSummary("Get one association.");
}

using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Fairs;

/// <summary>GET /api/v1/fairs/{id}.</summary>
internal static class GetFair
{
    internal sealed class Handler(FairHallDbContext db)
    {
        public async Task<Result<FairView>> HandleAsync(long id, CancellationToken ct)
        {
            var fair = await db.Set<Fair>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
            return fair is null ? Error.NotFound() : FairView.From(fair);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/fairs/{id:long}", async (long id, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .AllowAnonymous().WithTags("Fairs").WithSummary("Get one fair.");
}

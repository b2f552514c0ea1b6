using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Fairs;

/// <summary>GET /api/v1/zones/{id} — a zone with its associations and tag definitions.</summary>
internal static class GetZone
{
    internal sealed class Handler(FairHallDbContext db)
    {
        public async Task<Result<ZoneView>> HandleAsync(long id, CancellationToken ct)
        {
            var zone = await db.Set<Zone>().AsNoTracking().Include(z => z.Associations).Include(z => z.Tags)
                .AsSplitQuery().FirstOrDefaultAsync(z => z.Id == id, ct);
            return zone is null ? Error.NotFound() : ZoneView.From(zone);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/zones/{id:long}", async (long id, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .AllowAnonymous().WithTags("Zones").WithSummary("Get one zone with its tag definitions.");
}

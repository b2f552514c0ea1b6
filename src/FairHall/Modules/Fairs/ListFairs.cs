using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Fairs;

/// <summary>GET /api/v1/fairs — the fairs of this installation, keyset-paged by id.</summary>
internal static class ListFairs
{
    public sealed record Request(long? AfterId, int? Limit);

    internal sealed class Handler(FairHallDbContext db)
    {
        public async Task<Result<Page<FairView>>> HandleAsync(Request request, CancellationToken ct)
        {
            var after = request.AfterId ?? 0;
            var query = db.Set<Fair>().AsNoTracking().Where(f => f.Id > after).OrderBy(f => f.Id);
            return await query.ToPageAsync(Paging.Clamp(request.Limit), f => f.Id, FairView.From, ct);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/fairs", async (long? afterId, int? limit, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(new Request(afterId, limit), ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .AllowAnonymous().WithTags("Fairs").WithSummary("List fairs (keyset paging: afterId, limit ≤ 200).");
}

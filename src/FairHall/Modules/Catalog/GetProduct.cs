using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;

namespace FairHall.Modules.Catalog;

/// <summary>GET /api/v1/enterprise/products/{id} — one product of the caller's enterprise, in a zone the caller may manage.</summary>
internal static class GetProduct
{
    internal sealed class Handler(ProductAccess access, TimeProvider clock)
    {
        public async Task<Result<ProductView>> HandleAsync(long id, CancellationToken ct)
        {
            var found = await access.FindAsync(id, ct);
            return found.IsSuccess ? ProductView.Of(found.Value, clock.GetUtcNow()) : found.Error;
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/enterprise/products/{id:long}", async (long id, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Exhibitor).WithTags("Catalog").WithSummary("One product of the enterprise.");
}

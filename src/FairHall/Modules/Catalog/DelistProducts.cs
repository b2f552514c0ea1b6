using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;

namespace FairHall.Modules.Catalog;

/// <summary>POST /api/v1/enterprise/products/{id}/delist and POST /api/v1/enterprise/products/batch/delist (a result per product).</summary>
internal static class DelistProducts
{
    internal sealed class Handler(FairHallDbContext db, ProductAccess access, TimeProvider clock, TextCatalog texts)
    {
        public async Task<Result<ProductView>> OneAsync(long id, CancellationToken ct)
        {
            db.ChangeTracker.Clear();
            var found = await access.FindAsync(id, ct);
            if (!found.IsSuccess)
            {
                return found.Error;
            }

            var now = clock.GetUtcNow();
            if (found.Value.Delist(now) is { } illegal)
            {
                return illegal;
            }

            await db.SaveChangesAsync(ct);
            return ProductView.Of(found.Value, now);
        }

        public Task<Result<BatchResponse>> BatchAsync(BatchRequest request, CancellationToken ct) =>
            ProductBatch.RunAsync(request, OneAsync, texts, ct);
    }

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/enterprise/products/{id:long}/delist", async (long id, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.OneAsync(id, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Exhibitor).WithTags("Catalog").WithSummary("Delist a product.");
        api.MapPost("/enterprise/products/batch/delist", async (BatchRequest request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.BatchAsync(request, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Exhibitor).WithTags("Catalog").WithSummary("Delist several products; a result per product.");
    }
}

using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;

namespace FairHall.Modules.Catalog;

/// <summary>
/// POST /api/v1/enterprise/products/{id}/list and POST /api/v1/enterprise/products/batch/list — lists approved or
/// delisted products under the package quota (PKG-2/7, CAT-3); the batch answers per product.
/// </summary>
internal static class ListProducts
{
    internal sealed class Handler(ProductAccess access, ProductListing listing, TextCatalog texts)
    {
        public async Task<Result<ProductView>> OneAsync(long id, CancellationToken ct)
        {
            var found = await access.FindAsync(id, ct);
            if (!found.IsSuccess)
            {
                return found.Error;
            }

            var listed = await listing.ListAsync(id, found.Value.EnterpriseId, ct);
            return listed.IsSuccess ? ProductView.Of(listed.Value, listed.Value.UpdatedAt) : listed.Error;
        }

        public Task<Result<BatchResponse>> BatchAsync(BatchRequest request, CancellationToken ct) =>
            ProductBatch.RunAsync(request, OneAsync, texts, ct);
    }

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/enterprise/products/{id:long}/list", async (long id, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.OneAsync(id, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Exhibitor).WithTags("Catalog").WithSummary("List a product (quota permitting).");
        api.MapPost("/enterprise/products/batch/list", async (BatchRequest request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.BatchAsync(request, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Exhibitor).WithTags("Catalog").WithSummary("List several products; a result per product.");
    }
}

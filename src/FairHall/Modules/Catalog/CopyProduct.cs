using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;

namespace FairHall.Modules.Catalog;

/// <summary>POST /api/v1/enterprise/products/{id}/copy — a new draft with the same details (CAT-5 batch tools).</summary>
internal static class CopyProduct
{
    internal sealed class Handler(FairHallDbContext db, ProductAccess access, Exhibitors.Showcase.IShowcaseGate showcase, TimeProvider clock)
    {
        public async Task<Result<ProductView>> HandleAsync(long id, CancellationToken ct)
        {
            var found = await access.FindAsync(id, ct);
            if (!found.IsSuccess)
            {
                return found.Error;
            }

            if (await showcase.CanCreateProductsAsync(found.Value.EnterpriseId, ct) is { } gated)
            {
                return gated; // CAT-1: 资料未完善 / 待整改 cannot create products
            }

            var now = clock.GetUtcNow();
            var copy = found.Value.Copy(now);
            db.Add(copy);
            await db.SaveChangesAsync(ct);
            return ProductView.Of(copy, now);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/enterprise/products/{id:long}/copy", async (long id, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).ToHttp(http, v => TypedResults.Created($"/api/v1/enterprise/products/{v.Id}", v)))
            .RequireAuthorization(Policies.Exhibitor).WithTags("Catalog").WithSummary("Copy a product into a new draft.");
}

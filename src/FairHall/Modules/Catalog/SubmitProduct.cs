using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;

namespace FairHall.Modules.Catalog;

/// <summary>POST /api/v1/enterprise/products/{id}/submit — sends a draft, or a product needing rectification, to the zone's association.</summary>
internal static class SubmitProduct
{
    internal sealed class Handler(FairHallDbContext db, ProductAccess access, ProductReviewSubmitter submitter, TimeProvider clock)
    {
        public async Task<Result<ProductView>> HandleAsync(long id, CancellationToken ct)
        {
            var found = await access.FindAsync(id, ct);
            if (!found.IsSuccess)
            {
                return found.Error;
            }

            var product = found.Value;
            var now = clock.GetUtcNow();
            if (product.Submit(now) is { } illegal)
            {
                return illegal;
            }

            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (await submitter.SubmitAsync(product, ct) is { } error)
            {
                db.ChangeTracker.Clear();
                return error;
            }

            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return ProductView.Of(product, now);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/enterprise/products/{id:long}/submit", async (long id, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Exhibitor).WithTags("Catalog").WithSummary("Submit a product for association review.");
}

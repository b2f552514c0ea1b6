using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;

namespace FairHall.Modules.Catalog;

/// <summary>
/// DELETE /api/v1/enterprise/products/{id} and POST /api/v1/enterprise/products/batch/delete (CAT-5, a result per
/// product) — removes products; refused when Banned (CAT-2). A product waiting for review is withdrawn from the queue.
/// </summary>
internal static class DeleteProduct
{
    internal sealed class Handler(FairHallDbContext db, ProductAccess access, TextCatalog texts)
    {
        public async Task<Result<Done>> HandleAsync(long id, CancellationToken ct)
        {
            db.ChangeTracker.Clear();
            var found = await access.FindAsync(id, ct);
            if (!found.IsSuccess)
            {
                return found.Error;
            }

            if (found.Value.CanDelete() is { } illegal)
            {
                return illegal;
            }

            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await ProductReviews.WithdrawAsync(db, id, ct);
            db.Remove(found.Value);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return Done.Value;
        }

        public Task<Result<BatchResponse>> BatchAsync(BatchRequest request, CancellationToken ct) =>
            ProductBatch.RunAsync(request.Ids, async (id, c) =>
            {
                var result = await HandleAsync(id, c);
                return result.IsSuccess ? new BatchItemResult(id, true, null, "Deleted") : new BatchItemResult(id, false, result.Error.Code, null);
            }, texts, ct);
    }

    public static void Map(RouteGroupBuilder api)
    {
        api.MapDelete("/enterprise/products/{id:long}", async (long id, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).ToHttp(http, _ => TypedResults.NoContent()))
            .RequireAuthorization(Policies.Exhibitor).WithTags("Catalog").WithSummary("Delete a product (not when banned).");
        api.MapPost("/enterprise/products/batch/delete", async (BatchRequest request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.BatchAsync(request, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Exhibitor).WithTags("Catalog").WithSummary("Delete several products; banned ones are refused, a result per product.");
    }
}

using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;

namespace FairHall.Modules.Catalog;

/// <summary>DELETE /api/v1/enterprise/products/{id} — removes a product; refused when Banned (CAT-2).</summary>
internal static class DeleteProduct
{
    internal sealed class Handler(FairHallDbContext db, ProductAccess access)
    {
        public async Task<Result<Done>> HandleAsync(long id, CancellationToken ct)
        {
            var found = await access.FindAsync(id, ct);
            if (!found.IsSuccess)
            {
                return found.Error;
            }

            if (found.Value.CanDelete() is { } illegal)
            {
                return illegal;
            }

            db.Remove(found.Value);
            await db.SaveChangesAsync(ct);
            return Done.Value;
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapDelete("/enterprise/products/{id:long}", async (long id, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).ToHttp(http, _ => TypedResults.NoContent()))
            .RequireAuthorization(Policies.Exhibitor).WithTags("Catalog").WithSummary("Delete a product (not when banned).");
}

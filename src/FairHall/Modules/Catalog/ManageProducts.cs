using FairHall.Modules.Accounts;
using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Catalog;

/// <summary>
/// CAT-5 batch tools besides list/delist/delete, each answering per product (a banned product is refused):
/// POST /api/v1/enterprise/products/batch/group {ids, groupId (null: no group)},
/// POST /api/v1/enterprise/products/batch/visibility {ids, hidden} — hidden products are not shown to buyers even when listed,
/// POST /api/v1/enterprise/products/batch/salesperson {ids, salespersonId (null: none)} — an account of the same enterprise.
/// None of them is a content edit, so none sends the product back to review.
/// </summary>
internal static class ManageProducts
{
    public sealed record GroupRequest(IReadOnlyList<long>? Ids, long? GroupId);

    public sealed record VisibilityRequest(IReadOnlyList<long>? Ids, bool Hidden);

    public sealed record SalespersonRequest(IReadOnlyList<long>? Ids, long? SalespersonId);

    internal sealed class Handler(FairHallDbContext db, ProductAccess access, TimeProvider clock, TextCatalog texts)
    {
        public async Task<Result<BatchResponse>> GroupAsync(GroupRequest request, CancellationToken ct)
        {
            if (access.EnterpriseId is not { } enterpriseId)
            {
                return Error.Forbidden();
            }

            if (request.GroupId is { } groupId && !await db.Set<ProductGroup>().AnyAsync(g => g.Id == groupId && g.EnterpriseId == enterpriseId, ct))
            {
                return Error.Invalid("GroupId", texts.Get("Catalog.Field.NoSuchGroup"));
            }

            return await RunAsync(request.Ids, (p, now) => p.Group(request.GroupId, now), ct);
        }

        public Task<Result<BatchResponse>> VisibilityAsync(VisibilityRequest request, CancellationToken ct) =>
            RunAsync(request.Ids, (p, now) => p.Show(request.Hidden, now), ct);

        public async Task<Result<BatchResponse>> SalespersonAsync(SalespersonRequest request, CancellationToken ct)
        {
            if (access.EnterpriseId is not { } enterpriseId)
            {
                return Error.Forbidden();
            }

            if (request.SalespersonId is { } userId && !await db.Set<User>().AnyAsync(u => u.Id == userId && u.EnterpriseId == enterpriseId, ct))
            {
                return Error.Invalid("SalespersonId", texts.Get("Catalog.Field.NoSuchSalesperson"));
            }

            return await RunAsync(request.Ids, (p, now) => p.AssignSalesperson(request.SalespersonId, now), ct);
        }

        private Task<Result<BatchResponse>> RunAsync(IReadOnlyList<long>? ids, Func<Product, DateTimeOffset, Error?> change, CancellationToken ct) =>
            ProductBatch.RunAsync(ids, async (id, c) =>
            {
                db.ChangeTracker.Clear();
                var found = await access.FindAsync(id, c);
                if (!found.IsSuccess)
                {
                    return new BatchItemResult(id, false, found.Error.Code, null);
                }

                if (change(found.Value, clock.GetUtcNow()) is { } refused)
                {
                    return new BatchItemResult(id, false, refused.Code, null);
                }

                try
                {
                    await db.SaveChangesAsync(c);
                }
                catch (DbUpdateConcurrencyException)
                {
                    return new BatchItemResult(id, false, "conflict", null);
                }

                return new BatchItemResult(id, true, null, found.Value.Status.ToString());
            }, texts, ct);
    }

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/enterprise/products/batch/group", async (GroupRequest request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.GroupAsync(request, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Exhibitor).WithTags("Catalog").WithSummary("Put several products into a group (or none); a result per product.");
        api.MapPost("/enterprise/products/batch/visibility", async (VisibilityRequest request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.VisibilityAsync(request, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Exhibitor).WithTags("Catalog").WithSummary("Show several products to buyers or hide them; a result per product.");
        api.MapPost("/enterprise/products/batch/salesperson", async (SalespersonRequest request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.SalespersonAsync(request, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Exhibitor).WithTags("Catalog").WithSummary("Assign a salesperson of the enterprise to several products; a result per product.");
    }
}

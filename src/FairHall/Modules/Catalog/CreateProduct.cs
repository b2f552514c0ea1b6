using FairHall.Modules.Fairs;
using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Catalog;

/// <summary>
/// POST /api/v1/enterprise/products[?submit=true] — creates a draft (未审核, not yet sent), or with submit=true
/// saves and sends it to the zone's association at once (CAT-2/3). Only in a zone the caller may manage (ACC-5).
/// </summary>
internal static class CreateProduct
{
    internal sealed class Handler(
        FairHallDbContext db, ProductContent content, ProductAccess access, ProductReviewSubmitter submitter, Exhibitors.Showcase.IShowcaseGate showcase, TimeProvider clock)
    {
        public async Task<Result<ProductView>> HandleAsync(ProductForm form, bool submit, CancellationToken ct)
        {
            if (access.EnterpriseId is not { } enterpriseId)
            {
                return Error.Forbidden();
            }

            if (await showcase.CanCreateProductsAsync(enterpriseId, ct) is { } gated)
            {
                return gated; // CAT-1: 资料未完善 / 待整改 cannot create products
            }

            // ACC-5 first: a zone the caller may not manage is refused before its fields are checked.
            if (form.ZoneId is { } zoneId && await access.ZoneAsync(zoneId, ct) is { } refused)
            {
                return refused;
            }

            var checkedForm = await content.CheckAsync(enterpriseId, form, ct);
            if (!checkedForm.IsSuccess)
            {
                return checkedForm.Error;
            }

            form = checkedForm.Value;
            var sessionId = await db.Set<Zone>().Where(z => z.Id == form.ZoneId).Select(z => z.SessionId).FirstAsync(ct);
            var now = clock.GetUtcNow();
            var product = new Product(enterpriseId, sessionId, form.ToDetails(), now);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            db.Add(product);
            await db.SaveChangesAsync(ct);
            if (submit)
            {
                product.Submit(now);
                if (await submitter.SubmitAsync(product, ct) is { } error)
                {
                    await tx.RollbackAsync(ct);
                    db.ChangeTracker.Clear();
                    return error;
                }

                await db.SaveChangesAsync(ct);
            }

            await tx.CommitAsync(ct);
            return ProductView.Of(product, now);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/enterprise/products", async (ProductForm form, bool? submit, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(form, submit ?? false, ct)).ToHttp(http, v => TypedResults.Created($"/api/v1/enterprise/products/{v.Id}", v)))
            .RequireAuthorization(Policies.Exhibitor).WithTags("Catalog").WithSummary("Create a product draft, or save and submit it for review.");
}

using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Catalog;

/// <summary>
/// PUT /api/v1/enterprise/products/{id} — edits a product. An edit of an Approved, Listed or Delisted product makes
/// it 更新未审核, takes it off the public and sends it back to the association at once (CAT-2). Banned: refused.
/// </summary>
internal static class UpdateProduct
{
    internal sealed class Handler(
        FairHallDbContext db, ProductContent content, ProductAccess access, ProductReviewSubmitter submitter, TimeProvider clock)
    {
        public async Task<Result<ProductView>> HandleAsync(long id, ProductForm form, CancellationToken ct)
        {
            var found = await access.FindAsync(id, ct);
            if (!found.IsSuccess)
            {
                return found.Error;
            }

            var product = found.Value;
            var checkedForm = await content.CheckAsync(product.EnterpriseId, form, ct);
            if (!checkedForm.IsSuccess)
            {
                return checkedForm.Error;
            }

            form = checkedForm.Value;

            if (form.ZoneId != product.ZoneId && await access.ZoneAsync(form.ZoneId!.Value, ct) is { } refused)
            {
                return refused;
            }

            if (form.Version is { } seen && seen != product.Version)
            {
                return Error.Conflict("conflict");
            }

            var now = clock.GetUtcNow();
            if (product.Edit(form.ToDetails(), now) is { } illegal)
            {
                return illegal;
            }

            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (product.InReview && await submitter.SubmitAsync(product, ct) is { } error)
            {
                db.ChangeTracker.Clear();
                return error;
            }

            try
            {
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return Error.Conflict("conflict");
            }

            return ProductView.Of(product, now);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/enterprise/products/{id:long}", async (long id, ProductForm form, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(id, form, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Exhibitor).WithTags("Catalog").WithSummary("Edit a product (an approved one goes back to review).");
}

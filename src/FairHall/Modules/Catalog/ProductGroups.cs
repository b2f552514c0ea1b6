using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Catalog;

/// <summary>
/// CAT-5 product groups of the enterprise: GET/POST /api/v1/enterprise/product-groups, DELETE …/{id} (its products
/// become ungrouped). Names are unique per enterprise, at most 50 characters.
/// </summary>
internal static class ProductGroups
{
    public sealed record GroupView(long Id, string Name, int Products);

    public sealed record CreateRequest(string? Name);

    internal sealed class Handler(FairHallDbContext db, ProductAccess access, TextCatalog texts)
    {
        public async Task<Result<IReadOnlyList<GroupView>>> ListAsync(CancellationToken ct)
        {
            if (access.EnterpriseId is not { } enterpriseId)
            {
                return Error.Forbidden();
            }

            var groups = await db.Set<ProductGroup>().AsNoTracking().Where(g => g.EnterpriseId == enterpriseId).OrderBy(g => g.Name)
                .Select(g => new GroupView(g.Id, g.Name, db.Set<Product>().Count(p => p.GroupId == g.Id))).ToListAsync(ct);
            return groups;
        }

        public async Task<Result<GroupView>> CreateAsync(CreateRequest request, CancellationToken ct)
        {
            if (access.EnterpriseId is not { } enterpriseId)
            {
                return Error.Forbidden();
            }

            var name = request.Name?.Trim() ?? "";
            if (name.Length == 0)
            {
                return Error.Invalid("Name", texts.Get("Catalog.Field.Required"));
            }

            if (name.Length > ProductGroup.MaxName)
            {
                return Error.Invalid("Name", texts.Format("Catalog.Field.MaxLength", ProductGroup.MaxName));
            }

            if (await db.Set<ProductGroup>().AnyAsync(g => g.EnterpriseId == enterpriseId && g.Name == name, ct))
            {
                return Error.Invalid("Name", texts.Get("Catalog.Field.GroupExists"));
            }

            var group = new ProductGroup(enterpriseId, name);
            db.Add(group);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                return Error.Invalid("Name", texts.Get("Catalog.Field.GroupExists"));
            }

            return new GroupView(group.Id, group.Name, 0);
        }

        public async Task<Result<Done>> DeleteAsync(long id, CancellationToken ct)
        {
            if (access.EnterpriseId is not { } enterpriseId)
            {
                return Error.Forbidden();
            }

            var group = await db.Set<ProductGroup>().FirstOrDefaultAsync(g => g.Id == id && g.EnterpriseId == enterpriseId, ct);
            if (group is null)
            {
                return Error.NotFound();
            }

            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.Set<Product>().Where(p => p.GroupId == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.GroupId, (long?)null), ct);
            db.Remove(group);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return Done.Value;
        }
    }

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/enterprise/product-groups", async (Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.ListAsync(ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Exhibitor).WithTags("Catalog").WithSummary("The enterprise's product groups.");
        api.MapPost("/enterprise/product-groups", async (CreateRequest request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.CreateAsync(request, ct)).ToHttp(http, v => TypedResults.Created($"/api/v1/enterprise/product-groups/{v.Id}", v)))
            .RequireAuthorization(Policies.Exhibitor).WithTags("Catalog").WithSummary("Create a product group.");
        api.MapDelete("/enterprise/product-groups/{id:long}", async (long id, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.DeleteAsync(id, ct)).ToHttp(http, _ => TypedResults.NoContent()))
            .RequireAuthorization(Policies.Exhibitor).WithTags("Catalog").WithSummary("Delete a product group (its products become ungrouped).");
    }
}

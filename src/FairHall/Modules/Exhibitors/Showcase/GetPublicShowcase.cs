using FairHall.Modules.Catalog;
using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Exhibitors.Showcase;

/// <summary>GET /api/v1/showcases/{enterpriseId} — public: only a Displayable showcase with at least one listed product (CAT-1); otherwise 404.</summary>
internal static class GetPublicShowcase
{
    internal sealed class Handler(FairHallDbContext db)
    {
        public Task<Result<PublicShowcaseView>> HandleAsync(long enterpriseId, CancellationToken ct) => LoadAsync(enterpriseId, preview: false, ct);

        /// <summary>CAT-9 preview: the enterprise's own showcase with its real data, shown before it is public.</summary>
        public Task<Result<PublicShowcaseView>> PreviewAsync(long enterpriseId, CancellationToken ct) => LoadAsync(enterpriseId, preview: true, ct);

        private async Task<Result<PublicShowcaseView>> LoadAsync(long enterpriseId, bool preview, CancellationToken ct)
        {
            var s = await db.Set<EnterpriseShowcase>().AsNoTracking().FirstOrDefaultAsync(x => x.EnterpriseId == enterpriseId, ct);
            if (s is null || !preview && s.Status != ShowcaseStatus.Displayable)
            {
                return Error.NotFound();
            }

            var products = await db.Set<Product>().AsNoTracking()
                .Where(p => p.EnterpriseId == enterpriseId && p.Status == ProductStatus.Listed)
                .OrderByDescending(p => p.ListedAt).ThenByDescending(p => p.Id).Take(12)
                .Select(p => new PublicProduct(p.Id, p.NameZh, p.NameEn, p.Category, p.MarketPriceFen)).ToListAsync(ct);
            if (!preview && !s.IsPublic(products.Count > 0))
            {
                return Error.NotFound();
            }

            var e = await db.Set<Enterprise>().AsNoTracking().FirstAsync(x => x.Id == enterpriseId, ct);
            return new PublicShowcaseView(
                enterpriseId, e.NameZh, e.NameEn, s.IntroZh ?? "", s.IntroEn ?? "", s.MainProductsZh ?? "", s.MainProductsEn ?? "", s.LogoMediaId, s.ImageMediaIds, s.VideoMediaIds,
                s.Website, s.FoundedYear, s.Employees, s.ContactName ?? "", s.ContactPhone ?? "", s.ContactEmail ?? "", s.AddressZh ?? "", s.AddressEn ?? "", products);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/showcases/{enterpriseId:long}", async (long enterpriseId, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(enterpriseId, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .AllowAnonymous().WithTags("Showcase").WithSummary("A public showcase (Displayable with at least one listed product).");
}

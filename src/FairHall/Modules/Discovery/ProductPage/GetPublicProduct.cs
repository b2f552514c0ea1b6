using FairHall.Modules.Catalog;
using FairHall.Modules.Catalog.Media;
using FairHall.Modules.Exhibitors;
using FairHall.Modules.Exhibitors.Showcase;
using FairHall.Modules.Fairs;
using FairHall.Modules.Packages;
using FairHall.Platform.Data;
using FairHall.Platform.Html;
using FairHall.Platform.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Discovery.ProductPage;

public sealed record PublicImage(string Url, int? Width, int? Height);

public sealed record PublicTag(string NameZh, string NameEn, string Value);

public sealed record SimilarProduct(long Id, string NameZh, string NameEn, long? PriceFen, string? ImageUrl);

/// <summary>What anyone may see of a listed product (BUY-1); prices in fen, null shows 暂无报价 / "No quote".</summary>
public sealed record PublicProductView(
    long Id, string NameZh, string NameEn, string Category, string? Brand, string? Origin, string? Model, string? OwnCode, string? MinimumOrder,
    long? PriceFen, long? WholesalePriceFen, bool ShowsNewTag, string DescriptionZh, string DescriptionEn, string RichDescriptionZh, string RichDescriptionEn,
    long ZoneId, string ZoneCode, string ZoneNameZh, string ZoneNameEn, long EnterpriseId, string ExhibitorNameZh, string ExhibitorNameEn, bool HasShowcase,
    IReadOnlyList<PublicImage> Images, IReadOnlyList<PublicTag> Tags, IReadOnlyList<SimilarProduct> Similar, long? BoothId = null);

/// <summary>
/// The public product rule of the search (<see cref="PublicProducts"/>: listed and not hidden), narrowed to the current
/// session: anything else — draft, delisted, hidden, banned, another session's — is "not found". Orders use it too,
/// so an intent can only be sent for what the buyer can see.
/// </summary>
internal sealed class PublicProductFinder(FairHallDbContext db, TimeProvider clock)
{
    public async Task<Product?> FindAsync(long id, CancellationToken ct)
    {
        var session = await Sessions.CurrentAsync(db, clock, ct);
        if (session is null)
        {
            return null;
        }

        return await db.Set<Product>().AsNoTracking().Include(p => p.Tags).Where(PublicProducts.Rule)
            .FirstOrDefaultAsync(p => p.Id == id && p.SessionId == session.Id, ct);
    }
}

/// <summary>
/// GET /api/v1/products/{id} — public product detail with similar products: the search engine's best of the same zone
/// and category (bounded: one page), topped up from the same zone when the category has too few.
/// </summary>
internal static class GetPublicProduct
{
    public const int SimilarCount = 4;

    internal sealed class Handler(FairHallDbContext db, PublicProductFinder finder, ICatalogSearch search, TimeProvider clock)
    {
        public async Task<Result<PublicProductView>> HandleAsync(long id, CancellationToken ct)
        {
            if (await finder.FindAsync(id, ct) is not { } p)
            {
                return Error.NotFound();
            }

            // Zone, exhibitor, whether its showcase is public and its public booth: one round trip (a page view is the hottest read).
            var exhibitors = db.Set<Enterprise>().AsNoTracking();
            var publicExhibitors = PublicDirectory.Exhibitors(db);
            var publicBooths = PublicDirectory.Booths(db);
            var about = await db.Set<Zone>().AsNoTracking().Where(z => z.Id == p.ZoneId).Select(z => new
            {
                z.Code,
                z.NameZh,
                z.NameEn,
                ExhibitorZh = exhibitors.Where(e => e.Id == p.EnterpriseId).Select(e => e.NameZh).First(),
                ExhibitorEn = exhibitors.Where(e => e.Id == p.EnterpriseId).Select(e => e.NameEn).First(),
                HasShowcase = publicExhibitors.Any(id => id == p.EnterpriseId),
                BoothId = publicBooths.Where(b => b.EnterpriseId == p.EnterpriseId).OrderBy(b => b.Id).Select(b => (long?)b.Id).FirstOrDefault(),
            }).FirstAsync(ct);
            var tagIds = p.Tags.Select(t => t.ZoneTagId).ToList();
            var tagNames = tagIds.Count == 0 ? [] : await db.Set<ZoneTag>().AsNoTracking().Where(t => tagIds.Contains(t.Id)).OrderBy(t => t.SortOrder)
                .Select(t => new { t.Id, t.NameZh, t.NameEn }).ToListAsync(ct);
            var tags = tagNames.Select(t => new PublicTag(t.NameZh, t.NameEn, p.Tags.First(v => v.ZoneTagId == t.Id).Value)).Where(t => t.Value.Length > 0).ToList();

            var found = await search.SearchAsync(new SearchRequest(ZoneId: p.ZoneId, Category: p.Category, Sort: SearchSort.Popularity, Size: SimilarCount + 1) { Count = false }, ct);
            var similarIds = found.Items.Select(h => h.ProductId).Where(x => x != p.Id).Take(SimilarCount).ToList();
            if (similarIds.Count < SimilarCount)
            {
                similarIds.AddRange(await db.Set<Product>().AsNoTracking().Where(PublicProducts.Rule)
                    .Where(x => x.SessionId == p.SessionId && x.ZoneId == p.ZoneId && x.Id != p.Id && !similarIds.Contains(x.Id))
                    .OrderByDescending(x => x.Category == p.Category).ThenByDescending(x => x.Id).Take(SimilarCount - similarIds.Count).Select(x => x.Id).ToListAsync(ct));
            }

            var similarRows = await db.Set<Product>().AsNoTracking().Where(x => similarIds.Contains(x.Id))
                .Select(x => new { x.Id, x.NameZh, x.NameEn, x.MarketPriceFen, x.ImageIds }).ToListAsync(ct);
            var similar = similarIds.Select(i => similarRows.First(r => r.Id == i)).ToList();

            var mediaIds = p.ImageIds.Concat(similar.Where(s => s.ImageIds.Count > 0).Select(s => s.ImageIds[0])).Distinct().ToList();
            var media = mediaIds.Count == 0 ? [] : await db.Set<MediaAsset>().AsNoTracking().Where(a => mediaIds.Contains(a.Id) && a.Kind == MediaKind.Image).ToDictionaryAsync(a => a.Id, ct);
            var images = p.ImageIds.Where(media.ContainsKey).Select(i => media[i]).Where(a => a.EnterpriseId == p.EnterpriseId)
                .Select(a => new PublicImage(a.Url, a.Width, a.Height)).ToList();

            return new PublicProductView(
                p.Id, p.NameZh, p.NameEn, p.Category, p.Brand, p.Origin, p.Model, p.OwnCode, p.MinimumOrder, p.MarketPriceFen, p.WholesalePriceFen,
                p.ShowsNewTag(clock.GetUtcNow()), p.DescriptionZh, p.DescriptionEn, RichText.Sanitize(p.RichDescriptionZh), RichText.Sanitize(p.RichDescriptionEn),
                p.ZoneId, about.Code, about.NameZh, about.NameEn, p.EnterpriseId, about.ExhibitorZh, about.ExhibitorEn, about.HasShowcase, images, tags,
                [.. similar.Select(s => new SimilarProduct(s.Id, s.NameZh, s.NameEn, s.MarketPriceFen,
                    s.ImageIds.Count > 0 && media.TryGetValue(s.ImageIds[0], out var m) ? m.Url : null))], about.BoothId);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/products/{id:long}", async (long id, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).ToHttp(http, v =>
                {
                    http.Response.Headers.CacheControl = ProductPageModule.CacheControl;
                    return TypedResults.Ok(v);
                }))
            .AllowAnonymous().WithTags("Discovery").WithSummary("A public product (listed, not hidden, current session) with similar products; otherwise 404.");
}

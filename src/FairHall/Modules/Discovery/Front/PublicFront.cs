using FairHall.Modules.Catalog;
using FairHall.Modules.Catalog.Media;
using FairHall.Modules.Exhibitors;
using FairHall.Modules.Exhibitors.Showcase;
using FairHall.Modules.Fairs;
using FairHall.Modules.Packages;
using FairHall.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace FairHall.Modules.Discovery.Front;

/// <summary>A zone on the home page: names and how many products it lists (from a cached aggregate).</summary>
public sealed record ZoneCard(long Id, string Code, string NameZh, string NameEn, int Phase, int ListedProducts);

/// <summary>A product card of the public pages (home, zone, booth); <see cref="ImageUrl"/> is the main image.</summary>
public sealed record ProductCardView(
    long Id, string NameZh, string NameEn, long? PriceFen, string EnterpriseNameZh, string EnterpriseNameEn, string Category, string? Origin, bool IsNew,
    string? ImageUrl, int? ImageWidth, int? ImageHeight);

/// <summary>An exhibitor card: its showcase is displayable and has a listed product (CAT-1).</summary>
public sealed record ExhibitorCard(long EnterpriseId, string NameZh, string NameEn, string MainProductsZh, string MainProductsEn, string? LogoUrl);

/// <summary>
/// What the public pages show around the search (BUY-1), read cheaply: the per-zone counts and the zone's
/// exhibitors and categories are aggregates over the index, computed at most once a minute per session (zone),
/// never per request; the lists of products and exhibitors are bounded reads checked against the public rules on
/// every request, so a delisted product or a banned showcase never shows from a cache.
/// </summary>
internal sealed class PublicFront(FairHallDbContext db, TimeProvider clock, IMemoryCache cache)
{
    public static readonly TimeSpan AggregateLifetime = TimeSpan.FromSeconds(60);
    public const int FeaturedProducts = 8;
    public const int FeaturedExhibitors = 8;
    public const int ZoneExhibitors = 12;

    public Task<Session?> SessionAsync(CancellationToken ct) => Sessions.CurrentAsync(db, clock, ct);

    /// <summary>The session's active zones in their order, each with its listed product count (cached a minute).</summary>
    public async Task<IReadOnlyList<ZoneCard>> ZonesAsync(long sessionId, CancellationToken ct) =>
        (await cache.GetOrCreateAsync($"front-zones:{sessionId}", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = AggregateLifetime;
            var counts = await db.Set<SearchProduct>().AsNoTracking().Where(d => d.SessionId == sessionId)
                .GroupBy(d => d.ZoneId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
            var zones = await db.Set<Zone>().AsNoTracking().Where(z => z.SessionId == sessionId && z.IsActive)
                .OrderBy(z => z.PhaseNumber).ThenBy(z => z.SortOrder).ThenBy(z => z.Id)
                .Select(z => new { z.Id, z.Code, z.NameZh, z.NameEn, z.PhaseNumber }).ToListAsync(ct);
            return (IReadOnlyList<ZoneCard>)[.. zones.Select(z => new ZoneCard(z.Id, z.Code, z.NameZh, z.NameEn, z.PhaseNumber, counts.GetValueOrDefault(z.Id)))];
        }))!;

    /// <summary>
    /// The newest listed products, those with an image first (a bounded read of the index's newest order, checked
    /// against the public rule on every request).
    /// </summary>
    public async Task<IReadOnlyList<ProductCardView>> FeaturedProductsAsync(long sessionId, CancellationToken ct)
    {
        var ids = await db.Set<SearchProduct>().AsNoTracking().Where(d => d.SessionId == sessionId)
            .OrderByDescending(d => d.ListedTicks).ThenByDescending(d => d.ProductId).Select(d => d.ProductId).Take(FeaturedProducts * 4).ToListAsync(ct);
        var cards = await CardsAsync(ids, ct);
        return [.. cards.OrderBy(c => c.ImageUrl is null).Take(FeaturedProducts)];
    }

    /// <summary>Public product cards for these ids in this order; ids that are no longer public are left out.</summary>
    public async Task<IReadOnlyList<ProductCardView>> CardsAsync(IReadOnlyList<long> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var products = await db.Set<Product>().AsNoTracking().Where(p => ids.Contains(p.Id)).Where(PublicProducts.Rule)
            .Join(db.Set<Enterprise>().AsNoTracking(), p => p.EnterpriseId, e => e.Id, (p, e) => new { Product = p, e.NameZh, e.NameEn })
            .ToListAsync(ct);
        var mediaIds = products.Where(x => x.Product.ImageIds.Count > 0).Select(x => x.Product.ImageIds[0]).Distinct().ToList();
        var media = mediaIds.Count == 0
            ? []
            : await db.Set<MediaAsset>().AsNoTracking().Where(a => mediaIds.Contains(a.Id) && a.Kind == MediaKind.Image).ToDictionaryAsync(a => a.Id, ct);
        var now = clock.GetUtcNow();
        var byId = products.ToDictionary(x => x.Product.Id);
        return [.. ids.Where(byId.ContainsKey).Select(id =>
        {
            var x = byId[id];
            var p = x.Product;
            var image = p.ImageIds.Count > 0 && media.TryGetValue(p.ImageIds[0], out var a) && a.EnterpriseId == p.EnterpriseId ? a : null;
            return new ProductCardView(
                p.Id, p.NameZh, p.NameEn, p.MarketPriceFen ?? p.WholesalePriceFen, x.NameZh, x.NameEn, p.Category, p.Origin, p.ShowsNewTag(now),
                image?.Url, image?.Width, image?.Height);
        })];
    }

    /// <summary>Displayable exhibitors with a listed product, most recently updated first.</summary>
    public async Task<IReadOnlyList<ExhibitorCard>> FeaturedExhibitorsAsync(long sessionId, CancellationToken ct)
    {
        var candidates = (await cache.GetOrCreateAsync($"front-exhibitors:{sessionId}", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = AggregateLifetime;
            return (IReadOnlyList<long>)await db.Set<EnterpriseShowcase>().AsNoTracking().Where(s => s.Status == ShowcaseStatus.Displayable)
                .Where(s => db.Set<SearchProduct>().Any(d => d.EnterpriseId == s.EnterpriseId && d.SessionId == sessionId))
                .OrderByDescending(s => s.Id).Select(s => s.EnterpriseId).Take(FeaturedExhibitors * 3).ToListAsync(ct);
        }))!;
        return [.. (await ExhibitorsAsync(candidates, ct)).Take(FeaturedExhibitors)];
    }

    /// <summary>Exhibitors with listed products in the zone (ids cached a minute, checked on every request).</summary>
    public async Task<IReadOnlyList<ExhibitorCard>> ZoneExhibitorsAsync(long sessionId, long zoneId, CancellationToken ct)
    {
        var candidates = (await cache.GetOrCreateAsync($"front-zone-exhibitors:{sessionId}:{zoneId}", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = AggregateLifetime;
            return (IReadOnlyList<long>)await db.Set<SearchProduct>().AsNoTracking().Where(d => d.SessionId == sessionId && d.ZoneId == zoneId)
                .GroupBy(d => d.EnterpriseId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).Take(ZoneExhibitors * 3).ToListAsync(ct);
        }))!;
        return [.. (await ExhibitorsAsync(candidates, ct)).Take(ZoneExhibitors)];
    }

    /// <summary>The categories of the zone's listed products (cached a minute).</summary>
    public async Task<IReadOnlyList<string>> ZoneCategoriesAsync(long sessionId, long zoneId, CancellationToken ct) =>
        (await cache.GetOrCreateAsync($"front-zone-categories:{sessionId}:{zoneId}", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = AggregateLifetime;
            return (IReadOnlyList<string>)await db.Set<SearchProduct>().AsNoTracking().Where(d => d.SessionId == sessionId && d.ZoneId == zoneId)
                .Select(d => d.Category).Distinct().OrderBy(c => c).Take(SearchFilters.MaxChoices).ToListAsync(ct);
        }))!;

    /// <summary>The enterprise's public products of the session, newest first (bounded; the index's enterprise key).</summary>
    public async Task<IReadOnlyList<ProductCardView>> EnterpriseProductsAsync(long sessionId, long enterpriseId, int limit, CancellationToken ct)
    {
        var ids = await db.Set<SearchProduct>().AsNoTracking().Where(d => d.EnterpriseId == enterpriseId && d.SessionId == sessionId)
            .OrderByDescending(d => d.ListedTicks).ThenByDescending(d => d.ProductId).Select(d => d.ProductId).Take(limit).ToListAsync(ct);
        return await CardsAsync(ids, ct);
    }

    /// <summary>Public addresses of these image assets (logos of search results).</summary>
    public async Task<IReadOnlyDictionary<long, string>> ImageUrlsAsync(IReadOnlyCollection<long> mediaIds, CancellationToken ct) =>
        mediaIds.Count == 0
            ? new Dictionary<long, string>()
            : (await db.Set<MediaAsset>().AsNoTracking().Where(a => mediaIds.Contains(a.Id) && a.Kind == MediaKind.Image).ToListAsync(ct)).ToDictionary(a => a.Id, a => a.Url);

    /// <summary>The choice parameter tags of a zone (the facets of the search and zone pages).</summary>
    public async Task<IReadOnlyList<ZoneTag>> ChoiceTagsAsync(long zoneId, CancellationToken ct) =>
        await db.Set<ZoneTag>().AsNoTracking().Where(t => t.ZoneId == zoneId && t.Kind == ZoneTagKind.Choice).OrderBy(t => t.SortOrder).ToListAsync(ct);

    /// <summary>Showcase cards of these enterprises in this order, only those public now (displayable with a public product).</summary>
    public async Task<IReadOnlyList<ExhibitorCard>> ExhibitorsAsync(IReadOnlyList<long> enterpriseIds, CancellationToken ct)
    {
        if (enterpriseIds.Count == 0)
        {
            return [];
        }

        var rows = await db.Set<EnterpriseShowcase>().AsNoTracking()
            .Where(s => enterpriseIds.Contains(s.EnterpriseId) && s.Status == ShowcaseStatus.Displayable)
            .Where(s => db.Set<Product>().Any(p => p.EnterpriseId == s.EnterpriseId && p.Status == ProductStatus.Listed && !p.IsHidden))
            .Join(db.Set<Enterprise>().AsNoTracking(), s => s.EnterpriseId, e => e.Id,
                (s, e) => new { s.EnterpriseId, e.NameZh, e.NameEn, s.MainProductsZh, s.MainProductsEn, s.LogoMediaId })
            .ToListAsync(ct);
        var logoIds = rows.Where(r => r.LogoMediaId is not null).Select(r => r.LogoMediaId!.Value).ToList();
        var logos = logoIds.Count == 0
            ? []
            : await db.Set<MediaAsset>().AsNoTracking().Where(a => logoIds.Contains(a.Id) && a.Kind == MediaKind.Image).ToDictionaryAsync(a => a.Id, ct);
        var byId = rows.ToDictionary(r => r.EnterpriseId);
        return [.. enterpriseIds.Where(byId.ContainsKey).Select(id =>
        {
            var r = byId[id];
            var logo = r.LogoMediaId is { } l && logos.TryGetValue(l, out var a) && a.EnterpriseId == id ? a.Url : null;
            return new ExhibitorCard(id, r.NameZh, r.NameEn, r.MainProductsZh ?? "", r.MainProductsEn ?? "", logo);
        })];
    }
}

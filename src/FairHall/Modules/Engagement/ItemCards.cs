using FairHall.Modules.Catalog;
using FairHall.Modules.Catalog.Booths;
using FairHall.Modules.Catalog.Media;
using FairHall.Modules.Exhibitors;
using FairHall.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Engagement;

/// <summary>What a card of an item shows: names, a picture, the price of a product.</summary>
public sealed record ItemCard(string NameZh, string NameEn, string? ImageUrl, long? PriceFen);

/// <summary>Reads the cards of many items of one kind with one query per table (favorites, hot lists, leads).</summary>
internal sealed class ItemCards(FairHallDbContext db)
{
    public async Task<Dictionary<long, ItemCard>> ReadAsync(EngageKind kind, IReadOnlyCollection<long> itemIds, CancellationToken ct)
    {
        var ids = itemIds.Distinct().ToList();
        var names = new Dictionary<long, (string Zh, string En, long? Image, long? Price)>();
        if (ids.Count == 0)
        {
            return [];
        }

        if (kind == EngageKind.Product)
        {
            foreach (var p in await db.Set<Product>().AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.NameZh, p.NameEn, p.ImageIds, p.MarketPriceFen }).ToListAsync(ct))
            {
                names[p.Id] = (p.NameZh, p.NameEn, p.ImageIds.Count > 0 ? p.ImageIds[0] : null, p.MarketPriceFen);
            }
        }
        else
        {
            foreach (var e in await db.Set<Enterprise>().AsNoTracking().Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, e.NameZh, e.NameEn }).ToListAsync(ct))
            {
                names[e.Id] = (e.NameZh, e.NameEn, null, null);
            }

            if (kind == EngageKind.Booth)
            {
                foreach (var b in await db.Set<Booth>().AsNoTracking().Where(b => ids.Contains(b.EnterpriseId)).Select(b => new { b.EnterpriseId, b.Name, b.LogoMediaId }).ToListAsync(ct))
                {
                    names[b.EnterpriseId] = (b.Name, b.Name, b.LogoMediaId, null);
                }
            }
        }

        var mediaIds = names.Values.Where(n => n.Image is not null).Select(n => n.Image!.Value).ToList();
        var media = await db.Set<MediaAsset>().AsNoTracking().Where(a => mediaIds.Contains(a.Id) && a.Kind == MediaKind.Image).ToDictionaryAsync(a => a.Id, a => a.Url, ct);
        return names.ToDictionary(n => n.Key, n => new ItemCard(n.Value.Zh, n.Value.En, n.Value.Image is { } i && media.TryGetValue(i, out var u) ? u : null, n.Value.Price));
    }
}

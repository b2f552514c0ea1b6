using FairHall.Modules.Catalog.Media;
using FairHall.Modules.Exhibitors.Onboarding;
using FairHall.Modules.Fairs;
using FairHall.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Catalog;

/// <summary>
/// Demo products of demo.exhibitor: the gifted Basic package in the current session (an offline exhibitor's
/// eligibility) so listing works, products in several statuses with both names, and two listed products of the
/// 136th session that the product list offers to bring over (CAT-3).
/// </summary>
internal static class CatalogDemoData
{
    public static async Task SeedAsync(FairHallDbContext db, long enterpriseId, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var sessions = await db.Set<Session>().OrderByDescending(s => s.Number).ToListAsync(ct);
        if (sessions.Count == 0)
        {
            return;
        }

        var current = sessions[0];
        if (!await db.Set<EligibilityRecord>().AnyAsync(r => r.EnterpriseId == enterpriseId && r.SessionId == current.Id, ct))
        {
            var record = new EligibilityRecord(current.Id, enterpriseId);
            record.GrantAutomatically(EligibilityKind.OfflineExhibitor, "demo", now);
            db.Add(record);
        }

        var zones = await db.Set<Zone>().Include(z => z.Tags).Where(z => z.SessionId == current.Id && z.IsActive && !z.Tags.Any(t => t.Required))
            .OrderBy(z => z.SortOrder).Take(2).ToListAsync(ct);
        if (zones.Count == 0)
        {
            return;
        }

        // CAT-5/8: every demo product has real images in the library (first = main), so each one could be submitted.
        List<MediaAsset> assets = [];
        foreach (var (name, colour) in new[]
        {
            ("锅铲-正面.png", ((byte)0xE6, (byte)0x7E, (byte)0x22)), ("锅铲-侧面.png", ((byte)0xD3, (byte)0x54, (byte)0x00)),
            ("蒸笼.png", ((byte)0x27, (byte)0xAE, (byte)0x60)), ("煎锅.png", ((byte)0x8E, (byte)0x44, (byte)0xAD)),
            ("炖锅.png", ((byte)0xC0, (byte)0x39, (byte)0x2B)), ("砧板.png", ((byte)0xA0, (byte)0x6A, (byte)0x3C)),
        })
        {
            assets.Add(await DemoImages.AddAsync(db, enterpriseId, name, 480, colour, now, ct));
        }

        await db.SaveChangesAsync(ct);
        var images = assets.Select(a => a.Id).ToList();

        var next = 0;
        ProductDetails Details(Zone zone, string zh, string en, long? price, string code, int imageCount = 1)
        {
            var chosen = images.Skip(next).Take(imageCount).ToList();
            next += imageCount;
            return new(
                zone.Id, zh, en, zh + "，厂家直供，支持定制。", en + ", factory direct, custom orders welcome.", "厨具", "美味", "广东广州", null, price, null, "200件", false,
                OwnCode: code, ContainsMap: false, ImageIds: chosen);
        }

        var draft = new Product(enterpriseId, current.Id, Details(zones[0], "硅胶锅铲套装", "Silicone spatula set", 3900, "MW-SP-01", imageCount: 2), now);
        var delisted = new Product(enterpriseId, current.Id, Details(zones[^1], "不锈钢蒸笼 28厘米", "Stainless steel steamer, 28 cm", 12900, "MW-ST-28"), now);
        delisted.Submit(now);
        delisted.Approve(now);
        delisted.List(now);
        delisted.Delist(now);
        var rejected = new Product(enterpriseId, current.Id, Details(zones[0], "陶瓷涂层煎锅", "Ceramic-coated frying pan", null, "MW-FP-26"), now);
        rejected.Submit(now);
        rejected.Reject("请补充产品实拍图及涂层检测报告。/ Please add real photos and the coating test report.", now);
        db.AddRange(draft, delisted, rejected);

        if (sessions.Count > 1)
        {
            var earlier = sessions[1];
            var old = await db.Set<Zone>().Where(z => z.SessionId == earlier.Id && z.Code == zones[0].Code).FirstOrDefaultAsync(ct);
            if (old is not null)
            {
                foreach (var (zh, en, price) in new[] { ("铸铁珐琅炖锅 24厘米", "Cast-iron enamel casserole, 24 cm", 39900L), ("竹制砧板三件套", "Bamboo chopping boards, set of 3", 6900L) })
                {
                    var p = new Product(enterpriseId, earlier.Id, Details(old, zh, en, price, "MW-136") with { ZoneId = old.Id }, now.AddYears(-2));
                    p.Submit(now.AddYears(-2));
                    p.Approve(now.AddYears(-2));
                    p.List(now.AddYears(-2));
                    db.Add(p);
                }
            }
        }

        await db.SaveChangesAsync(ct);
    }
}

using System.Security.Cryptography;
using FairHall.Modules.Catalog;
using FairHall.Modules.Catalog.Media;
using FairHall.Modules.Fairs;
using FairHall.Platform.Data;
using FairHall.Platform.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace FairHall.Modules.Exhibitors.Showcase;

/// <summary>
/// Demo showcase: <c>demo.exhibitor</c>'s enterprise gets complete, bilingual enterprise info with a logo, and two
/// listed products when it has none, so its public page <c>/showcase/{id}</c> is shown.
/// </summary>
internal static class ShowcaseDemoData
{
    public static async Task SeedAsync(FairHallDbContext db, long enterpriseId, TimeProvider clock, CancellationToken ct)
    {
        if (await db.Set<EnterpriseShowcase>().AnyAsync(s => s.EnterpriseId == enterpriseId, ct))
        {
            return;
        }

        var app = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider
            ?? throw new InvalidOperationException("The demo data needs the application's services.");
        var files = app.GetRequiredService<IFileStore>();
        var now = clock.GetUtcNow();
        var png = DemoImages.Disc(130, 0xC0, 0x39, 0x2B);
        var key = $"media/{enterpriseId}/demo-logo.png";
        using (var stream = new MemoryStream(png))
        {
            await files.PutAsync(key, stream, "image/png", ct);
        }

        var logo = new MediaAsset(enterpriseId, MediaKind.Image, "image/png", png.Length, 130, 130, "美味厨具标志.png", key,
            Convert.ToHexStringLower(SHA256.HashData(png)), now, null);
        db.Add(logo);
        await db.SaveChangesAsync(ct);

        var showcase = new EnterpriseShowcase(enterpriseId, now);
        showcase.Save(new ShowcaseDetails(
            "广东美味厨具有限公司创立于2003年，专业研发和生产不锈钢炒锅、汤锅、压力锅及厨房刀具，拥有三条全自动生产线，产品通过LFGB、FDA认证，远销欧美、中东及东南亚40多个国家和地区。",
            "Founded in 2003, Guangdong Meiwei Kitchenware designs and makes stainless steel woks, stock pots, pressure cookers and kitchen knives on three automated lines. Our products are LFGB and FDA certified and sold in more than 40 countries in Europe, the Americas, the Middle East and Southeast Asia.",
            "不锈钢炒锅、汤锅、压力锅、厨房刀具", "Stainless steel woks, stock pots, pressure cookers, kitchen knives", logo.Id,
            "陈小姐", "+86 20 8912 3456", "sales@meiwei-kitchen.example", "广东省广州市番禺区石碁镇金山大道88号", "88 Jinshan Avenue, Shiji Town, Panyu, Guangzhou, Guangdong",
            false, null, null, "https://www.meiwei-kitchen.example", 2003, "300-499", "+86 20 8912 3457", "511450", [], []), now);
        db.Add(showcase);

        if (!await db.Set<Product>().AnyAsync(p => p.EnterpriseId == enterpriseId && p.Status == ProductStatus.Listed, ct))
        {
            var session = await db.Set<Session>().OrderByDescending(s => s.Number).FirstAsync(ct);
            var zone = await db.Set<Zone>().Where(z => z.SessionId == session.Id && z.IsActive).OrderBy(z => z.SortOrder).FirstAsync(ct);
            foreach (var (zh, en, price, colour) in new[]
            {
                ("三层钢不粘炒锅 32厘米", "Tri-ply non-stick wok, 32 cm", 25900L, ((byte)0x2C, (byte)0x3E, (byte)0x50)),
                ("加厚不锈钢汤锅 24厘米", "Heavy stainless steel stock pot, 24 cm", 18900L, ((byte)0x7F, (byte)0x8C, (byte)0x8D)),
            })
            {
                // CAT-5/8: a product goes to review only with at least one image (the first is the main one).
                var image = await DemoImages.AddAsync(db, enterpriseId, en + ".png", 480, colour, now, ct);
                await db.SaveChangesAsync(ct);
                var p = new Product(enterpriseId, session.Id, new ProductDetails(zone.Id, zh, en, "", "", "厨具", "美味", "广东广州", null, price, null, "500件", true,
                    ContainsMap: false, ImageIds: [image.Id]), now);
                p.Submit(now);
                p.Approve(now);
                p.List(now);
                db.Add(p);
            }
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>A small PNG: a coloured disc with a white ring on white (no image library is available here).</summary>
    internal static byte[] Logo(int size, byte r, byte g, byte b) => DemoImages.Disc(size, r, g, b);
}

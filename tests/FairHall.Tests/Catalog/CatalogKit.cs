using FairHall.Modules.Accounts;
using FairHall.Modules.Catalog;
using FairHall.Modules.Catalog.Media;
using FairHall.Modules.Fairs;
using FairHall.Modules.Reviews;
using FairHall.Platform.Security;
using FairHall.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Tests.Catalog;

/// <summary>Shapes of the catalog API and helpers that put products into a known state.</summary>
public static class CatalogKit
{
    public sealed record ProductDto(
        long Id, long SessionId, long ZoneId, string NameZh, string NameEn, string Category, long? MarketPriceFen, long? WholesalePriceFen,
        bool IsNew, bool ShowsNewTag, string Status, bool IsDraft, bool InReview, string? StatusReason, DateTimeOffset? ListedAt, long Version);

    public sealed record PageDto(List<ProductDto> Items, long? Next);

    public sealed record ItemDto(long Id, bool Ok, string? Code, string? Status);

    public sealed record BatchDto(List<ItemDto> Items);

    /// <summary>A valid product form; <paramref name="images"/> are media ids of the caller's enterprise (CAT-8: needed to submit).</summary>
    public static object Form(long zoneId, string nameZh = "不锈钢水杯", string nameEn = "Steel cup", long? price = 1990, IReadOnlyList<object>? tags = null, IReadOnlyList<long>? images = null) =>
        new { zoneId, nameZh, nameEn, descriptionZh = "双层保温", descriptionEn = "Double wall", category = "家居用品", marketPriceFen = price, isNew = true, containsMap = false, tags = tags ?? [], imageIds = images ?? [] };

    /// <summary>Listed products in the zone (and its session), listed one minute apart from <paramref name="firstListedAt"/>, by id in listing order.</summary>
    public static Task<List<long>> ListedAsync(FairHallApp app, long enterpriseId, long zoneId, int count, DateTimeOffset firstListedAt, string prefix = "展品") =>
        app.WithDbAsync(async db =>
        {
            var session = await db.Set<Zone>().Where(z => z.Id == zoneId).Select(z => z.SessionId).FirstAsync();
            List<Product> products = [];
            for (var i = 0; i < count; i++)
            {
                var at = firstListedAt.AddMinutes(i);
                var p = new Product(enterpriseId, session, new ProductDetails(zoneId, $"{prefix}{i}", $"Item {i}", "", "", "家居", null, null, null, null, null, null, false, ContainsMap: false), at);
                p.Submit(at).ShouldBeNull();
                p.Approve(at).ShouldBeNull();
                p.List(at).ShouldBeNull();
                products.Add(p);
            }

            db.AddRange(products);
            await db.SaveChangesAsync();
            return products.Select(p => p.Id).ToList();
        });

    /// <summary>A media asset of the enterprise (only its row: lookups and usage need no file).</summary>
    public static Task<long> MediaAsync(FairHallApp app, long enterpriseId, MediaKind kind = MediaKind.Image, long size = 120_000) =>
        app.WithDbAsync(async db =>
        {
            var (type, name) = kind switch { MediaKind.Image => ("image/png", "a.png"), MediaKind.Video => ("video/mp4", "a.mp4"), _ => ("application/pdf", "a.pdf") };
            var asset = new MediaAsset(enterpriseId, kind, type, size, kind == MediaKind.Image ? 600 : null, kind == MediaKind.Image ? 600 : null,
                name, $"test/{Guid.NewGuid():N}", new string('a', 64), app.Clock.GetUtcNow(), null);
            db.Add(asset);
            await db.SaveChangesAsync();
            return asset.Id;
        });

    /// <summary>A value for every required parameter tag of the zone (its first option, or a text), as the API takes them.</summary>
    public static Task<IReadOnlyList<object>> RequiredTagsAsync(FairHallApp app, long zoneId) =>
        app.WithDbAsync<IReadOnlyList<object>>(async db =>
        {
            var tags = await db.Set<ZoneTag>().Where(t => t.ZoneId == zoneId && t.Required).ToListAsync();
            return [.. tags.Select(t => (object)new { tagId = t.Id, value = t.Kind == ZoneTagKind.Choice ? t.OptionsZh[0] : "12 个月" })];
        });

    /// <summary>An active zone of session 140 reviewed by the given association (by code) alone and without required parameter tags, with that association's id.</summary>
    public static async Task<(long ZoneId, long AssociationId)> ZoneOfAsync(FairHallApp app, string associationCode) =>
        await app.WithDbAsync(async db =>
        {
            var association = await db.Set<Association>().Where(a => a.Code == associationCode).Select(a => a.Id).FirstAsync();
            var session = await db.Set<Session>().Where(s => s.Number == 140).Select(s => s.Id).FirstAsync();
            var zone = await db.Set<Zone>().Where(z => z.SessionId == session && z.IsActive && z.Associations.Count == 1 && z.Associations.Any(a => a.AssociationId == association) && !z.Tags.Any(t => t.Required))
                .OrderBy(z => z.Id).Select(z => z.Id).FirstAsync();
            return (zone, association);
        });

    /// <summary>A new association reviewer, returned by user name.</summary>
    public static async Task<string> AssociationReviewerAsync(FairHallApp app, long associationId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var name = $"assoc-{Guid.NewGuid():N}"[..18];
        var user = new User { UserName = name, DisplayName = "association reviewer", AssociationId = associationId, PhoneNumberConfirmed = true, CreatedAt = app.Clock.GetUtcNow() };
        (await users.CreateAsync(user, DemoUsers.Password)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, Roles.AssociationReviewer)).Succeeded.ShouldBeTrue();
        return name;
    }

    public static Task<long> ReviewIdAsync(FairHallApp app, long productId) =>
        app.WithDbAsync(db => db.Set<ReviewItem>()
            .Where(i => i.SubjectType == "product" && db.Set<ProductReviewRound>().Any(r => r.Id == i.SubjectId && r.ProductId == productId))
            .OrderByDescending(i => i.Id).Select(i => i.Id).FirstAsync());

    /// <summary>Products of the enterprise arranged directly: listed ones (approved, then listed) and approved ones.</summary>
    public static async Task<List<long>> ArrangeAsync(FairHallApp app, long enterpriseId, long zoneId, int listed, int approved)
    {
        var now = app.Clock.GetUtcNow();
        return await app.WithDbAsync(async db =>
        {
            var session = await db.Set<Zone>().Where(z => z.Id == zoneId).Select(z => z.SessionId).FirstAsync();
            List<Product> products = [];
            for (var i = 0; i < listed + approved; i++)
            {
                var p = new Product(enterpriseId, session, new ProductDetails(zoneId, $"展品{i}", $"Item {i}", "", "", "家居", null, null, null, null, null, null, false), now);
                p.Submit(now).ShouldBeNull();
                p.Approve(now).ShouldBeNull();
                if (i < listed)
                {
                    p.List(now).ShouldBeNull();
                }

                products.Add(p);
            }

            db.AddRange(products);
            await db.SaveChangesAsync();
            return products.Skip(listed).Select(p => p.Id).ToList();
        });
    }
}

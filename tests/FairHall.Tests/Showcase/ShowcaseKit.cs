using FairHall.Modules.Catalog.Media;
using FairHall.Modules.Exhibitors.Showcase;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Tests.Showcase;

/// <summary>Shapes of the showcase API and helpers that put enterprise info into a known state.</summary>
public static class ShowcaseKit
{
    public sealed record DetailsDto(string? IntroZh, string? IntroEn, bool? ContainsMap, List<long> ImageMediaIds, List<long> VideoMediaIds);

    public sealed record ShowcaseDto(
        long EnterpriseId, string NameZh, string Status, string? StatusReason, bool InReview, DetailsDto Details, List<string> Missing,
        List<string> Suggestions, int CompletenessPercent, bool CanCreateProducts, int ListedProducts, bool IsPublic, int? VideoLimit, long Version);

    public sealed record PublicDto(long EnterpriseId, string NameZh, string NameEn, string IntroZh, string IntroEn, List<PublicProductDto> Products);

    public sealed record PublicProductDto(long Id, string NameZh);

    public sealed record ZoneDto(long ZoneId, string Code, int Listed, int Required, bool Met);

    public sealed record BadgeDto(bool Offline, DateOnly DeadlineOn, DateTimeOffset BlockedFrom, bool DeadlinePassed, int RequiredPerZone, bool Blocked, List<string> MissingFields, List<ZoneDto> Zones);

    /// <summary>Media assets of the enterprise made directly in the database (ids), e.g. a logo image.</summary>
    public static Task<List<long>> AssetsAsync(FairHallApp app, long enterpriseId, MediaKind kind, int count = 1) =>
        app.WithDbAsync(async db =>
        {
            var now = app.Clock.GetUtcNow();
            var assets = Enumerable.Range(0, count).Select(i => new MediaAsset(
                enterpriseId, kind, kind switch { MediaKind.Image => "image/png", MediaKind.Video => "video/mp4", _ => "application/pdf" }, 1000, 130, 130,
                $"f{i}", $"test/{Guid.NewGuid():N}", Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"), now, null)).ToList();
            db.AddRange(assets);
            await db.SaveChangesAsync();
            return assets.Select(a => a.Id).ToList();
        });

    /// <summary>A complete form (every required field, bilingual) with the given logo asset.</summary>
    public static Dictionary<string, object?> Complete(long logo) => new()
    {
        ["introZh"] = "我们是一家专业生产不锈钢厨具的企业，产品远销欧美。",
        ["introEn"] = "We make stainless steel kitchenware and export to Europe and America.",
        ["mainProductsZh"] = "炒锅、汤锅、刀具",
        ["mainProductsEn"] = "Woks, stock pots, knives",
        ["logoMediaId"] = logo,
        ["contactName"] = "王经理",
        ["contactPhone"] = "+86 20 8888 0000",
        ["contactEmail"] = "sales@example.com",
        ["addressZh"] = "广东省广州市海珠区阅江中路380号",
        ["addressEn"] = "380 Yuejiang Middle Rd, Haizhu, Guangzhou",
        ["containsMap"] = false,
    };

    public static Dictionary<string, object?> With(this Dictionary<string, object?> form, string key, object? value)
    {
        var copy = new Dictionary<string, object?>(form) { [key] = value };
        return copy;
    }

    /// <summary>
    /// Arranges a complete, displayable showcase directly (for tests of other modules that create products). The logo id
    /// is negative, so no media asset is added to the enterprise's library and no real asset counts as in use.
    /// </summary>
    public static async Task DisplayableAsync(FairHallApp app, long enterpriseId)
    {
        var logo = -enterpriseId;
        await app.WithDbAsync(async db =>
        {
            var now = app.Clock.GetUtcNow();
            var showcase = await db.Set<EnterpriseShowcase>().FirstOrDefaultAsync(s => s.EnterpriseId == enterpriseId);
            if (showcase is null)
            {
                showcase = new EnterpriseShowcase(enterpriseId, now);
                db.Add(showcase);
            }

            showcase.Save(new ShowcaseDetails(
                "测试企业简介", "Test introduction", "测试产品", "Test products", logo, "联系人", "020-1234567", "a@example.com", "广州", "Guangzhou",
                false, null, null, null, null, null, null, null, [], []), now).ShouldBeNull();
            await db.SaveChangesAsync();
        });
    }
}

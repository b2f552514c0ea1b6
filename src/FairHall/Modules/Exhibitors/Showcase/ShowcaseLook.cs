using FairHall.Modules.Catalog.Media;

namespace FairHall.Modules.Exhibitors.Showcase;

/// <summary>How a public showcase looks: the banner colour of the published PC template (CAT-9) and the logo's address.</summary>
public interface IShowcaseLook
{
    Task<(string Banner, string? LogoUrl)> ForAsync(long enterpriseId, long? logoMediaId, CancellationToken ct);
}

internal sealed class ShowcaseLook(IMediaLookup media, IEnumerable<IShowcaseBanner> banners) : IShowcaseLook
{
    public const string DefaultBanner = "#1F4E79";

    public async Task<(string Banner, string? LogoUrl)> ForAsync(long enterpriseId, long? logoMediaId, CancellationToken ct)
    {
        string? url = null;
        if (logoMediaId is { } id && (await media.FindAsync(enterpriseId, [id], ct)).TryGetValue(id, out var logo))
        {
            url = logo.Url;
        }

        var banner = DefaultBanner;
        foreach (var b in banners)
        {
            banner = await b.BannerAsync(enterpriseId, ct) ?? banner;
        }

        return (banner, url);
    }
}

/// <summary>Supplies the banner colour of the template an enterprise published (the booths module implements it).</summary>
public interface IShowcaseBanner
{
    Task<string?> BannerAsync(long enterpriseId, CancellationToken ct);
}

using FairHall.Modules.Catalog.Media;

namespace FairHall.Modules.Exhibitors.Showcase;

/// <summary>How a showcase looks: banner colour and layout of a template (CAT-9) and the logo's address.</summary>
public sealed record ShowcaseAppearance(string Banner, string? LogoUrl, string Layout);

/// <summary>How a public showcase looks: the banner colour and layout of the published PC template (CAT-9) and the logo's address.</summary>
public interface IShowcaseLook
{
    Task<ShowcaseAppearance> ForAsync(long enterpriseId, long? logoMediaId, CancellationToken ct);
}

internal sealed class ShowcaseLook(IMediaLookup media, IEnumerable<IShowcaseBanner> banners) : IShowcaseLook
{
    public const string DefaultBanner = "#1F4E79";

    /// <summary>The look before any template is published.</summary>
    public const string DefaultLayout = "standard";

    public async Task<ShowcaseAppearance> ForAsync(long enterpriseId, long? logoMediaId, CancellationToken ct)
    {
        string? url = null;
        if (logoMediaId is { } id && (await media.FindAsync(enterpriseId, [id], ct)).TryGetValue(id, out var logo))
        {
            url = logo.Url;
        }

        var banner = DefaultBanner;
        var layout = DefaultLayout;
        foreach (var b in banners)
        {
            if (await b.PublishedAsync(enterpriseId, ct) is { } published)
            {
                (banner, layout) = published;
            }
        }

        return new(banner, url, layout);
    }
}

/// <summary>Supplies the banner colour and layout of the template an enterprise published (the booths module implements it).</summary>
public interface IShowcaseBanner
{
    Task<(string Banner, string Layout)?> PublishedAsync(long enterpriseId, CancellationToken ct);
}

using System.Globalization;

namespace FairHall.Modules.Discovery;

/// <summary>Result orders (BUY-1).</summary>
public enum SearchSort
{
    Relevance,
    Newest,
    Popularity,
}

/// <summary>A product search of the current session; every field is optional.</summary>
public sealed record SearchRequest(
    string? Q = null, long? ZoneId = null, string? Category = null, string? Origin = null, bool? HasPrice = null, bool? IsNew = null,
    SearchSort Sort = SearchSort.Relevance, string? After = null, int Size = 20)
{
    public const int MaxSize = 50;

    /// <summary>At most this many parameter tag filters apply; more are ignored.</summary>
    public const int MaxTags = 5;

    /// <summary>Zone parameter tag filters (CAT-5 tags as facets): tag id → the value a product must have (exact, case-insensitive).</summary>
    public IReadOnlyDictionary<long, string>? Tags { get; init; }

    /// <summary>False when the caller shows only the top items (similar products): the capped count is not run and <see cref="SearchPage"/>'s total is the page's.</summary>
    public bool Count { get; init; } = true;

    /// <summary>
    /// Reads tag filters from a query string: <c>tag{id}=value</c>, e.g. <c>tag12=CE</c>; only the given tag ids when
    /// known (a zone's tags), any id otherwise; empty values, bad ids and more than <see cref="MaxTags"/> are ignored.
    /// </summary>
    public static IReadOnlyDictionary<long, string> TagFilters(IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> query, IEnumerable<long>? known = null)
    {
        var allowed = known?.ToHashSet();
        var tags = new Dictionary<long, string>();
        foreach (var (key, values) in query)
        {
            if (key.Length > 3 && key.StartsWith("tag", StringComparison.OrdinalIgnoreCase)
                && long.TryParse(key.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                && (allowed is null || allowed.Contains(id))
                && values.LastOrDefault() is { } value && !string.IsNullOrWhiteSpace(value) && tags.Count < MaxTags)
            {
                tags[id] = value.Trim().Length > 100 ? value.Trim()[..100] : value.Trim();
            }
        }

        return tags;
    }

    /// <summary>Reads the loose values of a query string or GET form ("" and "on" included) without ever failing.</summary>
    public static SearchRequest Parse(string? q, string? zone, string? category, string? origin, string? hasPrice, string? isNew, string? sort, string? after, string? size) =>
        new(
            q,
            long.TryParse(zone, NumberStyles.None, CultureInfo.InvariantCulture, out var z) ? z : null,
            string.IsNullOrWhiteSpace(category) ? null : category.Trim(),
            string.IsNullOrWhiteSpace(origin) ? null : origin.Trim(),
            Flag(hasPrice),
            Flag(isNew),
            Enum.TryParse<SearchSort>(sort, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : SearchSort.Relevance,
            string.IsNullOrWhiteSpace(after) ? null : after,
            int.TryParse(size, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, 1, MaxSize) : 20);

    private static bool? Flag(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "true" or "1" or "on" or "yes" => true,
        "false" or "0" or "no" => false,
        _ => null,
    };
}

/// <summary>One result; the *Html names are encoded text with &lt;mark&gt; around matched terms.</summary>
public sealed record SearchHit(
    long ProductId, string NameZh, string NameEn, string NameZhHtml, string NameEnHtml, string EnterpriseNameZh, string EnterpriseNameEn,
    long ZoneId, string Category, string? Origin, string? Brand, long? PriceFen, bool IsNew);

/// <summary>
/// A page of results. <see cref="Count"/> is exact up to <see cref="CountCapped"/>: beyond the cap the page says
/// "1,000+" instead of counting a million matches. <see cref="Next"/> is the keyset token of the next page.
/// </summary>
public sealed record SearchPage(IReadOnlyList<SearchHit> Items, int Count, bool CountCapped, string? Next);

/// <summary>An exhibitor result (displayable showcase); the *Html names carry &lt;mark&gt; around matched terms.</summary>
public sealed record ExhibitorHit(
    long EnterpriseId, string NameZh, string NameEn, string NameZhHtml, string NameEnHtml, string MainProductsZh, string MainProductsEn, long? LogoMediaId);

/// <summary>A booth result (approved CIFTIS booth).</summary>
public sealed record BoothHit(
    long BoothId, long EnterpriseId, string Name, string NameHtml, string Intro, string Region, string Tags, string? OfflineBoothNumber, long LogoMediaId);

/// <summary>A page of exhibitor or booth results: counts capped like products', keyset token in <see cref="Next"/>.</summary>
public sealed record HitPage<T>(IReadOnlyList<T> Items, int Count, bool CountCapped, string? Next);

/// <summary>The public search (BUY-1, X-2) of products, exhibitors and booths, on FTS5 or PostgreSQL full text by configuration.</summary>
public interface ICatalogSearch
{
    Task<SearchPage> SearchAsync(SearchRequest request, CancellationToken ct);

    /// <summary>Up to <paramref name="limit"/> product names that complete what the buyer is typing.</summary>
    Task<IReadOnlyList<string>> SuggestAsync(string? q, int limit, CancellationToken ct);

    /// <summary>Exhibitors by name and main products; without words, the index order (most listed products first).</summary>
    Task<HitPage<ExhibitorHit>> SearchExhibitorsAsync(string? q, string? after, int size, CancellationToken ct);

    /// <summary>Booths by name, intro, main business, tags, categories and region.</summary>
    Task<HitPage<BoothHit>> SearchBoothsAsync(string? q, string? after, int size, CancellationToken ct);
}

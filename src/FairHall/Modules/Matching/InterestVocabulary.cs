using FairHall.Modules.Catalog;
using FairHall.Modules.Fairs;
using FairHall.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace FairHall.Modules.Matching;

/// <summary>What an interest tag points at.</summary>
public enum InterestKind
{
    /// <summary>A zone (展区): <c>zone:{zoneId}</c>.</summary>
    Zone,

    /// <summary>A product category as exhibitors write it: <c>cat:{category}</c>.</summary>
    Category,

    /// <summary>An option of a zone parameter tag (展品个性化参数标签): <c>opt:{zoneTagId}:{option in Chinese}</c>.</summary>
    Option,
}

/// <summary>One interest tag with its labels in both languages.</summary>
public sealed record InterestTag(string Key, InterestKind Kind, long? ZoneId, long? ZoneTagId, string Value, string LabelZh, string LabelEn);

/// <summary>One zone of the vocabulary with its parameter tag options, as the interests page groups them.</summary>
public sealed record VocabularyZone(InterestTag Zone, IReadOnlyList<InterestTag> Options);

/// <summary>The whole vocabulary of the current session.</summary>
public sealed record Vocabulary(long SessionId, IReadOnlyList<VocabularyZone> Zones, IReadOnlyList<InterestTag> Categories);

/// <summary>
/// The interest tag vocabulary of a session (BUY-3): its active zones, the options of its zones' choice parameter tags
/// and the categories of its listed products. Keys are stable strings, so a buyer's choice survives renames; labels
/// are read when shown. The category list is a distinct over an index (session, category, status), capped and kept
/// in memory for ten minutes.
/// </summary>
internal sealed class InterestVocabulary(FairHallDbContext db, IMemoryCache cache)
{
    public const int MaxCategories = 200;
    public const int MaxKeyLength = 160;

    public static string ZoneKey(long zoneId) => $"zone:{zoneId}";

    public static string CategoryKey(string category) => $"cat:{category}";

    public static string OptionKey(long zoneTagId, string optionZh) => $"opt:{zoneTagId}:{optionZh}";

    public async Task<Vocabulary> ForSessionAsync(long sessionId, CancellationToken ct)
    {
        var zones = await db.Set<Zone>().AsNoTracking().Include(z => z.Tags).Where(z => z.SessionId == sessionId && z.IsActive)
            .OrderBy(z => z.SortOrder).ThenBy(z => z.Id).ToListAsync(ct);
        var groups = zones.Select(z => new VocabularyZone(ZoneTag(z), [.. z.Tags.Where(t => t.Kind == ZoneTagKind.Choice).OrderBy(t => t.SortOrder)
            .SelectMany(t => t.OptionsZh.Select((o, i) => OptionTag(z, t, i)))])).ToList();
        return new Vocabulary(sessionId, groups, [.. (await CategoriesAsync(sessionId, ct)).Select(CategoryTag)]);
    }

    /// <summary>The known tags among <paramref name="keys"/> (unknown keys are left out), in no particular order.</summary>
    public async Task<Dictionary<string, InterestTag>> ResolveAsync(long sessionId, IEnumerable<string> keys, CancellationToken ct)
    {
        var found = new Dictionary<string, InterestTag>();
        var parsed = keys.Distinct().Select(Parse).Where(p => p is not null).Select(p => p!.Value).ToList();
        var zoneIds = parsed.Where(p => p.Kind == InterestKind.Zone).Select(p => p.Id).ToList();
        var tagIds = parsed.Where(p => p.Kind == InterestKind.Option).Select(p => p.Id).ToList();
        if (zoneIds.Count + tagIds.Count > 0)
        {
            var zones = await db.Set<Zone>().AsNoTracking().Include(z => z.Tags)
                .Where(z => z.SessionId == sessionId && (zoneIds.Contains(z.Id) || z.Tags.Any(t => tagIds.Contains(t.Id)))).ToListAsync(ct);
            foreach (var p in parsed)
            {
                if (p.Kind == InterestKind.Zone && zones.FirstOrDefault(z => z.Id == p.Id && z.IsActive) is { } zone)
                {
                    found[p.Key] = ZoneTag(zone);
                }
                else if (p.Kind == InterestKind.Option && zones.FirstOrDefault(z => z.Tags.Any(t => t.Id == p.Id)) is { } owner)
                {
                    var tag = owner.Tags.First(t => t.Id == p.Id);
                    var index = tag.Kind == ZoneTagKind.Choice ? tag.OptionsZh.IndexOf(p.Value) : -1;
                    if (index >= 0)
                    {
                        found[p.Key] = OptionTag(owner, tag, index);
                    }
                }
            }
        }

        foreach (var p in parsed.Where(p => p.Kind == InterestKind.Category))
        {
            var category = p.Value;
            if (await db.Set<Product>().AnyAsync(x => x.SessionId == sessionId && x.Category == category && x.Status == ProductStatus.Listed, ct))
            {
                found[p.Key] = CategoryTag(category);
            }
        }

        return found;
    }

    private async Task<IReadOnlyList<string>> CategoriesAsync(long sessionId, CancellationToken ct) =>
        await cache.GetOrCreateAsync($"matching:categories:{sessionId}", async e =>
        {
            e.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10);
            return (IReadOnlyList<string>)await db.Set<Product>().AsNoTracking().Where(p => p.SessionId == sessionId && p.Status == ProductStatus.Listed && p.Category != "")
                .Select(p => p.Category).Distinct().OrderBy(c => c).Take(MaxCategories).ToListAsync(ct);
        }) ?? [];

    private static (string Key, InterestKind Kind, long Id, string Value)? Parse(string key)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > MaxKeyLength)
        {
            return null;
        }

        var parts = key.Split(':', 3);
        return parts switch
        {
            ["zone", var id] when long.TryParse(id, out var z) => (key, InterestKind.Zone, z, ""),
            ["cat", ..] when key.Length > 4 && key[4..].Trim() == key[4..] => (key, InterestKind.Category, 0, key[4..]),
            ["opt", var id, var v] when long.TryParse(id, out var t) && v.Length > 0 => (key, InterestKind.Option, t, v),
            _ => null,
        };
    }

    private static InterestTag ZoneTag(Zone z) => new(ZoneKey(z.Id), InterestKind.Zone, z.Id, null, z.NameZh, z.NameZh, z.NameEn);

    private static InterestTag CategoryTag(string c) => new(CategoryKey(c), InterestKind.Category, null, null, c, c, c);

    private static InterestTag OptionTag(Zone z, Fairs.ZoneTag t, int i)
    {
        var en = i < t.OptionsEn.Count && t.OptionsEn[i].Length > 0 ? t.OptionsEn[i] : t.OptionsZh[i];
        return new(OptionKey(t.Id, t.OptionsZh[i]), InterestKind.Option, z.Id, t.Id, t.OptionsZh[i],
            $"{t.OptionsZh[i]}（{z.NameZh} · {t.NameZh}）", $"{en} ({z.NameEn} · {t.NameEn})");
    }
}

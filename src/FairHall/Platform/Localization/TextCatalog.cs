using System.Globalization;

namespace FairHall.Platform.Localization;

/// <summary>All texts of all modules, looked up by key in the current UI culture (Chinese or English).</summary>
public sealed class TextCatalog
{
    private readonly Dictionary<string, Text> texts = new(StringComparer.Ordinal);

    public TextCatalog(IEnumerable<ITextSource> sources)
    {
        foreach (var text in sources.SelectMany(s => s.Texts))
        {
            if (!texts.TryAdd(text.Key, text))
            {
                throw new InvalidOperationException($"Text key '{text.Key}' is defined twice.");
            }
        }
    }

    public IReadOnlyCollection<string> Keys => texts.Keys;

    public bool Contains(string key) => texts.ContainsKey(key);

    public static bool IsChinese(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName.Equals("zh", StringComparison.OrdinalIgnoreCase);

    /// <summary>The text in the current UI culture; a missing key shows itself so that it is noticed.</summary>
    public string Get(string key) => Get(key, CultureInfo.CurrentUICulture);

    public string Get(string key, CultureInfo culture) =>
        texts.TryGetValue(key, out var t) ? (IsChinese(culture) ? t.Zh : t.En) : key;

    public string Format(string key, params object?[] args) =>
        string.Format(CultureInfo.CurrentCulture, Get(key), args);
}

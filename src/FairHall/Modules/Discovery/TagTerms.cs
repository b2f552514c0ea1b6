using System.Globalization;
using System.Text;
using FairHall.Platform.Search;

namespace FairHall.Modules.Discovery;

/// <summary>
/// Zone parameter tags (CAT-5) in the search index: each value a product has is one extra term of its document,
/// <c>tg{tagId}v{hash of the normalized value}</c> — letters and digits only, so both engines keep it one token
/// and no query word can be mistaken for it by accident. A tag filter is then a required term like any other.
/// </summary>
internal static class TagTerms
{
    public static string Of(long tagId, string value)
    {
        var hash = 14695981039346656037UL; // FNV-1a 64 over the UTF-8 of the normalized value
        foreach (var b in Encoding.UTF8.GetBytes(Tokenizer.Normalize(value.Trim())))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return "tg" + tagId.ToString(CultureInfo.InvariantCulture) + "v" + hash.ToString("x16", CultureInfo.InvariantCulture);
    }

    public static bool Is(string term) => term.Length > 20 && term.StartsWith("tg", StringComparison.Ordinal) && term[^17] == 'v';
}

using System.Globalization;
using System.Text;

namespace FairHall.Platform.Search;

/// <summary>One term of a query; <see cref="Prefix"/> matches every indexed term that starts with it.</summary>
public sealed record QueryTerm(string Text, bool Prefix);

/// <summary>A text analysed once for ranking: see <see cref="Tokenizer.Analyze"/>.</summary>
public sealed record TextTerms(IReadOnlySet<string> IndexTerms, int QueryTermCount, string Compact);

/// <summary>
/// The one tokenizer of both search engines (DESIGN "Data and search"). Text is NFKC-normalised (full-width
/// letters and digits become half-width) and lower-cased; runs of CJK characters become overlapping bigrams
/// plus single characters, so that 水杯 and 杯 both find 不锈钢水杯 without a dictionary; letters and digits of
/// other scripts become words; everything else separates. A term therefore holds only letters and digits:
/// the engines never see user punctuation, and FTS syntax in a query is just text.
/// </summary>
public static class Tokenizer
{
    /// <summary>Longer input is cut: a query of 1,000 characters costs no more than one of 200.</summary>
    public const int MaxQueryChars = 200;

    /// <summary>At most this many terms reach the engine; more add nothing but cost.</summary>
    public const int MaxQueryTerms = 12;

    /// <summary>Words are cut to this length, which keeps every term well inside FTS5 and tsvector limits.</summary>
    public const int MaxWordChars = 40;

    private enum Kind
    {
        Separator,
        Cjk,
        Word,
    }

    /// <summary>The distinct index terms of the given texts, in first-seen order.</summary>
    public static IReadOnlyList<string> IndexTerms(params string?[] texts)
    {
        var terms = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var (kind, run) in Runs(text))
            {
                if (kind == Kind.Word)
                {
                    Add(run[0]);
                    continue;
                }

                for (var i = 0; i + 1 < run.Count; i++)
                {
                    Add(run[i] + run[i + 1]);
                }

                foreach (var c in run)
                {
                    Add(c);
                }
            }
        }

        return terms;

        void Add(string term)
        {
            if (seen.Add(term))
            {
                terms.Add(term);
            }
        }
    }

    /// <summary>
    /// The terms a query must all match. A CJK run of two or more characters becomes its bigrams, a single
    /// character its unigram; a word is matched whole, except the last word of the query (two characters or
    /// more, not followed by a space), which is a prefix: "cup" finds "cups" and "cupboard".
    /// </summary>
    public static IReadOnlyList<QueryTerm> QueryTerms(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        var text = query.Length > MaxQueryChars ? query[..MaxQueryChars] : query;
        var runs = Runs(text).ToList();
        var terms = new List<QueryTerm>();
        var typingLastWord = !char.IsWhiteSpace(text[^1]);
        for (var r = 0; r < runs.Count; r++)
        {
            var (kind, run) = runs[r];
            if (kind == Kind.Word)
            {
                var word = run[0];
                var prefix = r == runs.Count - 1 && typingLastWord && word.Length >= 2;
                Add(new QueryTerm(word, prefix));
                continue;
            }

            if (run.Count == 1)
            {
                Add(new QueryTerm(run[0], false));
                continue;
            }

            for (var i = 0; i + 1 < run.Count; i++)
            {
                Add(new QueryTerm(run[i] + run[i + 1], false));
            }
        }

        return terms.Count > MaxQueryTerms ? terms[..MaxQueryTerms] : terms;

        void Add(QueryTerm term)
        {
            var same = terms.FindIndex(t => t.Text == term.Text);
            if (same < 0)
            {
                terms.Add(term);
            }
            else if (!term.Prefix && terms[same].Prefix)
            {
                terms[same] = term;
            }
        }
    }

    /// <summary>
    /// One pass over one text for ranking: its index terms (as <see cref="IndexTerms"/>), how many terms it would make
    /// as a query (as <see cref="QueryTerms"/>'s count) and its compact form (letters, digits and CJK characters,
    /// normalised, no separators). The text is normalised once instead of once per use.
    /// </summary>
    public static TextTerms Analyze(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new TextTerms(new HashSet<string>(), 0, "");
        }

        // Index-based over the normalised string (no string per character): a word is a substring, a CJK character a
        // substring of one or two UTF-16 units, a bigram the substring spanning two neighbours.
        var normal = Normalize(text);
        var index = new HashSet<string>(StringComparer.Ordinal);
        var asQuery = new HashSet<string>(StringComparer.Ordinal);
        var cjk = new List<(int Start, int Length)>();
        var compact = new StringBuilder(normal.Length);
        var wordStart = -1;
        for (var i = 0; i <= normal.Length;)
        {
            var kind = Kind.Separator;
            var width = 1;
            if (i < normal.Length && Rune.DecodeFromUtf16(normal.AsSpan(i), out var rune, out width) == System.Buffers.OperationStatus.Done)
            {
                kind = KindOf(rune);
            }

            if (kind != Kind.Word && wordStart >= 0)
            {
                var word = Cut(normal[wordStart..i]);
                index.Add(word);
                asQuery.Add(word);
                wordStart = -1;
            }

            if (kind != Kind.Cjk && cjk.Count > 0)
            {
                AddCjkRun(normal, cjk, index, asQuery);
                cjk.Clear();
            }

            if (kind == Kind.Word && wordStart < 0)
            {
                wordStart = i;
            }
            else if (kind == Kind.Cjk)
            {
                cjk.Add((i, width));
            }

            if (kind != Kind.Separator)
            {
                compact.Append(normal, i, width);
            }

            i += Math.Max(width, 1);
        }

        // A query is cut at MaxQueryChars before it is split; a longer text counts the way QueryTerms counts it.
        var queryCount = text.Length > MaxQueryChars ? QueryTerms(text).Count : Math.Min(asQuery.Count, MaxQueryTerms);
        return new TextTerms(index, queryCount, compact.Length == normal.Length ? normal : compact.ToString());
    }

    private static void AddCjkRun(string normal, List<(int Start, int Length)> run, HashSet<string> index, HashSet<string> asQuery)
    {
        for (var k = 0; k + 1 < run.Count; k++)
        {
            var bigram = normal.Substring(run[k].Start, run[k].Length + run[k + 1].Length);
            index.Add(bigram);
            asQuery.Add(bigram);
        }

        foreach (var (start, length) in run)
        {
            index.Add(normal.Substring(start, length));
        }

        if (run.Count == 1)
        {
            asQuery.Add(normal.Substring(run[0].Start, run[0].Length));
        }
    }

    /// <summary>NFKC plus lower case: what both the index and the query compare.</summary>
    public static string Normalize(string text) => text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    /// <summary>Runs of one kind: a word is one element, a CJK run one element per character (a rune as a string).</summary>
    private static IEnumerable<(Kind Kind, List<string> Run)> Runs(string? text) =>
        string.IsNullOrEmpty(text) ? [] : RunsOfNormal(Normalize(text));

    private static IEnumerable<(Kind Kind, List<string> Run)> RunsOfNormal(string normal)
    {
        var word = new StringBuilder();
        var cjk = new List<string>();
        foreach (var rune in normal.EnumerateRunes())
        {
            var kind = KindOf(rune);
            if (kind != Kind.Word && word.Length > 0)
            {
                yield return (Kind.Word, [Cut(word.ToString())]);
                word.Clear();
            }

            if (kind != Kind.Cjk && cjk.Count > 0)
            {
                yield return (Kind.Cjk, cjk);
                cjk = [];
            }

            if (kind == Kind.Word)
            {
                word.Append(rune.ToString());
            }
            else if (kind == Kind.Cjk)
            {
                cjk.Add(rune.ToString());
            }
        }

        if (word.Length > 0)
        {
            yield return (Kind.Word, [Cut(word.ToString())]);
        }

        if (cjk.Count > 0)
        {
            yield return (Kind.Cjk, cjk);
        }
    }

    private static string Cut(string word) => word.Length <= MaxWordChars ? word : word[..MaxWordChars];

    /// <summary>Whether the rune belongs to a word (letters and digits of scripts written with spaces).</summary>
    internal static bool IsWordRune(Rune rune) => KindOf(rune) == Kind.Word;

    /// <summary>Whether the rune is written without spaces (Han, kana, Hangul).</summary>
    internal static bool IsCjkRune(Rune rune) => KindOf(rune) == Kind.Cjk;

    private static Kind KindOf(Rune rune)
    {
        if (IsCjk(rune.Value))
        {
            return Kind.Cjk;
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => Kind.Word,
            _ => Kind.Separator,
        };
    }

    /// <summary>Han (with extensions and compatibility ideographs), kana and Hangul: scripts written without spaces.</summary>
    private static bool IsCjk(int c) =>
        c is >= 0x4E00 and <= 0x9FFF // CJK unified ideographs
            or >= 0x3400 and <= 0x4DBF // extension A
            or >= 0x20000 and <= 0x323AF // extensions B–H
            or >= 0xF900 and <= 0xFAFF // compatibility ideographs
            or >= 0x3040 and <= 0x30FF // hiragana, katakana
            or >= 0x31F0 and <= 0x31FF // katakana phonetic extensions
            or >= 0xAC00 and <= 0xD7AF // Hangul syllables
            or 0x3007; // 〇
}

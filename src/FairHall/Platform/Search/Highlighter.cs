using System.Net;
using System.Text;

namespace FairHall.Platform.Search;

/// <summary>
/// Marks the parts of a name that matched a query, as HTML: every piece of the original text is encoded, and
/// only the highlighter's own &lt;mark&gt; tags are added. Matching is done on the normalised text (full-width
/// ＬＥＤ matches led) and mapped back to the original characters.
/// </summary>
public static class Highlighter
{
    public static string Html(string? text, IReadOnlyList<QueryTerm> terms)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        // Normalise rune by rune, remembering which original characters each normalised character came from.
        var runes = new List<(Rune Rune, int Start, int Length)>();
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            runes.Add((rune, index, rune.Utf16SequenceLength));
            index += rune.Utf16SequenceLength;
        }

        var normalRunes = new List<(Rune Rune, int Origin)>();
        for (var r = 0; r < runes.Count; r++)
        {
            foreach (var n in Tokenizer.Normalize(runes[r].Rune.ToString()).EnumerateRunes())
            {
                normalRunes.Add((n, r));
            }
        }

        var marked = new bool[runes.Count];
        if (terms.Count > 0)
        {
            MarkCjk(normalRunes, terms, marked);
            MarkWords(normalRunes, terms, marked);
        }

        var html = new StringBuilder();
        var open = false;
        for (var r = 0; r < runes.Count; r++)
        {
            if (marked[r] != open)
            {
                html.Append(open ? "</mark>" : "<mark>");
                open = marked[r];
            }

            html.Append(WebUtility.HtmlEncode(text.Substring(runes[r].Start, runes[r].Length)));
        }

        if (open)
        {
            html.Append("</mark>");
        }

        return html.ToString();
    }

    private static void MarkCjk(List<(Rune Rune, int Origin)> normal, IReadOnlyList<QueryTerm> terms, bool[] marked)
    {
        foreach (var term in terms)
        {
            var termRunes = term.Text.EnumerateRunes().ToList();
            if (termRunes.Count == 0 || !Tokenizer.IsCjkRune(termRunes[0]))
            {
                continue;
            }

            for (var i = 0; i + termRunes.Count <= normal.Count; i++)
            {
                var all = true;
                for (var k = 0; k < termRunes.Count && all; k++)
                {
                    all = normal[i + k].Rune == termRunes[k];
                }

                if (all)
                {
                    for (var k = 0; k < termRunes.Count; k++)
                    {
                        marked[normal[i + k].Origin] = true;
                    }
                }
            }
        }
    }

    private static void MarkWords(List<(Rune Rune, int Origin)> normal, IReadOnlyList<QueryTerm> terms, bool[] marked)
    {
        var i = 0;
        while (i < normal.Count)
        {
            if (!Tokenizer.IsWordRune(normal[i].Rune))
            {
                i++;
                continue;
            }

            var start = i;
            var word = new StringBuilder();
            while (i < normal.Count && Tokenizer.IsWordRune(normal[i].Rune))
            {
                word.Append(normal[i].Rune.ToString());
                i++;
            }

            var w = word.ToString();
            foreach (var term in terms)
            {
                var length = w == term.Text ? i - start
                    : term.Prefix && w.StartsWith(term.Text, StringComparison.Ordinal) ? term.Text.EnumerateRunes().Count()
                    : 0;
                for (var k = start; k < start + length; k++)
                {
                    marked[normal[k].Origin] = true;
                }
            }
        }
    }
}

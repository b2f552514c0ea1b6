using FairHall.Platform.Search;

namespace FairHall.Modules.Discovery;

/// <summary>
/// Relevance of the candidates of one query, computed from their names and labels (the same on both engines, so
/// that the quality tests hold on both): a query term in a name counts most, a prefix of a name word less, a term
/// in the category, brand, region or exhibitor less again, one found only in the description least; the whole
/// query standing in a name as typed, and a name that is mostly the query, count extra.
/// </summary>
/// <remarks>
/// Up to <see cref="CatalogSearch.CandidateWindow"/> candidates are scored per search, so the query's own work is
/// done once here, each name is normalised and split once (<see cref="Tokenizer.Analyze"/>), and the labels are
/// split only when a term is missing from the names.
/// </remarks>
internal sealed class Relevance(IReadOnlyList<QueryTerm> terms, string query)
{
    private readonly string compactQuery = Tokenizer.Analyze(query.Length > Tokenizer.MaxQueryChars ? query[..Tokenizer.MaxQueryChars] : query).Compact;
    private readonly int tagTerms = terms.Count(t => TagTerms.Is(t.Text));

    public int Score(string nameZh, string nameEn, string?[] meta)
    {
        var zh = Tokenizer.Analyze(nameZh);
        var en = Tokenizer.Analyze(nameEn);
        HashSet<string>? metaTerms = null;
        var score = 0;
        var inName = 0;
        foreach (var t in terms)
        {
            if (zh.IndexTerms.Contains(t.Text) || en.IndexTerms.Contains(t.Text))
            {
                score += 10;
                inName++;
            }
            else if (t.Prefix && (StartsAny(zh.IndexTerms, t.Text) || StartsAny(en.IndexTerms, t.Text)))
            {
                score += 6;
                inName++;
            }
            else
            {
                metaTerms ??= Tokenizer.IndexTerms(meta).ToHashSet(StringComparer.Ordinal);
                score += metaTerms.Contains(t.Text) || t.Prefix && StartsAny(metaTerms, t.Text) ? 4 : 1;
            }
        }

        score -= tagTerms; // tag filters count for every candidate alike

        if (compactQuery.Length > 0)
        {
            foreach (var n in new[] { zh.Compact, en.Compact })
            {
                if (n.Contains(compactQuery, StringComparison.Ordinal))
                {
                    score += n.StartsWith(compactQuery, StringComparison.Ordinal) ? 7 : 5;
                    break;
                }
            }
        }

        // A short name that is mostly the query beats a long one that mentions it among other things.
        var words = zh.QueryTermCount + en.QueryTermCount;
        return score + (words == 0 ? 0 : 4 * inName / words);
    }

    private static bool StartsAny(IEnumerable<string> names, string prefix) => names.Any(n => n.StartsWith(prefix, StringComparison.Ordinal));
}

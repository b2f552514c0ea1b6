namespace FairHall.Platform.Search;

/// <summary>
/// Writes tokenizer terms in each engine's syntax. Every term is quoted as a literal, so words such as OR,
/// NEAR or AND and characters such as " * - : ( are never operators (the tokenizer already dropped the
/// characters; the quoting holds even if it ever let one through).
/// </summary>
public static class EngineSyntax
{
    /// <summary>An FTS5 MATCH expression: every term required, the prefix ones with *.</summary>
    public static string Fts5Match(IReadOnlyList<QueryTerm> terms) =>
        string.Join(" AND ", terms.Select(t => "\"" + t.Text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (t.Prefix ? "*" : "")));

    /// <summary>The FTS5 column text: terms separated by spaces (the table uses the ascii tokenizer, which keeps every non-ASCII character in its token).</summary>
    public static string Fts5Document(IEnumerable<string> terms) => string.Join(' ', terms);

    /// <summary>A tsquery in input syntax (cast with ::tsquery, no text-search parser involved): 'a' &amp; 'b':*.</summary>
    public static string TsQuery(IReadOnlyList<QueryTerm> terms) =>
        string.Join(" & ", terms.Select(t => Lexeme(t.Text) + (t.Prefix ? ":*" : "")));

    /// <summary>A tsvector in input syntax (cast with ::tsvector): the terms are the lexemes as they are.</summary>
    public static string TsVector(IEnumerable<string> terms) => string.Join(' ', terms.Select(Lexeme));

    private static string Lexeme(string term) =>
        "'" + term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";
}

using System.Text;
using FairHall.Platform.Data;
using FairHall.Platform.Search;

namespace FairHall.Modules.Discovery;

/// <summary>
/// PostgreSQL: the terms in a <c>tsvector</c> (<c>search_products_fts</c>, GIN), written and queried in the
/// tsvector/tsquery input syntax, so the tokenizer's terms are the lexemes as they are and no text-search
/// parser or dictionary touches them (the effect of the <c>simple</c> configuration, without its parser).
/// For a common term the planner walks the doc_key index backwards and stops after n rows; for a rare one it
/// reads the GIN index and sorts the few matches.
/// </summary>
internal sealed class PostgresCatalogSearch(FairHallDbContext db, TimeProvider clock) : CatalogSearch(db, clock)
{
    private const int RowsPerInsert = 200;

    protected override string MatchFromOf(string table) => $"{table}_fts f JOIN {table} d ON d.doc_key = f.doc_key";

    protected override string MatchCondition => "f.terms @@ CAST(@q AS tsquery)";

    protected override string MatchKey => "f.doc_key";

    protected override string EngineQuery(IReadOnlyList<QueryTerm> terms) => EngineSyntax.TsQuery(terms);

    public override async Task InsertAsync(IReadOnlyList<(long Key, IReadOnlyList<string> Terms)> rows, CancellationToken ct, string table = ISearchTermStore.Products)
    {
        foreach (var chunk in rows.Chunk(RowsPerInsert))
        {
            var sql = new StringBuilder($"INSERT INTO {table}_fts(doc_key, terms) VALUES ");
            var parameters = new List<(string, object)>();
            for (var i = 0; i < chunk.Length; i++)
            {
                sql.Append(i == 0 ? "" : ", ").Append($"(@k{i}, CAST(@t{i} AS tsvector))");
                parameters.Add(($"k{i}", chunk[i].Key));
                parameters.Add(($"t{i}", EngineSyntax.TsVector(chunk[i].Terms)));
            }

            await using var command = await CommandAsync(sql.ToString(), parameters, ct);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    public override async Task DeleteAsync(IReadOnlyList<long> keys, CancellationToken ct, string table = ISearchTermStore.Products)
    {
        if (keys.Count == 0)
        {
            return;
        }

        await using var command = await CommandAsync($"DELETE FROM {table}_fts WHERE doc_key = ANY(@keys)", [("keys", keys.ToArray())], ct);
        await command.ExecuteNonQueryAsync(ct);
    }

    public override async Task ClearAsync(CancellationToken ct, string table = ISearchTermStore.Products)
    {
        await using var command = await CommandAsync($"DELETE FROM {table}_fts", [], ct);
        await command.ExecuteNonQueryAsync(ct);
    }
}

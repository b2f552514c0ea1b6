using System.Text;
using FairHall.Platform.Data;
using FairHall.Platform.Search;

namespace FairHall.Modules.Discovery;

/// <summary>
/// SQLite: the terms in a contentless FTS5 table (<c>search_products_fts</c>, ascii tokenizer, rowid = doc_key).
/// FTS5 yields matches in rowid order, so <c>ORDER BY rowid DESC LIMIT n</c> reads the n best-scored
/// candidates without ranking the rest.
/// </summary>
internal sealed class SqliteCatalogSearch(FairHallDbContext db, TimeProvider clock) : CatalogSearch(db, clock)
{
    private const int RowsPerInsert = 200;

    protected override string MatchFromOf(string table) => $"{table}_fts f JOIN {table} d ON d.doc_key = f.rowid";

    protected override string MatchCondition => "f.terms MATCH @q";

    protected override string MatchKey => "f.rowid";

    protected override string EngineQuery(IReadOnlyList<QueryTerm> terms) => EngineSyntax.Fts5Match(terms);

    public override async Task InsertAsync(IReadOnlyList<(long Key, IReadOnlyList<string> Terms)> rows, CancellationToken ct, string table = ISearchTermStore.Products)
    {
        foreach (var chunk in rows.Chunk(RowsPerInsert))
        {
            var sql = new StringBuilder($"INSERT INTO {table}_fts(rowid, terms) VALUES ");
            var parameters = new List<(string, object)>();
            for (var i = 0; i < chunk.Length; i++)
            {
                sql.Append(i == 0 ? "" : ", ").Append($"(@k{i}, @t{i})");
                parameters.Add(($"k{i}", chunk[i].Key));
                parameters.Add(($"t{i}", EngineSyntax.Fts5Document(chunk[i].Terms)));
            }

            await using var command = await CommandAsync(sql.ToString(), parameters, ct);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    public override async Task DeleteAsync(IReadOnlyList<long> keys, CancellationToken ct, string table = ISearchTermStore.Products)
    {
        foreach (var chunk in keys.Chunk(RowsPerInsert))
        {
            var names = string.Join(", ", chunk.Select((_, i) => $"@k{i}"));
            await using var command = await CommandAsync($"DELETE FROM {table}_fts WHERE rowid IN ({names})", chunk.Select((k, i) => ($"k{i}", (object)k)), ct);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    public override async Task ClearAsync(CancellationToken ct, string table = ISearchTermStore.Products)
    {
        await using var command = await CommandAsync($"INSERT INTO {table}_fts({table}_fts) VALUES ('delete-all')", [], ct);
        await command.ExecuteNonQueryAsync(ct);
    }
}

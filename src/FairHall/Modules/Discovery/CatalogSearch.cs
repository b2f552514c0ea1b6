using System.Data.Common;
using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using FairHall.Modules.Catalog;
using FairHall.Modules.Packages;
using FairHall.Platform.Data;
using FairHall.Platform.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace FairHall.Modules.Discovery;

/// <summary>
/// BUY-1: the one rule of what the public may find. The indexer copies only such products, and every page of
/// results is checked against it again, so a delisted or banned product vanishes at once, even before the
/// outbox has removed it from the index. A further rule (e.g. a hidden flag) is one more condition here.
/// </summary>
internal static class PublicProducts
{
    public static readonly Expression<Func<Product, bool>> Rule = p => p.Status == ProductStatus.Listed && !p.IsHidden;

    public static readonly Func<Product, bool> IsPublic = Rule.Compile();
}

/// <summary>Engine-specific writes of the term table; the document rows are EF's.</summary>
internal interface ISearchTermStore
{
    /// <summary>The document table of products; exhibitors and booths have theirs (<c>search_exhibitors</c>, <c>search_booths</c>), each with a <c>*_fts</c> term table.</summary>
    const string Products = "search_products";

    Task InsertAsync(IReadOnlyList<(long Key, IReadOnlyList<string> Terms)> rows, CancellationToken ct, string table = Products);

    Task DeleteAsync(IReadOnlyList<long> keys, CancellationToken ct, string table = Products);

    Task ClearAsync(CancellationToken ct, string table = Products);
}

/// <summary>
/// Search over <c>search_products</c> and the engine's term table. Ranking follows DESIGN "Data and search": the
/// engine returns matches in index order (static score, then newest) without ranking them; at most
/// <see cref="CandidateWindow"/> candidates are scored here and sorted by relevance. Popularity is the index
/// order itself and pages with a keyset over the whole match set; newest pages with a keyset over listing time.
/// </summary>
internal abstract class CatalogSearch(FairHallDbContext db, TimeProvider clock) : ICatalogSearch, ISearchTermStore
{
    public const int CountCap = 1000;
    public const int CandidateWindow = 1000;

    private const string Columns = "d.product_id, d.doc_key, d.name_zh, d.name_en, d.enterprise_name_zh, d.enterprise_name_en, d.zone_id, d.category, d.origin, d.brand, d.price_fen, d.new_until_ticks, d.listed_ticks";

    protected FairHallDbContext Db => db;

    /// <summary>The products' term table joined to the documents as <c>f</c> and <c>d</c>.</summary>
    protected string MatchFrom => MatchFromOf(ISearchTermStore.Products);

    /// <summary>A document table's term table joined to it as <c>f</c> and <c>d</c>.</summary>
    protected abstract string MatchFromOf(string table);

    /// <summary>The match condition on parameter @q.</summary>
    protected abstract string MatchCondition { get; }

    /// <summary>The term table's key expression (FTS5 rowid, or the doc_key column).</summary>
    protected abstract string MatchKey { get; }

    protected abstract string EngineQuery(IReadOnlyList<QueryTerm> terms);

    public abstract Task InsertAsync(IReadOnlyList<(long Key, IReadOnlyList<string> Terms)> rows, CancellationToken ct, string table = ISearchTermStore.Products);

    public abstract Task DeleteAsync(IReadOnlyList<long> keys, CancellationToken ct, string table = ISearchTermStore.Products);

    public abstract Task ClearAsync(CancellationToken ct, string table = ISearchTermStore.Products);

    public async Task<SearchPage> SearchAsync(SearchRequest request, CancellationToken ct)
    {
        var session = await Sessions.CurrentAsync(db, clock, ct);
        if (session is null)
        {
            return new SearchPage([], 0, false, null);
        }

        var terms = WithTags(Tokenizer.QueryTerms(request.Q), request.Tags);
        var size = Math.Clamp(request.Size, 1, SearchRequest.MaxSize);
        var query = Where(request, session.Id, terms);
        var from = terms.Count > 0 ? MatchFrom : "search_products d";
        var key = terms.Count > 0 ? MatchKey : "d.doc_key";

        var count = request.Count
            ? Convert.ToInt32(await ScalarAsync($"SELECT COUNT(*) FROM (SELECT 1 FROM {from} WHERE {query.Sql} LIMIT {CountCap + 1}) x", query, ct), CultureInfo.InvariantCulture)
            : -1;
        List<Row> rows;
        string? next = null;
        if (request.Sort == SearchSort.Relevance && terms.Count > 0)
        {
            var candidates = await RowsAsync($"SELECT {Columns} FROM {from} WHERE {query.Sql} ORDER BY {key} DESC LIMIT {CandidateWindow}", query, ct);
            var relevance = new Relevance(terms, request.Q ?? "");
            var ranked = candidates.Select(r => r with { Score = relevance.Score(r.NameZh, r.NameEn, r.Meta) })
                .OrderByDescending(r => r.Score).ThenByDescending(r => r.DocKey).ToList();
            if (Cursor(request.After, 'r') is { } after)
            {
                ranked = ranked.SkipWhile(r => r.Score > after.A || r.Score == after.A && r.DocKey >= after.B).ToList();
            }

            rows = ranked.Take(size + 1).ToList();
            if (rows.Count > size)
            {
                next = $"r{rows[size - 1].Score}_{rows[size - 1].DocKey}";
            }
        }
        else if (request.Sort == SearchSort.Newest)
        {
            if (Cursor(request.After, 'n') is { } after)
            {
                query.Add("(d.listed_ticks < @at OR d.listed_ticks = @at AND d.product_id < @aid)", ("at", after.A), ("aid", after.B));
            }

            rows = await RowsAsync($"SELECT {Columns} FROM {from} WHERE {query.Sql} ORDER BY d.listed_ticks DESC, d.product_id DESC LIMIT {size + 1}", query, ct);
            if (rows.Count > size)
            {
                next = $"n{rows[size - 1].ListedTicks}_{rows[size - 1].ProductId}";
            }
        }
        else
        {
            if (Cursor(request.After, 'p') is { } after)
            {
                query.Add($"{key} < @ak", ("ak", after.A));
            }

            rows = await RowsAsync($"SELECT {Columns} FROM {from} WHERE {query.Sql} ORDER BY {key} DESC LIMIT {size + 1}", query, ct);
            if (rows.Count > size)
            {
                next = $"p{rows[size - 1].DocKey}_0";
            }
        }

        var page = rows.Take(size).ToList();
        var visible = await VisibleAsync(page.Select(r => r.ProductId).ToList(), ct);
        var now = clock.GetUtcNow().UtcTicks;
        var items = page.Where(r => visible.Contains(r.ProductId)).Select(r => new SearchHit(
            r.ProductId, r.NameZh, r.NameEn, Highlighter.Html(r.NameZh, terms), Highlighter.Html(r.NameEn, terms), r.EnterpriseNameZh, r.EnterpriseNameEn,
            r.ZoneId, r.Category, r.Origin, r.Brand, r.PriceFen, r.NewUntilTicks > now)).ToList();
        return new SearchPage(items, count < 0 ? items.Count : Math.Min(count, CountCap), count > CountCap, next);
    }

    public async Task<IReadOnlyList<string>> SuggestAsync(string? q, int limit, CancellationToken ct)
    {
        var terms = Tokenizer.QueryTerms(q);
        var session = terms.Count == 0 ? null : await Sessions.CurrentAsync(db, clock, ct);
        if (session is null)
        {
            return [];
        }

        var query = Where(new SearchRequest(), session.Id, terms);
        var candidates = await RowsAsync($"SELECT {Columns} FROM {MatchFrom} WHERE {query.Sql} ORDER BY {MatchKey} DESC LIMIT 100", query, ct);
        var visible = await VisibleAsync(candidates.Select(r => r.ProductId).ToList(), ct);
        var chinese = q!.EnumerateRunes().Any(Tokenizer.IsCjkRune);
        var relevance = new Relevance(terms, q);
        return candidates.Where(r => visible.Contains(r.ProductId))
            .Select(r => (Name: chinese || r.NameEn.Length == 0 ? r.NameZh : r.NameEn, Score: relevance.Score(r.NameZh, r.NameEn, r.Meta), r.DocKey))
            .OrderByDescending(x => x.Score).ThenByDescending(x => x.DocKey)
            .Select(x => x.Name).Distinct(StringComparer.OrdinalIgnoreCase).Take(Math.Clamp(limit, 1, 20)).ToList();
    }

    /// <summary>Tag filters are terms of the index (<see cref="TagTerms"/>), required like the words of the query.</summary>
    private static IReadOnlyList<QueryTerm> WithTags(IReadOnlyList<QueryTerm> terms, IReadOnlyDictionary<long, string>? tags) =>
        tags is not { Count: > 0 } ? terms : [.. terms, .. tags.Take(SearchRequest.MaxTags).Select(t => new QueryTerm(TagTerms.Of(t.Key, t.Value), false))];

    /// <summary>The filters shared by count, candidates and pages; the text condition is the engine's.</summary>
    private Query Where(SearchRequest request, long sessionId, IReadOnlyList<QueryTerm> terms)
    {
        var query = new Query();
        query.Add("d.session_id = @session", ("session", sessionId));
        if (terms.Count > 0)
        {
            query.Add(MatchCondition, ("q", EngineQuery(terms)));
        }

        if (request.ZoneId is { } zone)
        {
            query.Add("d.zone_id = @zone", ("zone", zone));
        }

        if (request.Category is { Length: > 0 } category)
        {
            query.Add("d.category = @category", ("category", category));
        }

        if (request.Origin is { Length: > 0 } origin)
        {
            query.Add("d.origin = @origin", ("origin", origin));
        }

        if (request.HasPrice is { } hasPrice)
        {
            query.Add("d.has_price = @hasPrice", ("hasPrice", hasPrice));
        }

        if (request.IsNew is { } isNew)
        {
            query.Add(isNew ? "d.new_until_ticks > @now" : "d.new_until_ticks <= @now", ("now", clock.GetUtcNow().UtcTicks));
        }

        return query;
    }

    private async Task<HashSet<long>> VisibleAsync(List<long> ids, CancellationToken ct) =>
        ids.Count == 0
            ? []
            : [.. await db.Set<Product>().AsNoTracking().Where(p => ids.Contains(p.Id)).Where(PublicProducts.Rule).Select(p => p.Id).ToListAsync(ct)];

    private static (long A, long B)? Cursor(string? after, char kind)
    {
        if (after is not { Length: > 1 } || after[0] != kind)
        {
            return null;
        }

        var parts = after[1..].Split('_');
        return parts.Length == 2 && long.TryParse(parts[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var a)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var b)
            ? (a, b)
            : null;
    }

    protected async Task<DbCommand> CommandAsync(string sql, IEnumerable<(string Name, object Value)> parameters, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = "@" + name;
            p.Value = value;
            command.Parameters.Add(p);
        }

        return command;
    }

    public Task<HitPage<ExhibitorHit>> SearchExhibitorsAsync(string? q, string? after, int size, CancellationToken ct) =>
        DirectoryAsync(
            "search_exhibitors", "d.enterprise_id, d.name_zh, d.name_en, d.main_products_zh, d.main_products_en, d.logo_media_id", q, after, size,
            r => (r.GetInt64(1), r.GetString(2), r.GetString(3), [r.GetString(4), r.GetString(5)]),
            (r, terms) => new ExhibitorHit(
                r.GetInt64(1), r.GetString(2), r.GetString(3), Highlighter.Html(r.GetString(2), terms), Highlighter.Html(r.GetString(3), terms),
                r.GetString(4), r.GetString(5), r.IsDBNull(6) ? null : r.GetInt64(6)),
            h => h.EnterpriseId, ids => PublicDirectory.VisibleExhibitorsAsync(db, ids, ct), ct);

    public Task<HitPage<BoothHit>> SearchBoothsAsync(string? q, string? after, int size, CancellationToken ct) =>
        DirectoryAsync(
            "search_booths", "d.booth_id, d.enterprise_id, d.name, d.intro, d.region, d.tags, d.offline_booth_number, d.logo_media_id", q, after, size,
            r => (r.GetInt64(1), r.GetString(3), "", [r.GetString(4), r.GetString(5), r.GetString(6)]),
            (r, terms) => new BoothHit(
                r.GetInt64(1), r.GetInt64(2), r.GetString(3), Highlighter.Html(r.GetString(3), terms), r.GetString(4), r.GetString(5), r.GetString(6),
                r.IsDBNull(7) ? null : r.GetString(7), r.GetInt64(8)),
            h => h.BoothId, ids => PublicDirectory.VisibleBoothsAsync(db, ids, ct), ct);

    /// <summary>
    /// Exhibitor or booth search over a document table (column 0 is doc_key, then <paramref name="columns"/>): the
    /// same bounded relevance window and keyset tokens as products, capped counts, and every page checked against
    /// the public rule again so that a banned showcase or a booth back in review vanishes before the outbox runs.
    /// </summary>
    private async Task<HitPage<T>> DirectoryAsync<T>(
        string table, string columns, string? q, string? after, int size, Func<DbDataReader, (long Id, string Zh, string En, string?[] Meta)> scoreInput,
        Func<DbDataReader, IReadOnlyList<QueryTerm>, T> read, Func<T, long> idOf, Func<IReadOnlyList<long>, Task<HashSet<long>>> visible, CancellationToken ct)
    {
        var terms = Tokenizer.QueryTerms(q);
        size = Math.Clamp(size, 1, SearchRequest.MaxSize);
        var query = new Query();
        query.Add("1 = 1");
        if (terms.Count > 0)
        {
            query.Add(MatchCondition, ("q", EngineQuery(terms)));
        }

        var from = terms.Count > 0 ? MatchFromOf(table) : table + " d";
        var count = Convert.ToInt32(await ScalarAsync($"SELECT COUNT(*) FROM (SELECT 1 FROM {from} WHERE {query.Sql} LIMIT {CountCap + 1}) x", query, ct), CultureInfo.InvariantCulture);
        var rows = new List<(long DocKey, int Score, T Hit)>();
        string? next = null;
        if (terms.Count > 0)
        {
            var relevance = new Relevance(terms, q!);
            await ReadAsync($"SELECT d.doc_key, {columns} FROM {from} WHERE {query.Sql} ORDER BY {MatchKey} DESC LIMIT {CandidateWindow}", r =>
            {
                var (_, zh, en, meta) = scoreInput(r);
                rows.Add((r.GetInt64(0), relevance.Score(zh, en, meta), read(r, terms)));
            });
            var ranked = rows.OrderByDescending(r => r.Score).ThenByDescending(r => r.DocKey).ToList();
            if (Cursor(after, 'r') is { } a)
            {
                ranked = ranked.SkipWhile(r => r.Score > a.A || r.Score == a.A && r.DocKey >= a.B).ToList();
            }

            rows = ranked.Take(size + 1).ToList();
            if (rows.Count > size)
            {
                next = $"r{rows[size - 1].Score}_{rows[size - 1].DocKey}";
            }
        }
        else
        {
            if (Cursor(after, 'p') is { } a)
            {
                query.Add("d.doc_key < @ak", ("ak", a.A));
            }

            await ReadAsync($"SELECT d.doc_key, {columns} FROM {from} WHERE {query.Sql} ORDER BY d.doc_key DESC LIMIT {size + 1}", r => rows.Add((r.GetInt64(0), 0, read(r, terms))));
            if (rows.Count > size)
            {
                next = $"p{rows[size - 1].DocKey}_0";
            }
        }

        var page = rows.Take(size).Select(r => r.Hit).ToList();
        var shown = await visible([.. page.Select(idOf)]);
        return new HitPage<T>([.. page.Where(h => shown.Contains(idOf(h)))], Math.Min(count, CountCap), count > CountCap, next);

        async Task ReadAsync(string sql, Action<DbDataReader> each)
        {
            await using var command = await CommandAsync(sql, query.Parameters, ct);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                each(reader);
            }
        }
    }

    private async Task<object?> ScalarAsync(string sql, Query query, CancellationToken ct)
    {
        await using var command = await CommandAsync(sql, query.Parameters, ct);
        return await command.ExecuteScalarAsync(ct);
    }

    private async Task<List<Row>> RowsAsync(string sql, Query query, CancellationToken ct)
    {
        await using var command = await CommandAsync(sql, query.Parameters, ct);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<Row>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new Row(
                reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                reader.GetInt64(6), reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetString(8), reader.IsDBNull(9) ? null : reader.GetString(9),
                reader.IsDBNull(10) ? null : reader.GetInt64(10), reader.GetInt64(11), reader.GetInt64(12), 0));
        }

        return rows;
    }

    private sealed record Row(
        long ProductId, long DocKey, string NameZh, string NameEn, string EnterpriseNameZh, string EnterpriseNameEn, long ZoneId, string Category,
        string? Origin, string? Brand, long? PriceFen, long NewUntilTicks, long ListedTicks, int Score)
    {
        public string?[] Meta => [Category, Brand, Origin, EnterpriseNameZh, EnterpriseNameEn];
    }

    private sealed class Query
    {
        private readonly List<string> conditions = [];

        public List<(string Name, object Value)> Parameters { get; } = [];

        public string Sql => string.Join(" AND ", conditions);

        public void Add(string condition, params (string Name, object Value)[] parameters)
        {
            conditions.Add(condition);
            Parameters.AddRange(parameters);
        }
    }
}

using System.Data.Common;
using System.Diagnostics;
using FairHall.Platform.Data;
using FairHall.Platform.Search;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace FairHall.Bench;

/// <summary>
/// The bare baselines: the same queries as FairHall's endpoints, on the same database, in raw ADO.NET behind a
/// minimal API in the bench process, answering JSON. What FairHall adds on top (EF, the current-session lookup,
/// relevance ranking and highlighting, localization, auth middleware, Blazor rendering) is the difference.
/// </summary>
internal sealed class BareQueries(DatabaseProvider provider, string connectionString, long sessionId) : IAsyncDisposable
{
    private readonly NpgsqlDataSource? pg = provider == DatabaseProvider.PostgreSql ? NpgsqlDataSource.Create(connectionString) : null;

    private bool Sqlite => provider == DatabaseProvider.Sqlite;

    private string From => Sqlite ? "search_products_fts f JOIN search_products d ON d.doc_key = f.rowid" : "search_products_fts f JOIN search_products d ON d.doc_key = f.doc_key";

    private string Match => Sqlite ? "f.terms MATCH @q" : "f.terms @@ CAST(@q AS tsquery)";

    private string Key => Sqlite ? "f.rowid" : "f.doc_key";

    public async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        if (pg is not null)
        {
            return await pg.OpenConnectionAsync(ct);
        }

        var c = new SqliteConnection(connectionString);
        await c.OpenAsync(ct);
        return c;
    }

    /// <summary>The search's engine work: capped count, then the candidate window in index order; 20 rows answered.</summary>
    public async Task<object> SearchAsync(string q, CancellationToken ct)
    {
        var terms = Tokenizer.QueryTerms(q);
        var engine = Sqlite ? EngineSyntax.Fts5Match(terms) : EngineSyntax.TsQuery(terms);
        await using var c = await OpenAsync(ct);
        var count = Convert.ToInt32(await ScalarAsync(c, $"SELECT COUNT(*) FROM (SELECT 1 FROM {From} WHERE d.session_id = @s AND {Match} LIMIT 1001) x", ct, ("s", sessionId), ("q", engine)),
            System.Globalization.CultureInfo.InvariantCulture);
        var rows = await RowsAsync(c, $"SELECT d.product_id, d.name_zh, d.name_en, d.enterprise_name_zh, d.price_fen FROM {From} WHERE d.session_id = @s AND {Match} ORDER BY {Key} DESC LIMIT 1000",
            ct, 20, ("s", sessionId), ("q", engine));
        return new { count, items = rows };
    }

    /// <summary>The product page's data: product with zone and exhibitor, four similar products (same zone and category, by popularity).</summary>
    public async Task<object?> ProductAsync(long id, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        var rows = await RowsAsync(c,
            "SELECT p.id, p.name_zh, p.name_en, p.category, p.brand, p.origin, p.model, p.market_price_fen, p.description_zh, p.description_en, p.zone_id, z.code, z.name_zh, " +
            "p.enterprise_id, e.name_zh, e.name_en FROM products p JOIN zones z ON z.id = p.zone_id JOIN enterprises e ON e.id = p.enterprise_id " +
            "WHERE p.id = @id AND p.status = 'Listed' AND p.is_hidden = @f AND p.session_id = @s", ct, 1, ("id", id), ("f", false), ("s", sessionId));
        if (rows.Count == 0)
        {
            return null;
        }

        var p = rows[0];
        // FairHall's similar products: the most popular of the same zone and category, from the search documents.
        var similar = await RowsAsync(c,
            "SELECT d.product_id, d.name_zh, d.name_en, d.price_fen FROM search_products d WHERE d.session_id = @s AND d.zone_id = @z AND d.category = @c AND d.product_id <> @id " +
            "ORDER BY d.doc_key DESC LIMIT 4", ct, 4, ("s", sessionId), ("z", p[10]!), ("id", id), ("c", p[3]!));
        return new { product = p, similar };
    }

    /// <summary>The public showcase's data: the showcase, its twelve newest listed products, the enterprise's names.</summary>
    public async Task<object?> ShowcaseAsync(long enterpriseId, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        var showcase = await RowsAsync(c, "SELECT intro_zh, intro_en, main_products_zh, main_products_en, contact_name, contact_phone, contact_email, address_zh, address_en, website " +
            "FROM enterprise_showcases WHERE enterprise_id = @e AND status = 'Displayable'", ct, 1, ("e", enterpriseId));
        if (showcase.Count == 0)
        {
            return null;
        }

        var products = await RowsAsync(c, "SELECT id, name_zh, name_en, category, market_price_fen FROM products WHERE enterprise_id = @e AND status = 'Listed' " +
            "ORDER BY listed_at DESC, id DESC LIMIT 12", ct, 12, ("e", enterpriseId));
        var names = await RowsAsync(c, "SELECT name_zh, name_en FROM enterprises WHERE id = @e", ct, 1, ("e", enterpriseId));
        return new { showcase = showcase[0], names = names[0], products };
    }

    /// <summary>The zone page's data: the zone, the capped count of its listed products, the 20 newest.</summary>
    public async Task<object?> ZoneAsync(long zoneId, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        var zone = await RowsAsync(c, "SELECT id, code, name_zh, name_en, phase_number FROM zones WHERE id = @z", ct, 1, ("z", zoneId));
        if (zone.Count == 0)
        {
            return null;
        }

        var count = Convert.ToInt32(await ScalarAsync(c, "SELECT COUNT(*) FROM (SELECT 1 FROM search_products d WHERE d.session_id = @s AND d.zone_id = @z LIMIT 1001) x", ct, ("s", sessionId), ("z", zoneId)),
            System.Globalization.CultureInfo.InvariantCulture);
        var rows = await RowsAsync(c, "SELECT d.product_id, d.name_zh, d.name_en, d.enterprise_name_zh, d.price_fen FROM search_products d WHERE d.session_id = @s AND d.zone_id = @z " +
            "ORDER BY d.listed_ticks DESC, d.product_id DESC LIMIT 21", ct, 20, ("s", sessionId), ("z", zoneId));
        return new { zone = zone[0], count, items = rows };
    }

    /// <summary>
    /// The favorite write (BUY-2): already a favorite? the public product, then the favorite row and the product's
    /// favorite counter in one transaction — the same statements in the same order as FairHall's handler, without EF or auth.
    /// </summary>
    public async Task<bool> FavoriteAsync(long userId, long productId, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        if (await ScalarAsync(c, "SELECT 1 FROM favorites WHERE user_id = @u AND kind = 'Product' AND item_id = @p", ct, ("u", userId), ("p", productId)) is not null)
        {
            return true;
        }

        var product = await RowsAsync(c, "SELECT enterprise_id, zone_id, session_id FROM products WHERE id = @p AND status = 'Listed' AND is_hidden = @f", ct, 1, ("p", productId), ("f", false));
        if (product.Count == 0)
        {
            return false;
        }

        await using var tx = await BeginAsync(c, ct);

        var (enterprise, zone, session) = (product[0][0]!, product[0][1]!, product[0][2]!);
        await ExecuteAsync(c, tx, "INSERT INTO favorites (user_id, kind, item_id, enterprise_id, zone_id, created_at) VALUES (@u, 'Product', @p, @e, @z, @now) ON CONFLICT DO NOTHING", ct,
            ("u", userId), ("p", productId), ("e", enterprise), ("z", zone), ("now", Now()));
        await ExecuteAsync(c, tx,
            "INSERT INTO item_stats (kind, item_id, session_id, zone_id, enterprise_id, views, favorites, seconds, indexed_popularity, search_due, updated_at) " +
            "VALUES ('Product', @p, @s, @z, @e, 0, 1, 0, 0, @t, @now) ON CONFLICT (kind, item_id) DO UPDATE SET favorites = item_stats.favorites + 1, search_due = @t, updated_at = excluded.updated_at", ct,
            ("p", productId), ("s", session), ("z", zone), ("e", enterprise), ("t", true), ("now", Now()));
        await tx.CommitAsync(ct);
        return true;
    }

    /// <summary>The intent write (ORD-1): the public product, then one intent_orders row with a fresh number (no notices, no EF, no auth).</summary>
    public async Task<long?> IntentAsync(long userId, long productId, int quantity, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        var product = await RowsAsync(c, "SELECT id, session_id, enterprise_id, zone_id, name_zh, name_en, own_code, market_price_fen FROM products WHERE id = @p AND status = 'Listed' AND is_hidden = @f",
            ct, null, 1, ("p", productId), ("f", false));
        if (product.Count == 0)
        {
            return null;
        }

        var p = product[0];
        var now = Now();
        return Convert.ToInt64(await ScalarAsync(c,
            "INSERT INTO intent_orders (number, session_id, product_id, enterprise_id, zone_id, product_name_zh, product_name_en, product_code, unit_price_fen, buyer_user_id, buyer_name, quantity, note, status, created_at, updated_at, version, created_by) " +
            "VALUES (@n, @s, @p, @e, @z, @zh, @en, @code, @price, @u, 'bench', @q, 'bench', 'Pending', @now, @now, 1, 'Buyer') RETURNING id",
            ct, null, ("n", $"B{Guid.NewGuid():N}"[..24]), ("s", p[1]!), ("p", p[0]!), ("e", p[2]!), ("z", p[3]!), ("zh", p[4]!), ("en", p[5]!), ("code", p[6] ?? DBNull.Value),
            ("price", p[7] ?? DBNull.Value), ("u", userId), ("q", quantity), ("now", Now())), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Messages FairHall's outbox still has to deliver (notices of the intents just sent, search refreshes of favorites).</summary>
    public async Task<long> PendingOutboxAsync(CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        return Convert.ToInt64(await ScalarAsync(c, "SELECT COUNT(*) FROM outbox_messages WHERE processed_at IS NULL", ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private object Now() => Sqlite ? TimeProvider.System.GetUtcNow().UtcTicks : TimeProvider.System.GetUtcNow();

    private async Task<DbTransaction> BeginAsync(DbConnection c, CancellationToken ct) =>
        c is SqliteConnection sqlite ? sqlite.BeginTransaction(deferred: false) : await c.BeginTransactionAsync(ct);

    private static async Task ExecuteAsync(DbConnection c, DbTransaction? tx, string sql, CancellationToken ct, params (string Name, object Value)[] args)
    {
        await using var cmd = Command(c, sql, args);
        cmd.Transaction = tx;
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The search query alone, timed in-process (no HTTP), as the engine's own figure.</summary>
    public async Task<StepSummary> TimeEngineAsync(IReadOnlyList<string> queries, int count, CancellationToken ct)
    {
        var recorder = new LatencyRecorder();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await SearchAsync(queries[i % queries.Count], ct);
            recorder.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds, ok: true);
        }

        return recorder.Summarize(count / watch.Elapsed.TotalSeconds, watch.Elapsed.TotalSeconds);
    }

    private static Task<object?> ScalarAsync(DbConnection c, string sql, CancellationToken ct, params (string Name, object Value)[] args) =>
        ScalarAsync(c, sql, ct, null, args);

    private static async Task<object?> ScalarAsync(DbConnection c, string sql, CancellationToken ct, DbTransaction? tx, params (string Name, object Value)[] args)
    {
        await using var cmd = Command(c, sql, args);
        cmd.Transaction = tx;
        return await cmd.ExecuteScalarAsync(ct);
    }

    private static Task<List<object?[]>> RowsAsync(DbConnection c, string sql, CancellationToken ct, int keep, params (string Name, object Value)[] args) =>
        RowsAsync(c, sql, ct, null, keep, args);

    private static async Task<List<object?[]>> RowsAsync(DbConnection c, string sql, CancellationToken ct, DbTransaction? tx, int keep, params (string Name, object Value)[] args)
    {
        await using var cmd = Command(c, sql, args);
        cmd.Transaction = tx;
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        List<object?[]> rows = [];
        while (await reader.ReadAsync(ct))
        {
            if (rows.Count < keep)
            {
                var row = new object?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                }

                rows.Add(row);
            }
        }

        return rows;
    }

    private static DbCommand Command(DbConnection c, string sql, (string Name, object Value)[] args)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in args)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            cmd.Parameters.Add(p);
        }

        return cmd;
    }

    public async ValueTask DisposeAsync()
    {
        if (pg is not null)
        {
            await pg.DisposeAsync();
        }
    }
}

/// <summary>The minimal API host of the bare endpoints, on a loopback port of the bench process.</summary>
internal static class BareHost
{
    public static async Task<WebApplication> StartAsync(BareQueries queries, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.MapGet("/bare/search", async (string? q, CancellationToken ct) => Results.Json(await queries.SearchAsync(q ?? "", ct)));
        app.MapGet("/bare/products/{id:long}", async (long id, CancellationToken ct) => await queries.ProductAsync(id, ct) is { } v ? Results.Json(v) : Results.NotFound());
        app.MapGet("/bare/showcases/{id:long}", async (long id, CancellationToken ct) => await queries.ShowcaseAsync(id, ct) is { } v ? Results.Json(v) : Results.NotFound());
        app.MapPut("/bare/favorites/{userId:long}/{productId:long}", async (long userId, long productId, CancellationToken ct) =>
            await queries.FavoriteAsync(userId, productId, ct) ? Results.Ok() : Results.NotFound());
        app.MapPost("/bare/intents/{userId:long}/{productId:long}", async (long userId, long productId, int quantity, CancellationToken ct) =>
            await queries.IntentAsync(userId, productId, quantity, ct) is { } id ? Results.Json(new { id }) : Results.NotFound());
        app.MapGet("/bare/zones/{id:long}", async (long id, CancellationToken ct) => await queries.ZoneAsync(id, ct) is { } v ? Results.Json(v) : Results.NotFound());
        await app.StartAsync();
        return app;
    }
}

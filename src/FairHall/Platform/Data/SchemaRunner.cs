using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Platform.Data;

/// <summary>A script that was applied earlier no longer has the same text: refuse to continue.</summary>
public sealed class SchemaScriptChangedException(string name, string recorded, string current)
    : Exception($"Schema script {name} was changed after it was applied (recorded checksum {recorded}, now {current}). " +
                "Never edit an applied script; add a new one.");

/// <summary>
/// Applies the ordered schema scripts of the configured provider, each in its own transaction, and records
/// each applied script with its checksum in <c>schema_scripts</c>.
/// </summary>
public sealed class SchemaRunner(FairHallDbContext db, DatabaseOptions options, TimeProvider clock, ILogger<SchemaRunner> log)
{
    private const long PostgresLockKey = 7_272_024_136;

    public Task<IReadOnlyList<string>> ApplyAsync(CancellationToken ct = default) =>
        ApplyAsync(SchemaScript.For(options.Provider), ct);

    public async Task<IReadOnlyList<string>> ApplyAsync(IReadOnlyList<SchemaScript> scripts, CancellationToken ct = default)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            if (options.Provider == DatabaseProvider.Sqlite)
            {
                await ExecAsync(connection, "PRAGMA journal_mode=WAL;", null, ct);
            }
            else
            {
                await ExecAsync(connection, $"SELECT pg_advisory_lock({PostgresLockKey});", null, ct);
            }

            try
            {
                return await ApplyLockedAsync(connection, scripts, ct);
            }
            finally
            {
                if (options.Provider == DatabaseProvider.PostgreSql)
                {
                    await ExecAsync(connection, $"SELECT pg_advisory_unlock({PostgresLockKey});", null, CancellationToken.None);
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<IReadOnlyList<string>> ApplyLockedAsync(DbConnection connection, IReadOnlyList<SchemaScript> scripts, CancellationToken ct)
    {
        var appliedAtType = options.Provider == DatabaseProvider.Sqlite ? "TEXT" : "timestamptz";
        await ExecAsync(connection,
            $"CREATE TABLE IF NOT EXISTS schema_scripts (name TEXT NOT NULL PRIMARY KEY, checksum TEXT NOT NULL, applied_at {appliedAtType} NOT NULL);",
            null, ct);

        var recorded = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "SELECT name, checksum FROM schema_scripts";
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                recorded[reader.GetString(0)] = reader.GetString(1);
            }
        }

        foreach (var script in scripts)
        {
            if (recorded.TryGetValue(script.Name, out var checksum) && checksum != script.Checksum)
            {
                throw new SchemaScriptChangedException(script.Name, checksum, script.Checksum);
            }
        }

        var applied = new List<string>();
        foreach (var script in scripts.Where(s => !recorded.ContainsKey(s.Name)))
        {
            await using var tx = await connection.BeginTransactionAsync(ct);
            await ExecAsync(connection, script.Sql, tx, ct);
            await using (var cmd = connection.CreateCommand())
            {
                cmd.Transaction = tx;
                cmd.CommandText = "INSERT INTO schema_scripts (name, checksum, applied_at) VALUES (@n, @c, @a)";
                AddParam(cmd, "@n", script.Name);
                AddParam(cmd, "@c", script.Checksum);
                AddParam(cmd, "@a", options.Provider == DatabaseProvider.Sqlite
                    ? clock.GetUtcNow().ToString("O")
                    : clock.GetUtcNow());
                await cmd.ExecuteNonQueryAsync(ct);
            }

            await tx.CommitAsync(ct);
            log.LogInformation("Applied schema script {Script}", script.Name);
            applied.Add(script.Name);
        }

        return applied;
    }

    private static void AddParam(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }

    private static async Task ExecAsync(DbConnection connection, string sql, DbTransaction? tx, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.CommandTimeout = 600;
        await cmd.ExecuteNonQueryAsync(ct);
    }
}

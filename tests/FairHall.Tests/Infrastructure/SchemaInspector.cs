using System.Data.Common;
using FairHall.Platform.Data;

namespace FairHall.Tests.Infrastructure;

/// <summary>Reads a database's tables, columns, indexes and foreign keys into comparable lines of text.</summary>
/// <remarks>
/// Tables named *_fts (and FTS5's shadow tables *_fts_*) are skipped on both engines: they are the search
/// engines' own term tables (FTS5 virtual table, tsvector with GIN), written only through raw SQL and not part
/// of the EF model, so the model cannot describe them; the search tests prove them instead.
/// </remarks>
public static class SchemaInspector
{
    public static async Task<List<string>> DescribeAsync(DbConnection connection, DatabaseProvider provider)
    {
        var lines = provider == DatabaseProvider.Sqlite ? await SqliteAsync(connection) : await PostgresAsync(connection);
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<List<string>> SqliteAsync(DbConnection c)
    {
        var lines = new List<string>();
        var tables = await QueryAsync(c, "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_scripts' AND name NOT LIKE '%_fts%'");
        foreach (var t in tables.Select(r => r[0]))
        {
            foreach (var col in await QueryAsync(c, $"PRAGMA table_info(\"{t}\")"))
            {
                lines.Add($"column {t}.{col[1]} {col[2]} notnull={col[3]} pk={col[5]}");
            }

            foreach (var idx in await QueryAsync(c, $"PRAGMA index_list(\"{t}\")"))
            {
                if (idx[3] == "pk")
                {
                    continue;
                }

                var cols = await QueryAsync(c, $"PRAGMA index_info(\"{idx[1]}\")");
                lines.Add($"index {t}.{idx[1]} unique={idx[2]} ({string.Join(",", cols.Select(x => x[2]))})");
            }

            foreach (var fk in await QueryAsync(c, $"PRAGMA foreign_key_list(\"{t}\")"))
            {
                lines.Add($"fk {t}.{fk[3]} -> {fk[2]}.{fk[4]} on delete {fk[6]}");
            }
        }

        return lines;
    }

    private static async Task<List<string>> PostgresAsync(DbConnection c)
    {
        var lines = new List<string>();
        foreach (var col in await QueryAsync(c, """
            SELECT table_name, column_name, data_type, is_nullable, coalesce(character_maximum_length::text, ''), is_identity
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> 'schema_scripts' AND table_name NOT LIKE '%\_fts'
            """))
        {
            lines.Add($"column {col[0]}.{col[1]} {col[2]}({col[4]}) nullable={col[3]} identity={col[5]}");
        }

        foreach (var idx in await QueryAsync(c, "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> 'schema_scripts' AND tablename NOT LIKE '%\\_fts'"))
        {
            lines.Add($"index {idx[0]}.{idx[1]} {idx[2]}");
        }

        foreach (var con in await QueryAsync(c, """
            SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
            WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> 'schema_scripts' AND conrelid::regclass::text NOT LIKE '%\_fts'
            """))
        {
            lines.Add($"constraint {con[0]}.{con[1]} {con[2]}");
        }

        return lines;
    }

    private static async Task<List<string[]>> QueryAsync(DbConnection c, string sql)
    {
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        await using var r = await cmd.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await r.ReadAsync())
        {
            var row = new string[r.FieldCount];
            for (var i = 0; i < r.FieldCount; i++)
            {
                row[i] = r.IsDBNull(i) ? "" : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "";
            }

            rows.Add(row);
        }

        return rows;
    }
}

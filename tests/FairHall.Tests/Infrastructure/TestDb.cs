using FairHall.Platform.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace FairHall.Tests.Infrastructure;

/// <summary>A fresh, empty database of one provider, created for one test class and dropped after it.</summary>
public abstract class TestDb : IAsyncDisposable
{
    public abstract DatabaseProvider Provider { get; }

    public string ConnectionString { get; protected set; } = "";

    public abstract Task CreateAsync();

    public abstract ValueTask DisposeAsync();
}

public sealed class SqliteDb : TestDb
{
    private string? path;

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override Task CreateAsync()
    {
        path = Path.Combine(Path.GetTempPath(), "fairhall-tests", $"{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = path }.ToString();
        return Task.CompletedTask;
    }

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            if (path is not null && File.Exists(path + suffix))
            {
                File.Delete(path + suffix);
            }
        }

        return ValueTask.CompletedTask;
    }
}

public sealed class PostgresDb : TestDb
{
    private string? name;
    private string? admin;

    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    public override async Task CreateAsync()
    {
        admin = await PostgresServer.AdminConnectionStringAsync();
        name = $"fh_{Guid.NewGuid():N}";
        await using (var conn = new NpgsqlConnection(admin))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", conn);
            await cmd.ExecuteNonQueryAsync();
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString();
    }

    public override async ValueTask DisposeAsync()
    {
        if (admin is null || name is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(admin);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }
}

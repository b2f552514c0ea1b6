namespace FairHall.Platform.Data;

/// <summary>Which engine holds the data. SQLite is the embedded default; PostgreSQL is the server engine.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending schema scripts when the application starts (development and tests).</summary>
    public bool ApplySchemaOnStart { get; set; }
}

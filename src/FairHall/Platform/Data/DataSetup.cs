using FairHall.Platform.Audit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FairHall.Platform.Data;

internal static class DataSetup
{
    public static void AddFairHallData(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = builder.Configuration.GetConnectionString("FairHall")
            ?? throw new InvalidOperationException("ConnectionStrings:FairHall is not configured.");
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            connectionString = ResolveSqlitePath(connectionString, builder.Environment.ContentRootPath);
        }

        builder.Services.AddSingleton(options);
        builder.Services.AddScoped<AuditInterceptor>();
        builder.Services.AddSingleton<SqliteWriteGate>();
        builder.Services.AddDbContext<FairHallDbContext>((sp, db) =>
        {
            if (options.Provider == DatabaseProvider.Sqlite)
            {
                db.UseSqlite(connectionString, o => o.MigrationsHistoryTable("__ef_unused"));
                db.AddInterceptors(new SqlitePragmas(), new SqliteWriteGateInterceptor(sp.GetRequiredService<SqliteWriteGate>()));
            }
            else
            {
                db.UseNpgsql(connectionString);
            }

            // Module interceptors (e.g. search indexing) run before the audit one, whose follow-up save also writes what they add after a save.
            db.AddInterceptors([.. sp.GetServices<ISaveChangesInterceptor>(), sp.GetRequiredService<AuditInterceptor>()]);
        });
        builder.Services.AddScoped<SchemaRunner>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
    }

    /// <summary>A relative SQLite file is placed under the content root; its folder is created.</summary>
    private static string ResolveSqlitePath(string connectionString, string contentRoot)
    {
        var csb = new SqliteConnectionStringBuilder(connectionString);
        if (csb.DataSource != ":memory:" && !Path.IsPathRooted(csb.DataSource))
        {
            csb.DataSource = Path.Combine(contentRoot, csb.DataSource);
        }

        var folder = Path.GetDirectoryName(csb.DataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return csb.ToString();
    }
}

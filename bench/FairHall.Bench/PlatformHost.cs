using FairHall.Platform.Data;
using FairHall.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;

namespace FairHall.Bench;

/// <summary>Where the repository is, and FairHall's own services (not started) over the bench database for the load.</summary>
internal static class PlatformHost
{
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FairHall.slnx")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    /// <summary>The connection string of the bench database.</summary>
    public static string ConnectionString(BenchOptions o)
    {
        if (o.Provider == DatabaseProvider.Sqlite)
        {
            var file = o.Database ?? Path.Combine(RepoRoot(), "bench", "data", $"fair-{o.ScaleText}-{o.Seed}.db");
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            return new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(file) }.ToString();
        }

        return o.Database ?? Environment.GetEnvironmentVariable("FAIRHALL_BENCH_POSTGRES")
            ?? throw new InvalidOperationException("PostgreSQL: pass --db \"Host=…;Database=…\" or set FAIRHALL_BENCH_POSTGRES.");
    }

    /// <summary>The configuration FairHall runs with in the bench (also passed to the app process as environment variables).</summary>
    public static Dictionary<string, string?> Settings(BenchOptions o) => new()
    {
        ["Database:Provider"] = o.Provider.ToString(),
        ["ConnectionStrings:FairHall"] = ConnectionString(o),
        ["Database:ApplySchemaOnStart"] = "false",
        ["DemoData:SeedOnStart"] = "false",
        // The driver signs its buyers in before the run, from one address: the login window would refuse them.
        ["RateLimits:Login:PermitLimit"] = "1000000",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
    };

    public static WebApplication Build(BenchOptions o)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = Path.Combine(RepoRoot(), "src", "FairHall"),
            EnvironmentName = "Production",
        });
        builder.Configuration.AddInMemoryCollection(Settings(o));
        builder.AddFairHall();
        return builder.Build();
    }
}

using FairHall.Platform.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FairHall.Tests.Infrastructure;

/// <summary>
/// The whole application on a real database of the given provider, with the real schema scripts and the demo
/// data (one account per role). Extra configuration (SMTP port, rate limits…) can be given by a test.
/// </summary>
public sealed class FairHallApp(TestDb db, IDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    public FakeClock Clock { get; } = new(FakeClock.DefaultStart);

    public TestDb Db => db;

    /// <summary>Uploaded files of this app go to a temporary folder that is removed with the app.</summary>
    public string FilesRoot { get; } = Path.Combine(Path.GetTempPath(), "fairhall-tests", "files-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Test");
        // Serve the project's wwwroot and build-time assets (app.css) as in development, not from a publish folder.
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", db.Provider.ToString());
        builder.UseSetting("ConnectionStrings:FairHall", db.ConnectionString);
        builder.UseSetting("Database:ApplySchemaOnStart", "true");
        builder.UseSetting("DemoData:SeedOnStart", "true");
        builder.UseSetting("RateLimits:Login:PermitLimit", "100000");
        builder.UseSetting("RateLimits:Register:PermitLimit", "100000");
        builder.UseSetting("RateLimits:SmsCode:PermitLimit", "100000");
        builder.UseSetting("RateLimits:CodePages:PermitLimit", "100000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Files:Root", FilesRoot);
        // Scheduled jobs run when a test calls them, at instants of the fake clock, not on a timer.
        builder.UseSetting("Payments:Jobs:Enabled", "false");
        builder.UseSetting("Engagement:Timers", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(FilesRoot))
        {
            Directory.Delete(FilesRoot, recursive: true);
        }
    }

    /// <summary>Runs code against the application's database in a fresh scope.</summary>
    public async Task<T> WithDbAsync<T>(Func<FairHallDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<FairHallDbContext>());
    }

    public async Task WithDbAsync(Func<FairHallDbContext, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<FairHallDbContext>());
    }
}

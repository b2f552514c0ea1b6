using FairHall.Demo;
using FairHall.Platform.Data;

namespace FairHall.Platform.Web;

/// <summary>
/// Before the server listens: applies pending schema scripts (development and tests) and loads the demo
/// data on the first start of an empty database.
/// </summary>
internal sealed class StartupDatabaseWork(IServiceProvider services, DatabaseOptions options, DemoDataOptions demo) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        if (options.ApplySchemaOnStart)
        {
            await scope.ServiceProvider.GetRequiredService<SchemaRunner>().ApplyAsync(cancellationToken);
        }

        if (demo.SeedOnStart)
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

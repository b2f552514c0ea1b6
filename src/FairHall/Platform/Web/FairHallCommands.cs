using FairHall.Demo;
using FairHall.Modules.Discovery;
using FairHall.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Platform.Web;

/// <summary>
/// Command-line verbs: <c>migrate</c> applies the schema scripts; <c>seed-demo</c> loads the demo data into an
/// empty database and builds the search index; <c>search-rebuild</c> rebuilds the search index in batches; <c>model-script</c> prints the create script the EF model expects (to write a new script).
/// </summary>
internal static class FairHallCommands
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        // A verb is the first argument; options (--urls …, key=value) are the host's.
        var verb = args.Length > 0 && !args[0].StartsWith('-') && !args[0].Contains('=') ? args[0] : null;
        if (verb is null)
        {
            return false;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        switch (verb)
        {
            case "migrate":
                var applied = await sp.GetRequiredService<SchemaRunner>().ApplyAsync();
                Console.WriteLine(applied.Count == 0 ? "Schema is up to date." : $"Applied: {string.Join(", ", applied)}");
                return true;
            case "seed-demo":
                await sp.GetRequiredService<SchemaRunner>().ApplyAsync();
                await sp.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(CancellationToken.None);
                Console.WriteLine("Demo data loaded (if the database was empty).");
                Console.WriteLine($"Search index: {await sp.GetRequiredService<ProductIndexer>().RebuildAsync(null, CancellationToken.None)} products; exhibitors and booths: {await sp.GetRequiredService<DirectoryIndexer>().RebuildAsync(CancellationToken.None)}.");
                return true;
            case "search-rebuild":
                await sp.GetRequiredService<SchemaRunner>().ApplyAsync();
                var indexed = await sp.GetRequiredService<ProductIndexer>().RebuildAsync(n => Console.WriteLine($"Indexed {n} products…"), CancellationToken.None);
                Console.WriteLine($"Search index rebuilt: {indexed} listed products; exhibitors and booths: {await sp.GetRequiredService<DirectoryIndexer>().RebuildAsync(CancellationToken.None)}.");
                return true;
            case "model-script":
                Console.WriteLine(sp.GetRequiredService<FairHallDbContext>().Database.GenerateCreateScript());
                return true;
            default:
                Console.Error.WriteLine($"Unknown command '{verb}'. Commands: migrate, seed-demo, search-rebuild, model-script.");
                Environment.ExitCode = 2;
                return true;
        }
    }
}

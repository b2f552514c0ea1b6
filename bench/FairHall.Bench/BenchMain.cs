namespace FairHall.Bench;

/// <summary>
/// <c>dotnet run --project bench/FairHall.Bench -c Release -- run --provider Sqlite --scale 0.01 --seed 42 --out bench/reports/</c>:
/// generates and loads a fair (<c>load</c>), drives FairHall and the bare baselines (<c>drive</c>) and writes the
/// Markdown report; <c>run</c> does all.
/// </summary>
internal static class BenchMain
{
    public static async Task<int> Main(string[] args)
    {
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            await Console.Error.WriteLineAsync(e.Message);
            await Console.Error.WriteLineAsync("Usage: FairHall.Bench load|drive|run [--provider Sqlite|PostgreSql] [--scale 0.001] [--seed 42] [--out bench/reports] [--db file-or-connection] [--fresh] [--smoke] [--step-seconds 5] [--start-rate 25] [--scenarios search,product,...]");
            return 2;
        }

        using var cts = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cts.Cancel();
        };
        static void Log(string line) => Console.WriteLine($"[{TimeProvider.System.GetUtcNow():HH:mm:ss}] {line}");
        var run = new BenchRun(options, Log);
        return options.Command switch
        {
            "load" or "generate" => await run.LoadAsync(cts.Token),
            "search-profile" => await run.SearchProfileAsync(cts.Token),
            "drive" or "run" => await run.RunAsync(load: options.Command == "run", cts.Token),
            _ => Unknown(options.Command),
        };
    }

    private static int Unknown(string command)
    {
        Console.Error.WriteLine($"Unknown command '{command}': load, drive, run.");
        return 2;
    }
}

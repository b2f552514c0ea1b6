using System.Globalization;
using FairHall.Platform.Data;

namespace FairHall.Bench;

/// <summary>Command-line options: <c>--provider Sqlite|PostgreSql --scale 0.001 --seed 42 --out bench/reports/ --duration 5 ...</c>.</summary>
internal sealed record BenchOptions
{
    public string Command { get; init; } = "run";
    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;
    public double Scale { get; init; } = 0.001;
    public int Seed { get; init; } = 42;
    public string Out { get; init; } = "bench/reports";

    /// <summary>SQLite file or PostgreSQL connection string; defaults: bench/data/fair-{scale}-{seed}.db, or FAIRHALL_BENCH_POSTGRES.</summary>
    public string? Database { get; init; }

    /// <summary>Seconds per rate step and scenario.</summary>
    public double StepSeconds { get; init; } = 5;

    /// <summary>First arrival rate (requests per second) and the factor between steps.</summary>
    public double StartRate { get; init; } = 25;
    public double RateFactor { get; init; } = 1.6;
    public int MaxSteps { get; init; } = 10;
    public double P99BoundMs { get; init; } = 200;

    /// <summary>Scenarios to drive (comma list); empty = all that exist.</summary>
    public string[] Scenarios { get; init; } = [];

    /// <summary>Reuse an already loaded database (skip generate/load when its marker matches).</summary>
    public bool Fresh { get; init; }

    /// <summary>search-profile: how many queries of each kind.</summary>
    public int Repeat { get; init; } = 2000;

    /// <summary>CI smoke: one short step per scenario at the start rate, no rate search.</summary>
    public bool Smoke { get; init; }

    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions();
        var i = 0;
        if (args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal))
        {
            o = o with { Command = args[0] };
            i = 1;
        }

        for (; i < args.Length; i++)
        {
            var key = args[i];
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{key} needs a value");
            double Num() => double.Parse(Next(), CultureInfo.InvariantCulture);
            o = key switch
            {
                "--provider" => o with { Provider = Enum.Parse<DatabaseProvider>(Next(), ignoreCase: true) },
                "--scale" => o with { Scale = Num() },
                "--seed" => o with { Seed = (int)Num() },
                "--out" => o with { Out = Next() },
                "--db" => o with { Database = Next() },
                "--step-seconds" => o with { StepSeconds = Num() },
                "--start-rate" => o with { StartRate = Num() },
                "--rate-factor" => o with { RateFactor = Num() },
                "--max-steps" => o with { MaxSteps = (int)Num() },
                "--p99-ms" => o with { P99BoundMs = Num() },
                "--scenarios" => o with { Scenarios = Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "--repeat" => o with { Repeat = (int)Num() },
                "--fresh" => o with { Fresh = true },
                "--smoke" => o with { Smoke = true },
                _ => throw new ArgumentException($"Unknown option {key}"),
            };
        }

        return o;
    }

    public string ScaleText => Scale.ToString("0.######", CultureInfo.InvariantCulture);
}

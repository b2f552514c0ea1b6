using System.Globalization;
using System.Text.Json;

namespace FairHall.Bench;

/// <summary>
/// What a load measured, kept beside the data (<c>bench/data/load-…json</c>) so that a later <c>drive</c> or <c>run</c> on
/// the same database reports the load rates it was built with, and the machine's load while it was built.
/// </summary>
internal sealed record LoadRecord(DateTimeOffset StartedAt, DateTimeOffset FinishedAt, List<LoadFigure> Figures, double LoadAverageMean, double LoadAverageMax)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static string PathOf(BenchOptions o) =>
        Path.Combine(PlatformHost.RepoRoot(), "bench", "data", $"load-{o.Provider.ToString().ToLowerInvariant()}-scale{o.ScaleText}-seed{o.Seed}.json");

    public async Task SaveAsync(BenchOptions o, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(o))!);
        await File.WriteAllTextAsync(PathOf(o), JsonSerializer.Serialize(this, Json), ct);
    }

    public static async Task<LoadRecord?> ReadAsync(BenchOptions o, CancellationToken ct) =>
        File.Exists(PathOf(o)) ? JsonSerializer.Deserialize<LoadRecord>(await File.ReadAllTextAsync(PathOf(o), ct), Json) : null;
}

/// <summary>Samples the 1-minute load average every few seconds while a phase runs.</summary>
internal sealed class LoadAverageSampler : IDisposable
{
    private readonly List<double> samples = [];
    private readonly Timer timer;

    public LoadAverageSampler() => timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromSeconds(10));

    public double Mean
    {
        get
        {
            lock (samples)
            {
                return samples.Count == 0 ? 0 : samples.Average();
            }
        }
    }

    public double Max
    {
        get
        {
            lock (samples)
            {
                return samples.Count == 0 ? 0 : samples.Max();
            }
        }
    }

    /// <summary>The 1-minute load average now (0 where /proc/loadavg cannot be read).</summary>
    public static double Now() => double.TryParse(Text().Split(' ')[0], CultureInfo.InvariantCulture, out var value) ? value : 0;

    /// <summary>The 1-, 5- and 15-minute load averages as /proc/loadavg gives them, or "unknown".</summary>
    public static string Text()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    public void Dispose() => timer.Dispose();

    private void Sample()
    {
        var value = Now();
        lock (samples)
        {
            samples.Add(value);
        }
    }
}

namespace FairHall.Bench;

/// <summary>Figures of one step: requests, errors, percentiles of the latency from the intended send time (ms).</summary>
internal sealed record StepSummary(double Rate, int Requests, int Errors, double P50, double P95, double P99, double Max, double Seconds)
{
    public double ErrorShare => Requests == 0 ? 0 : (double)Errors / Requests;

    /// <summary>Held: p99 under the bound and (almost) no errors.</summary>
    public bool Holds(double p99BoundMs) => Requests > 0 && P99 < p99BoundMs && ErrorShare <= 0.001;
}

/// <summary>
/// Latencies of one step kept in full (at these sizes a sorted array is exact and small: 10 s at 2,000/s is 20,000
/// doubles); percentiles by nearest rank. Failed requests count as errors and their latency is kept too, so a
/// timed-out request weighs on the tail instead of vanishing.
/// </summary>
internal sealed class LatencyRecorder
{
    private readonly Lock gate = new();
    private readonly List<double> samples = [];
    private int errors;

    public void Add(double milliseconds, bool ok)
    {
        lock (gate)
        {
            samples.Add(milliseconds);
            if (!ok)
            {
                errors++;
            }
        }
    }

    public StepSummary Summarize(double rate, double seconds)
    {
        double[] sorted;
        int failed;
        lock (gate)
        {
            sorted = [.. samples];
            failed = errors;
        }

        Array.Sort(sorted);
        return new StepSummary(rate, sorted.Length, failed, Percentile(sorted, 50), Percentile(sorted, 95), Percentile(sorted, 99),
            sorted.Length == 0 ? 0 : sorted[^1], seconds);
    }

    /// <summary>Nearest rank: the smallest sample with at least p % of the samples at or below it.</summary>
    public static double Percentile(double[] sorted, double p)
    {
        if (sorted.Length == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}

using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace FairHall.Bench;

/// <summary>The Markdown report: machine, fair, load rates, engine query, per scenario figures and ratios, memory.</summary>
internal static class Report
{
    public static string Write(
        BenchOptions o, DateTimeOffset started, LoadRecord? record, bool reused, DataSet data, StepSummary engine, StepSummary platformSearch, List<AdversarialResult> adversarial, List<ScenarioResult> results,
        long peakWorkingSet)
    {
        var size = FairSize.Of(o.Scale);
        var load = record?.Figures ?? [];
        var md = new StringBuilder();
        void L(string line = "") => md.Append(line).Append('\n');
        string F(double v, string format = "F1") => v.ToString(format, CultureInfo.InvariantCulture);

        L($"# FairHall bench — {o.Provider}, scale {o.ScaleText}, seed {o.Seed}");
        L();
        L($"Run {started:yyyy-MM-dd HH:mm} UTC with `dotnet run --project bench/FairHall.Bench -c Release -- run --provider {o.Provider}{(o.Provider == FairHall.Platform.Data.DatabaseProvider.PostgreSql ? " --db \"Host=…\"" : "")}" +
          $" --scale {o.ScaleText} --seed {o.Seed}{(reused ? "" : " --fresh")} --step-seconds {F(o.StepSeconds, "0.##")} --start-rate {F(o.StartRate, "0.##")}" +
          $" --rate-factor {F(o.RateFactor, "0.##")} --max-steps {o.MaxSteps}{(o.Smoke ? " --smoke" : "")} --out {o.Out}`.");
        L();
        if (LoadAverageSampler.Now() > Environment.ProcessorCount)
        {
            L($"> **Taken on a loaded machine** (1-minute load average {F(LoadAverageSampler.Now(), "F1")} on {Environment.ProcessorCount} cores): other work competed for the CPU,");
            L("> so these figures show that the tooling works and where the time goes, not what FairHall holds on a quiet machine.");
            L();
        }

        L("## Machine");
        L();
        L($"- {Environment.ProcessorCount} logical cores, {Memory()} RAM, {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture}), {RuntimeInformation.FrameworkDescription}");
        L($"- Load average at the end of the run: {LoadAverageSampler.Text()} — the driver, the bare host and FairHall share these cores; other work on the machine shows here.");
        L();
        L("## Fair");
        L();
        L($"- Generated: {size.Exhibitors:N0} exhibitors (enterprises with complete showcases), {size.Products:N0} listed products, {size.Buyers:N0} buyer accounts.");
        L($"- In the database now: {data.ProductIds.Length:N0} listed products of the current session, {data.ShowcaseIds.Length:N0} public showcases.");
        L();
        if (load.Count > 0)
        {
            L("## Load (through FairHall's bulk path: ProductBulkWriter indexes each batch with the search indexer, audit rows included)");
            L();
            L($"Loaded {(reused ? "by an earlier `load` of the same scale and seed" : "by this run")} from {record!.StartedAt:yyyy-MM-dd HH:mm} to {record.FinishedAt:HH:mm} UTC " +
              $"({F((record.FinishedAt - record.StartedAt).TotalMinutes)} minutes in all); 1-minute load average during the load: mean {F(record.LoadAverageMean)}, max {F(record.LoadAverageMax)} on {Environment.ProcessorCount} cores.");
            L();
            L("| Table(s) | Rows | Seconds | Rows/s |");
            L("|---|---:|---:|---:|");
            foreach (var f in load)
            {
                L($"| {f.Table} | {f.Rows:N0} | {F(f.Seconds)} | {f.RowsPerSecond:N0} |");
            }

            if (load.FirstOrDefault(f => f.Table.StartsWith("products", StringComparison.Ordinal)) is { RowsPerSecond: > 0 } p)
            {
                var minutes = FairSize.FullProducts / p.RowsPerSecond / 60;
                L();
                L($"At this product rate, scale 1 ({FairSize.FullProducts:N0} products) would take about {minutes:F0} minutes (linear extrapolation; index and B-tree depth grow, so it is a lower bound).");
            }

            L();
        }
        else
        {
            L("The database was loaded earlier and no load record was found beside it (bench/data/load-…json), so there are no load rates here.");
            L();
        }

        L("## Search query in the engine, in-process (no HTTP)");
        L();
        L($"{engine.Requests} queries one after another: p50 {F(engine.P50, "F2")} ms, p95 {F(engine.P95, "F2")} ms, p99 {F(engine.P99, "F2")} ms, max {F(engine.Max)} ms ({F(engine.Rate, "F0")} queries/s on one connection).");
        L();
        L($"The same queries through FairHall's `ICatalogSearch` in-process (EF, current-session lookup, relevance ranking of the candidate window, highlighting, visibility check; no HTTP): " +
          $"p50 {F(platformSearch.P50, "F2")} ms, p95 {F(platformSearch.P95, "F2")} ms, p99 {F(platformSearch.P99, "F2")} ms, max {F(platformSearch.Max)} ms " +
          $"(in-process ratio of throughputs, FairHall ÷ engine: {F(engine.Rate > 0 ? platformSearch.Rate / engine.Rate : 0, "F2")}).");
        L();
        L("## Adversarial search queries (through FairHall's API, one at a time, slowest of three; target: none over 1 s, none failing)");
        L();
        L("| Query | Characters | Status | Slowest (ms) |");
        L("|---|---:|---:|---:|");
        foreach (var a in adversarial)
        {
            L($"| {a.Label} | {a.Length:N0} | {a.Status} | {F(a.MaxMs)} |");
        }

        L();
        L($"## Scenarios (open loop; latency from the intended send time; a step holds when p99 < {F(o.P99BoundMs, "F0")} ms and errors ≤ 0.1 %)");
        L();
        L("| Scenario | FairHall rate held /s | p50 | p95 | p99 | max (ms) | Bare rate held /s | Bare p99 | Ratio |");
        L("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            var a = r.AppBest;
            var b = r.BareBest;
            var appOpen = r.AppSteps.Count > 0 && r.AppSteps[^1].Holds(o.P99BoundMs);
            var bareOpen = r.BareSteps.Count > 0 && r.BareSteps[^1].Holds(o.P99BoundMs);
            var ratio = r.Ratio is not { } x ? "–" : appOpen && bareOpen ? "– (neither saturated)" : bareOpen ? $"≤ {F(x, "F2")} (bare not saturated)" : F(x, "F2");
            L($"| {r.Scenario.Name} | {(a is null ? "none" : F(a.Rate, "F0"))} | {(a is null ? "–" : F(a.P50))} | {(a is null ? "–" : F(a.P95))} | {(a is null ? "–" : F(a.P99))} | {(a is null ? "–" : F(a.Max))} | " +
              $"{(r.Scenario.Bare is null ? "n/a" : b is null ? "none" : F(b.Rate, "F0"))} | {(b is null ? "–" : F(b.P99))} | {ratio} |");
        }

        L();
        if (results.Where(r => r.AppSteps.Count > 0).MinBy(r => r.AppBest?.Rate ?? 0) is { } slowest)
        {
            L($"Slowest scenario: **{slowest.Scenario.Name}** ({(slowest.AppBest is { } sb ? $"held {F(sb.Rate, "F0")}/s" : "no step held")}). " +
              "To see what bounds it, profile it: `search-profile` (the engine query and FairHall's search in-process) or the app process under load, " +
              "each under `dotnet-trace collect`; the README's performance section gives the last profile.");
            L();
        }

        L("A step that misses the bound is run once more with fresh requests (shown twice in the tables below); the step-up stops when a rate misses twice in a row.");
        L();
        L($"A rate marked with all steps held means the step-up stopped at --max-steps ({o.MaxSteps}) before p99 crossed the bound: the true limit is higher.");
        L();
        L($"FairHall process peak working set (VmRSS) during the run: {peakWorkingSet / 1024.0 / 1024.0:F0} MiB.");
        L();
        L("### Every step");
        L();
        foreach (var r in results)
        {
            L($"**{r.Scenario.Name}** — {r.Scenario.Description}");
            L();
            L("| Endpoint | Rate /s | Requests | Errors | p50 | p95 | p99 | max (ms) | Held |");
            L("|---|---:|---:|---:|---:|---:|---:|---:|---|");
            foreach (var (who, steps) in new[] { ("FairHall", r.AppSteps), ("bare", r.BareSteps) })
            {
                foreach (var s in steps)
                {
                    L($"| {who} | {F(s.Rate, "F0")} | {s.Requests} | {s.Errors} | {F(s.P50)} | {F(s.P95)} | {F(s.P99)} | {F(s.Max)} | {(s.Holds(o.P99BoundMs) ? "yes" : "no")} |");
                }
            }

            L();
        }

        return md.ToString();
    }

    private static string Memory()
    {
        try
        {
            var line = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
            var kb = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
            return $"{kb / 1024.0 / 1024.0:F1} GiB";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}

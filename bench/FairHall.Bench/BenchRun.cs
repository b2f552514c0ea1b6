using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using FairHall.Demo;

namespace FairHall.Bench;

/// <summary>One scenario's steps on FairHall and on the bare endpoint, and the highest rates held.</summary>
internal sealed record ScenarioResult(Scenario Scenario, List<StepSummary> AppSteps, List<StepSummary> BareSteps, double P99BoundMs)
{
    public StepSummary? AppBest => AppSteps.Where(s => s.Holds(P99BoundMs)).MaxBy(s => s.Rate);

    public StepSummary? BareBest => BareSteps.Where(s => s.Holds(P99BoundMs)).MaxBy(s => s.Rate);

    /// <summary>FairHall's rate at the p99 bound ÷ the bare endpoint's (a lower bound when the bare one never failed).</summary>
    public double? Ratio => AppBest is { } a && BareBest is { } b && b.Rate > 0 ? a.Rate / b.Rate : null;
}

/// <summary>One adversarial search query: its length, FairHall's status and the slowest of three tries.</summary>
internal sealed record AdversarialResult(string Label, int Length, int Status, double MaxMs);

/// <summary>The phases of one bench run: load, start FairHall and the bare host, drive every scenario, report.</summary>
internal sealed class BenchRun(BenchOptions options, Action<string> log)
{
    public async Task<int> LoadAsync(CancellationToken ct)
    {
        var (record, _) = await new Loader(options, log).LoadAsync(ct);
        foreach (var f in record?.Figures ?? [])
        {
            log($"{f.Table}: {f.Rows:N0} rows in {f.Seconds:F1} s = {f.RowsPerSecond:N0} rows/s");
        }

        return 0;
    }

    public async Task<int> RunAsync(bool load, CancellationToken ct)
    {
        var started = TimeProvider.System.GetUtcNow();
        var (record, reused) = load ? await new Loader(options, log).LoadAsync(ct) : (await LoadRecord.ReadAsync(options, ct), true);

        var data = await DataSet.ReadAsync(options, ct);
        log($"Data: {data.ProductIds.Length:N0} listed products, {data.ShowcaseIds.Length:N0} public showcases.");
        Directory.CreateDirectory(options.Out);
        var appPort = FreePort();
        await using var app = await AppProcess.StartAsync(options, appPort, Path.Combine(options.Out, "app.log"), ct);
        await using var bareQueries = new BareQueries(options.Provider, PlatformHost.ConnectionString(options), data.SessionId);
        var barePort = FreePort();
        await using var bare = await BareHost.StartAsync(bareQueries, barePort);
        log($"FairHall (pid {app.Id}) on {app.Address}; bare endpoints on port {barePort}.");

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 512, PooledConnectionLifetime = TimeSpan.FromMinutes(10), UseCookies = false };
        using var appClient = new HttpClient(handler, disposeHandler: false) { BaseAddress = app.Address, Timeout = Timeout.InfiniteTimeSpan };
        using var bareClient = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri($"http://127.0.0.1:{barePort}"), Timeout = Timeout.InfiniteTimeSpan };

        var password = new DemoDataOptions().Password;
        var tokens = await Scenarios.TokensAsync(appClient, data, Math.Min(data.BuyerIds.Length, options.Smoke ? 5 : DataSet.DriverBuyers), password, ct);
        var scenarios = Scenarios.Build(options.Seed, data, tokens)
            .Where(s => options.Scenarios.Length == 0 || options.Scenarios.Contains(s.Name, StringComparer.OrdinalIgnoreCase)).ToList();

        using var sampler = new Timer(_ => app.Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(500));
        var engine = await bareQueries.TimeEngineAsync(Vocabulary.SearchTerms(), options.Smoke ? 50 : 500, ct);
        log($"Engine search query in-process: p50 {engine.P50:F2} ms, p99 {engine.P99:F2} ms, max {engine.Max:F1} ms ({engine.Requests} queries).");
        var platformSearch = await TimePlatformSearchAsync(options.Smoke ? 50 : 500, ct);
        log($"FairHall's ICatalogSearch in-process: p50 {platformSearch.P50:F2} ms, p99 {platformSearch.P99:F2} ms, max {platformSearch.Max:F1} ms.");

        var adversarial = await AdversarialAsync(appClient, ct);
        log($"Adversarial queries: slowest {adversarial.Max(a => a.MaxMs):F1} ms ({adversarial.MaxBy(a => a.MaxMs)!.Label}), statuses {string.Join(",", adversarial.Select(a => a.Status).Distinct())}.");

        List<ScenarioResult> results = [];
        foreach (var scenario in scenarios)
        {
            results.Add(await DriveAsync(scenario, appClient, bareClient, bareQueries, ct));
        }

        var report = Report.Write(options, started, record, reused, data, engine, platformSearch, adversarial, results, app.PeakWorkingSetBytes);
        var file = Path.Combine(options.Out, $"bench-{options.Provider.ToString().ToLowerInvariant()}-scale{options.ScaleText}-{started:yyyyMMdd-HHmm}.md");
        await File.WriteAllTextAsync(file, report, ct);
        log($"Report: {file}");
        var failed = results.Where(r => r.AppSteps.Count == 0 || r.AppSteps[0].Errors > 0).Select(r => r.Scenario.Name).ToList();
        if (options.Smoke)
        {
            Console.WriteLine(failed.Count == 0
                ? $"bench smoke: {results.Count} scenarios answered without errors"
                : $"bench smoke: errors in {string.Join(", ", failed)}");
        }

        return failed.Count == 0 ? 0 : 1;
    }

    private async Task<ScenarioResult> DriveAsync(Scenario scenario, HttpClient appClient, HttpClient bareClient, BareQueries bareQueries, CancellationToken ct)
    {
        // Warm-up (JIT, caches, connections): a few requests one by one, not measured.
        for (var i = 0; i < 20; i++)
        {
            await SendAsync(appClient, scenario.App, scenario.Expected, 1_000_000 + i, ct);
            if (scenario.Bare is { } warmBare)
            {
                await SendAsync(bareClient, warmBare, HttpStatusCode.OK, 1_000_000 + i, ct);
            }
        }

        var result = new ScenarioResult(scenario, [], [], options.P99BoundMs);
        var duration = TimeSpan.FromSeconds(options.StepSeconds);
        var timeout = TimeSpan.FromSeconds(5);
        bool appDone = false, bareDone = scenario.Bare is null;
        var rate = options.StartRate;
        long offset = 0;
        for (var step = 0; step < (options.Smoke ? 1 : options.MaxSteps) && !(appDone && bareDone); step++)
        {
            // Alternately: FairHall at this rate, then the bare endpoint at the same rate, with the same requests.
            var count = OpenLoop.Count(rate, duration);
            if (!appDone)
            {
                appDone = !await StepAsync("FairHall", (n, t) => SendAsync(appClient, scenario.App, scenario.Expected, n, t), result.AppSteps);
            }

            if (!bareDone && scenario.Bare is { } bareRequest)
            {
                if (scenario.Writes)
                {
                    await SettleAsync(bareQueries, ct);
                }

                bareDone = !await StepAsync("bare    ", (n, t) => SendAsync(bareClient, bareRequest, HttpStatusCode.OK, n, t), result.BareSteps);
            }

            offset += 2 * count;
            rate *= options.RateFactor;
        }

        return result;

        // One step; a step that misses the bound runs once more with fresh requests (the second set of numbers), so that
        // one stall of a few hundred milliseconds does not end the step-up: the scenario stops when a rate misses twice.
        async Task<bool> StepAsync(string who, Func<long, CancellationToken, Task<bool>> send, List<StepSummary> steps)
        {
            var first = offset;
            for (var attempt = 1; attempt <= 2; attempt++)
            {
                var from = first + (attempt - 1) * OpenLoop.Count(rate, duration);
                var s = await OpenLoop.RunAsync((n, t) => send(from + n, t), rate, duration, timeout, ct);
                steps.Add(s);
                log($"{scenario.Name,-14} {who} {Line(s)}{(attempt == 2 ? "  (again)" : "")}");
                if (s.Holds(options.P99BoundMs))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// Before a bare write step: wait (up to a minute) until FairHall's outbox has delivered what the FairHall step left,
    /// so that the bare endpoint does not write while FairHall's background work writes to the same database.
    /// </summary>
    private async Task SettleAsync(BareQueries bare, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        long pending;
        while ((pending = await bare.PendingOutboxAsync(ct)) > 0 && watch.Elapsed < TimeSpan.FromMinutes(1))
        {
            await Task.Delay(250, ct);
        }

        if (watch.Elapsed > TimeSpan.FromSeconds(1))
        {
            log($"  (waited {watch.Elapsed.TotalSeconds:F0} s for FairHall's outbox; {pending} still pending)");
        }
    }

    /// <summary>Each adversarial query three times through FairHall's search API, one at a time: the slowest time and the status.</summary>
    private static async Task<List<AdversarialResult>> AdversarialAsync(HttpClient app, CancellationToken ct)
    {
        List<AdversarialResult> results = [];
        foreach (var (label, query) in Vocabulary.AdversarialTerms())
        {
            var max = 0.0;
            var status = 0;
            for (var i = 0; i < 3; i++)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await app.GetAsync($"/api/v1/search/products?q={Uri.EscapeDataString(query)}", ct);
                await response.Content.ReadAsByteArrayAsync(ct);
                max = Math.Max(max, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                status = (int)response.StatusCode;
            }

            results.Add(new AdversarialResult(label, query.Length, status, max));
        }

        return results;
    }

    /// <summary>
    /// <c>search-profile</c>: the engine query and FairHall's search, in-process and one after another, <c>--repeat</c> times
    /// each, on a loaded database; run it under <c>dotnet-trace collect</c> to see where the search time goes.
    /// </summary>
    public async Task<int> SearchProfileAsync(CancellationToken ct)
    {
        var data = await DataSet.ReadAsync(options, ct);
        await using var bareQueries = new BareQueries(options.Provider, PlatformHost.ConnectionString(options), data.SessionId);
        var engine = await bareQueries.TimeEngineAsync(Vocabulary.SearchTerms(), options.Repeat, ct);
        log($"Engine query: p50 {engine.P50:F2} ms, p95 {engine.P95:F2} ms, p99 {engine.P99:F2} ms, max {engine.Max:F1} ms ({engine.Rate:F0}/s on one connection).");
        var platform = await TimePlatformSearchAsync(options.Repeat, ct);
        log($"FairHall's ICatalogSearch: p50 {platform.P50:F2} ms, p95 {platform.P95:F2} ms, p99 {platform.P99:F2} ms, max {platform.Max:F1} ms ({platform.Rate:F0}/s).");
        return 0;
    }

    /// <summary>The same queries through FairHall's own search service in-process (EF, session lookup, ranking, highlighting; no HTTP).</summary>
    private async Task<StepSummary> TimePlatformSearchAsync(int count, CancellationToken ct)
    {
        await using var host = PlatformHost.Build(options);
        var queries = Vocabulary.SearchTerms();
        var recorder = new LatencyRecorder();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            await using var scope = host.Services.CreateAsyncScope(); // one scope per request, as in the app
            var search = scope.ServiceProvider.GetRequiredService<FairHall.Modules.Discovery.ICatalogSearch>();
            var start = Stopwatch.GetTimestamp();
            await search.SearchAsync(new FairHall.Modules.Discovery.SearchRequest(queries[i % queries.Count]), ct);
            recorder.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds, ok: true);
        }

        return recorder.Summarize(count / watch.Elapsed.TotalSeconds, watch.Elapsed.TotalSeconds);
    }

    private static string Line(StepSummary s) =>
        $"{s.Rate,7:F0}/s  n={s.Requests,6} err={s.Errors,4}  p50 {s.P50,7:F1}  p95 {s.P95,7:F1}  p99 {s.P99,7:F1}  max {s.Max,7:F1} ms";

    private static async Task<bool> SendAsync(HttpClient client, Func<long, HttpRequestMessage> make, HttpStatusCode expected, long n, CancellationToken ct)
    {
        using var request = make(n);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        return response.StatusCode == expected;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    internal static string Elapsed(Stopwatch watch) => $"{watch.Elapsed.TotalSeconds:F1} s";
}

using FairHall.Bench;

namespace FairHall.Tests.Bench;

/// <summary>The bench's generator is deterministic and streams; the open-loop driver keeps its schedule and its percentiles are exact.</summary>
[Trait("Req", "BENCH")]
public sealed class BenchToolTests
{
    private static FairGenerator Generator(int seed, double scale = 0.0002) => new(seed, FairSize.Of(scale), zones: 50);

    [Fact]
    public void The_same_seed_gives_the_same_first_rows_and_another_seed_other_rows()
    {
        Generator(42).Exhibitors().Take(5).ShouldBe(Generator(42).Exhibitors().Take(5));
        Generator(42).Products().Take(50).ShouldBe(Generator(42).Products().Take(50));
        Generator(42).Buyers().Take(5).ShouldBe(Generator(42).Buyers().Take(5));
        Generator(7).Products().Take(50).Select(p => p.NameZh).ShouldNotBe(Generator(42).Products().Take(50).Select(p => p.NameZh));
        Generator(7).Exhibitors().Take(5).Select(e => e.NameZh).ShouldNotBe(Generator(42).Exhibitors().Take(5).Select(e => e.NameZh));
    }

    [Fact]
    public void An_exhibitors_products_do_not_depend_on_where_the_stream_starts()
    {
        var all = Generator(42).Products().ToList();
        var fromThird = Generator(42).Products(fromExhibitor: 2, toExhibitor: 3).ToList();
        fromThird.ShouldNotBeEmpty();
        fromThird.ShouldBe(all.Where(p => p.ExhibitorIndex == 2).ToList());
        all.Select(p => p.Index).ShouldBe(Enumerable.Range(0, all.Count));
        all.ShouldAllBe(p => p.ZoneSlot >= 0 && p.ZoneSlot < 50);
        Generator(42).Exhibitors().Select(e => e.ZoneSlot).ShouldBe(Enumerable.Range(0, FairSize.Of(0.0002).Exhibitors).Select(Generator(42).ExhibitorZone));
    }

    [Fact]
    public void Sizes_follow_the_scale_and_rows_are_bilingual_with_some_prices_absent()
    {
        FairSize.Of(1).ShouldBe(new FairSize(30_000, 3_000_000, 500_000));
        FairSize.Of(0.01).ShouldBe(new FairSize(300, 30_000, 5_000));
        var g = Generator(42, 0.001);
        var products = g.Products().ToList();
        products.Count.ShouldBe(3_000);
        products.ShouldAllBe(p => p.NameZh.Length > 0 && p.NameEn.Length > 0 && p.NameZh.Length <= 100 && p.NameEn.Length <= 100);
        products.Count(p => p.MarketPriceFen is null).ShouldBeInRange(300, 600); // about 15 % 暂无报价
        products.ShouldContain(p => p.NameZh.Contains("水杯"));
        var exhibitors = g.Exhibitors().ToList();
        exhibitors.Select(e => e.NameZh).Distinct().Count().ShouldBe(exhibitors.Count); // enterprise names are unique
        g.Buyers().Select(b => b.UserName).Distinct().Count().ShouldBe(500);
    }

    [Fact]
    public void Zipf_draws_are_skewed_toward_the_first_ranks()
    {
        var r = new Random(1);
        var draws = Enumerable.Range(0, 20_000).Select(_ => FairGenerator.Zipf(r, 1000)).ToList();
        draws.ShouldAllBe(k => k >= 0 && k < 1000);
        draws.Count(k => k < 10).ShouldBeGreaterThan(draws.Count(k => k >= 500)); // the top 1 % outdraws the bottom half
        draws.Count(k => k == 0).ShouldBeGreaterThan(draws.Count(k => k == 100) * 5);
    }

    [Fact]
    public void Requests_are_due_at_a_fixed_rate_from_the_start()
    {
        OpenLoop.Due(0, 100).ShouldBe(TimeSpan.Zero);
        OpenLoop.Due(1, 100).ShouldBe(TimeSpan.FromMilliseconds(10));
        OpenLoop.Due(250, 100).ShouldBe(TimeSpan.FromSeconds(2.5));
        OpenLoop.Due(3, 1000).ShouldBe(TimeSpan.FromMilliseconds(3));
        OpenLoop.Count(100, TimeSpan.FromSeconds(5)).ShouldBe(500);
        OpenLoop.Count(0.1, TimeSpan.FromSeconds(1)).ShouldBe(1);
    }

    [Fact]
    public void Percentiles_are_nearest_rank_and_errors_are_counted()
    {
        double[] sorted = [.. Enumerable.Range(1, 100).Select(i => (double)i)];
        LatencyRecorder.Percentile(sorted, 50).ShouldBe(50);
        LatencyRecorder.Percentile(sorted, 95).ShouldBe(95);
        LatencyRecorder.Percentile(sorted, 99).ShouldBe(99);
        LatencyRecorder.Percentile(sorted, 100).ShouldBe(100);
        LatencyRecorder.Percentile([7], 99).ShouldBe(7);
        LatencyRecorder.Percentile([], 99).ShouldBe(0);

        var recorder = new LatencyRecorder();
        foreach (var ms in new[] { 30.0, 10, 20, 500 })
        {
            recorder.Add(ms, ok: ms < 400);
        }

        var s = recorder.Summarize(rate: 4, seconds: 1);
        (s.Requests, s.Errors, s.P50, s.Max).ShouldBe((4, 1, 20.0, 500.0));
        s.Holds(200).ShouldBeFalse(); // an error and a p99 over the bound
        new StepSummary(10, 100, 0, 5, 9, 150, 180, 10).Holds(200).ShouldBeTrue();
        new StepSummary(10, 100, 0, 5, 9, 250, 280, 10).Holds(200).ShouldBeFalse();
    }

    [Fact]
    public async Task The_open_loop_sends_every_request_and_measures_from_the_intended_time()
    {
        var sent = new System.Collections.Concurrent.ConcurrentBag<long>();
        // Every request takes 50 ms: latency from the intended time is at least that, whatever the scheduling.
        var s = await OpenLoop.RunAsync(async (n, ct) =>
        {
            sent.Add(n);
            await Task.Delay(50, ct);
            return n != 3;
        }, rate: 200, TimeSpan.FromSeconds(0.25), TimeSpan.FromSeconds(5), CancellationToken.None);

        sent.OrderBy(n => n).ShouldBe(Enumerable.Range(0, 50).Select(i => (long)i));
        s.Requests.ShouldBe(50);
        s.Errors.ShouldBe(1);
        s.P50.ShouldBeGreaterThanOrEqualTo(50);
    }

    [Fact]
    public void Options_parse_the_documented_command_line()
    {
        var o = BenchOptions.Parse(["run", "--provider", "PostgreSql", "--scale", "0.01", "--seed", "7", "--out", "x/", "--smoke", "--scenarios", "search,intent"]);
        (o.Command, o.Provider, o.Scale, o.Seed, o.Out, o.Smoke).ShouldBe(("run", FairHall.Platform.Data.DatabaseProvider.PostgreSql, 0.01, 7, "x/", true));
        o.Scenarios.ShouldBe(["search", "intent"]);
        Should.Throw<ArgumentException>(() => BenchOptions.Parse(["run", "--nope"]));
    }
}

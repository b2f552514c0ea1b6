using System.Diagnostics;

namespace FairHall.Bench;

/// <summary>
/// An open-loop load: request i is due at start + i/rate whatever happened to the earlier ones, and its latency is
/// measured from that intended time, not from when it was actually sent, so a stalled server or a late sender shows
/// as latency instead of silently lowering the rate (coordinated omission corrected).
/// </summary>
internal static class OpenLoop
{
    /// <summary>Beyond this many requests in flight the driver stops sending and counts the rest as errors (the server is drowning).</summary>
    public const int MaxInFlight = 4000;

    /// <summary>When request <paramref name="i"/> is due, from the start of the step.</summary>
    public static TimeSpan Due(long i, double rate) => TimeSpan.FromTicks((long)Math.Round(i * TimeSpan.TicksPerSecond / rate));

    /// <summary>How many requests a step of this length sends.</summary>
    public static long Count(double rate, TimeSpan duration) => Math.Max(1, (long)Math.Floor(rate * duration.TotalSeconds));

    /// <summary>
    /// Sends <see cref="Count"/> requests at <paramref name="rate"/> per second; <paramref name="send"/> gets the request
    /// number and says whether the answer was right. A request over <paramref name="timeout"/> is an error.
    /// </summary>
    public static async Task<StepSummary> RunAsync(
        Func<long, CancellationToken, Task<bool>> send, double rate, TimeSpan duration, TimeSpan timeout, CancellationToken ct)
    {
        var recorder = new LatencyRecorder();
        var count = Count(rate, duration);
        var tasks = new List<Task>((int)Math.Min(count, 1_000_000));
        var inFlight = 0;
        var start = Stopwatch.GetTimestamp();
        for (long i = 0; i < count && !ct.IsCancellationRequested; i++)
        {
            var due = start + (long)(Due(i, rate).Ticks * (Stopwatch.Frequency / (double)TimeSpan.TicksPerSecond));
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait, ct).ConfigureAwait(false);
            }

            if (Volatile.Read(ref inFlight) >= MaxInFlight)
            {
                recorder.Add(timeout.TotalMilliseconds, ok: false);
                continue;
            }

            Interlocked.Increment(ref inFlight);
            var n = i;
            tasks.Add(Task.Run(async () =>
            {
                var ok = false;
                // From the intended time, or from the actual send when the sender was early (it sleeps in 1 ms steps).
                var from = Math.Min(due, Stopwatch.GetTimestamp());
                try
                {
                    using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
                    cts.CancelAfter(timeout);
                    ok = await send(n, cts.Token).ConfigureAwait(false);
                }
                catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
                {
                    ok = false;
                }
                finally
                {
                    Interlocked.Decrement(ref inFlight);
                }

                recorder.Add(Stopwatch.GetElapsedTime(from).TotalMilliseconds, ok);
            }, CancellationToken.None));
        }

        await Task.WhenAll(tasks).ConfigureAwait(false);
        return recorder.Summarize(rate, Stopwatch.GetElapsedTime(start).TotalSeconds);
    }
}

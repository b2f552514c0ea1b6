using System.Collections.Concurrent;
using FairHall.Platform.Data;
using FairHall.Platform.Notifications;
using FairHall.Platform.Outbox;

namespace FairHall.Tests.Platform.Messaging;

/// <summary>A test event; <see cref="Key"/> tells the probes apart.</summary>
public sealed record ProbeHappened(string Key) : IOutboxEvent;

/// <summary>What the probe handlers did, and what they should do next.</summary>
public sealed class ProbeLog
{
    public ConcurrentDictionary<string, int> FirstCalls { get; } = new();
    public ConcurrentDictionary<string, int> SecondCalls { get; } = new();
    public ConcurrentDictionary<string, bool> SecondFails { get; } = new();
    public int DelayMilliseconds { get; set; }
}

internal sealed class FirstProbeHandler(ProbeLog log) : IOutboxHandler<ProbeHappened>
{
    public async Task HandleAsync(ProbeHappened evt, CancellationToken ct)
    {
        if (log.DelayMilliseconds > 0)
        {
            await Task.Delay(log.DelayMilliseconds, ct);
        }

        log.FirstCalls.AddOrUpdate(evt.Key, 1, (_, n) => n + 1);
    }
}

/// <summary>Writes a notification row, then fails when asked: the row must then roll back with it.</summary>
internal sealed class SecondProbeHandler(ProbeLog log, FairHallDbContext db, TimeProvider clock) : IOutboxHandler<ProbeHappened>
{
    public async Task HandleAsync(ProbeHappened evt, CancellationToken ct)
    {
        log.SecondCalls.AddOrUpdate(evt.Key, 1, (_, n) => n + 1);
        db.Set<Notification>().Add(new Notification { UserId = -1, TitleZh = evt.Key, TitleEn = evt.Key, CreatedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(ct);
        if (log.SecondFails.ContainsKey(evt.Key))
        {
            throw new InvalidOperationException($"probe {evt.Key} told to fail");
        }
    }
}

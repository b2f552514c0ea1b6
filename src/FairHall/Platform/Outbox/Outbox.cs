using System.Text.Json;
using FairHall.Platform.Data;

namespace FairHall.Platform.Outbox;

/// <summary>Marker for an event carried by the outbox. Name events in the past tense (ZoneCreated).</summary>
public interface IOutboxEvent;

/// <summary>Adds events to the current unit of work; they are saved by the same SaveChanges as the change.</summary>
public sealed class Outbox(FairHallDbContext db, TimeProvider clock)
{
    public void Add<TEvent>(TEvent evt) where TEvent : IOutboxEvent
    {
        var now = clock.GetUtcNow();
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Type = typeof(TEvent).FullName ?? typeof(TEvent).Name,
            Payload = JsonSerializer.Serialize(evt),
            OccurredAt = now,
            NextAttemptAt = now,
        });
    }
}

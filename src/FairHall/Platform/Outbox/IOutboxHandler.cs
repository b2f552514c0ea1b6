namespace FairHall.Platform.Outbox;

/// <summary>
/// Handles one kind of outbox event. Each handler runs in its own DI scope and database transaction; its
/// delivery is recorded in that same transaction, so a handler that succeeded never runs again for the same
/// message, even when another handler of that message fails and the message is retried.
/// </summary>
/// <remarks>
/// Database changes made through the scope's <c>FairHallDbContext</c> commit atomically with the delivery
/// record. Effects outside the database (SMTP, SMS carrier) are at-least-once: a crash between the send and
/// the commit sends again, so such handlers should tolerate a duplicate.
/// </remarks>
public interface IOutboxHandler<in TEvent> where TEvent : IOutboxEvent
{
    Task HandleAsync(TEvent evt, CancellationToken ct);
}

/// <summary>One handler registered for one event type; the dispatcher finds handlers through these.</summary>
public sealed class OutboxHandlerRegistration(Type eventType, Type handlerType, Func<object, object, CancellationToken, Task> invoke)
{
    public Type EventType => eventType;

    public Type HandlerType => handlerType;

    /// <summary>Calls the handler (resolved from a scope) with the deserialized event, without reflection per call.</summary>
    public Func<object, object, CancellationToken, Task> Invoke => invoke;

    /// <summary>The stable name recorded in outbox_deliveries: renaming a handler class re-runs it for pending messages.</summary>
    public string Name => HandlerType.FullName ?? HandlerType.Name;

    /// <summary>The name <see cref="Outbox.Add{TEvent}"/> stores in outbox_messages.type.</summary>
    public string EventName => EventType.FullName ?? EventType.Name;
}

public static class OutboxHandlerServices
{
    /// <summary>Registers a handler of <typeparamref name="TEvent"/>; several handlers per event type are allowed.</summary>
    public static IServiceCollection AddOutboxHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IOutboxEvent
        where THandler : class, IOutboxHandler<TEvent>
    {
        services.AddScoped<THandler>();
        services.AddSingleton(new OutboxHandlerRegistration(
            typeof(TEvent), typeof(THandler), (handler, evt, ct) => ((THandler)handler).HandleAsync((TEvent)evt, ct)));
        return services;
    }
}

using FairHall.Platform.Data;
using FairHall.Platform.Notifications;
using FairHall.Platform.Outbox;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Tests.Platform.Messaging;

/// <summary>The transactional outbox: written with the change, delivered once per handler, retried with backoff.</summary>
[Trait("Req", "X-1")]
public abstract class OutboxTests<TDb>(ProbeFixture<TDb> fixture) : IClassFixture<ProbeFixture<TDb>> where TDb : TestDb, new()
{
    private IServiceProvider Node => fixture.Node.Services;

    [Fact]
    public async Task An_event_is_saved_with_its_change_and_vanishes_when_the_change_fails()
    {
        var saved = Key();
        await InScopeAsync(async (db, outbox) =>
        {
            db.Set<SmsMessage>().Add(new SmsMessage { Phone = "13900000000", Text = saved, Purpose = "test" });
            outbox.Add(new ProbeHappened(saved));
            await db.SaveChangesAsync();
        });

        var failed = Key();
        await InScopeAsync(async (db, _) =>
        {
            db.Set<OutboxDelivery>().Add(new OutboxDelivery { MessageId = -7, Handler = failed });
            await db.SaveChangesAsync();
        });
        await InScopeAsync(async (db, outbox) =>
        {
            outbox.Add(new ProbeHappened(failed));
            // The same (message, handler) twice violates the unique index: the whole SaveChanges fails.
            db.Set<OutboxDelivery>().Add(new OutboxDelivery { MessageId = -7, Handler = failed });
            await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
        });

        var rolledBack = Key();
        await InScopeAsync(async (db, outbox) =>
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            db.Set<SmsMessage>().Add(new SmsMessage { Phone = "13900000000", Text = rolledBack, Purpose = "test" });
            outbox.Add(new ProbeHappened(rolledBack));
            await db.SaveChangesAsync();
            await tx.RollbackAsync();
        });

        (await MessagesAsync(saved)).Count.ShouldBe(1);
        (await CountAsync<SmsMessage>(m => m.Text == saved)).ShouldBe(1);
        (await MessagesAsync(failed)).ShouldBeEmpty();
        (await MessagesAsync(rolledBack)).ShouldBeEmpty();
        (await CountAsync<SmsMessage>(m => m.Text == rolledBack)).ShouldBe(0);
    }

    [Fact]
    public async Task Dispatch_delivers_to_every_handler_once_and_records_each_delivery()
    {
        var key = await AddProbeAsync();

        await fixture.NodeDispatcher.DispatchDueAsync();
        await fixture.NodeDispatcher.DispatchDueAsync();

        fixture.Log.FirstCalls[key].ShouldBe(1);
        fixture.Log.SecondCalls[key].ShouldBe(1);
        var message = (await MessagesAsync(key)).ShouldHaveSingleItem();
        message.ProcessedAt.ShouldBe(fixture.App.Clock.GetUtcNow());
        message.LockedUntil.ShouldBeNull();
        (await CountAsync<OutboxDelivery>(d => d.MessageId == message.Id)).ShouldBe(2);
    }

    [Fact]
    public async Task A_failing_handler_is_retried_after_a_backoff_and_a_succeeded_handler_is_not_run_again()
    {
        var key = Key();
        fixture.Log.SecondFails[key] = true;
        await AddProbeAsync(key);
        var start = fixture.App.Clock.GetUtcNow();

        await fixture.NodeDispatcher.DispatchDueAsync();

        var failed = (await MessagesAsync(key)).ShouldHaveSingleItem();
        failed.ProcessedAt.ShouldBeNull();
        failed.Attempts.ShouldBe(1);
        failed.LastError.ShouldNotBeNull().ShouldContain("told to fail");
        failed.NextAttemptAt.ShouldBe(start.AddSeconds(5));
        // The failed handler's own writes rolled back with it.
        (await CountAsync<Notification>(n => n.TitleZh == key)).ShouldBe(0);

        await fixture.NodeDispatcher.DispatchDueAsync();
        fixture.Log.SecondCalls[key].ShouldBe(1, "not due before the backoff has passed");

        fixture.App.Clock.Advance(TimeSpan.FromSeconds(5));
        fixture.Log.SecondFails.TryRemove(key, out _);
        await fixture.NodeDispatcher.DispatchDueAsync();

        fixture.Log.FirstCalls[key].ShouldBe(1);
        fixture.Log.SecondCalls[key].ShouldBe(2);
        var done = (await MessagesAsync(key)).ShouldHaveSingleItem();
        done.ProcessedAt.ShouldNotBeNull();
        done.Attempts.ShouldBe(1);
        (await CountAsync<Notification>(n => n.TitleZh == key)).ShouldBe(1);
    }

    [Fact]
    public async Task Backoff_doubles_and_after_ten_attempts_the_message_stays_failed_with_its_error()
    {
        var key = Key();
        fixture.Log.SecondFails[key] = true;
        await AddProbeAsync(key);
        var expectedDelay = TimeSpan.FromSeconds(5);

        for (var attempt = 1; attempt <= 10; attempt++)
        {
            var before = fixture.App.Clock.GetUtcNow();
            await fixture.NodeDispatcher.DispatchDueAsync();
            var message = (await MessagesAsync(key)).ShouldHaveSingleItem();
            message.Attempts.ShouldBe(attempt);
            message.NextAttemptAt.ShouldBe(before + expectedDelay);
            fixture.App.Clock.Set(message.NextAttemptAt);
            expectedDelay *= 2;
        }

        fixture.App.Clock.Advance(TimeSpan.FromDays(1));
        await fixture.NodeDispatcher.DispatchDueAsync();

        var given_up = (await MessagesAsync(key)).ShouldHaveSingleItem();
        given_up.Attempts.ShouldBe(10);
        given_up.ProcessedAt.ShouldBeNull();
        given_up.LastError.ShouldNotBeNull().ShouldContain("told to fail");
        fixture.Log.SecondCalls[key].ShouldBe(10);
        fixture.Log.FirstCalls[key].ShouldBe(1);
        fixture.Log.SecondFails.TryRemove(key, out _);
    }

    [Fact]
    public async Task Two_dispatchers_racing_on_the_same_database_deliver_each_message_exactly_once()
    {
        var keys = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            keys.Add(await AddProbeAsync());
        }

        // A second node: its own dispatcher instance and its own connections, same database.
        var other = ActivatorUtilities.CreateInstance<OutboxDispatcher>(Node);
        fixture.Log.DelayMilliseconds = 5;
        try
        {
            var claimed = await Task.WhenAll(
                Task.Run(() => fixture.NodeDispatcher.DispatchDueAsync()),
                Task.Run(() => other.DispatchDueAsync()),
                Task.Run(() => fixture.NodeDispatcher.DispatchDueAsync()),
                Task.Run(() => other.DispatchDueAsync()));
            claimed.Sum().ShouldBeGreaterThanOrEqualTo(keys.Count);
        }
        finally
        {
            fixture.Log.DelayMilliseconds = 0;
        }

        foreach (var key in keys)
        {
            fixture.Log.FirstCalls[key].ShouldBe(1, key);
            fixture.Log.SecondCalls[key].ShouldBe(1, key);
            (await MessagesAsync(key)).ShouldHaveSingleItem().ProcessedAt.ShouldNotBeNull();
        }

        var duplicates = await InScopeAsync((db, _) => db.Set<OutboxDelivery>()
            .GroupBy(d => new { d.MessageId, d.Handler }).Where(g => g.Count() > 1).CountAsync());
        duplicates.ShouldBe(0);
    }

    private static string Key() => $"probe-{Guid.NewGuid():N}";

    private async Task<string> AddProbeAsync(string? key = null)
    {
        key ??= Key();
        await InScopeAsync(async (db, outbox) =>
        {
            outbox.Add(new ProbeHappened(key));
            await db.SaveChangesAsync();
        });
        return key;
    }

    private Task<List<OutboxMessage>> MessagesAsync(string key) =>
        InScopeAsync((db, _) => db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Payload.Contains(key)).ToListAsync());

    private Task<int> CountAsync<T>(System.Linq.Expressions.Expression<Func<T, bool>> where) where T : class =>
        InScopeAsync((db, _) => db.Set<T>().CountAsync(where));

    private async Task InScopeAsync(Func<FairHallDbContext, Outbox, Task> work)
    {
        await using var scope = Node.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<FairHallDbContext>(), scope.ServiceProvider.GetRequiredService<Outbox>());
    }

    private async Task<T> InScopeAsync<T>(Func<FairHallDbContext, Outbox, Task<T>> work)
    {
        await using var scope = Node.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<FairHallDbContext>(), scope.ServiceProvider.GetRequiredService<Outbox>());
    }
}

[Trait("Provider", "sqlite")]
public sealed class OutboxTestsOnSqlite(ProbeFixture<SqliteDb> f) : OutboxTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class OutboxTestsOnPostgres(ProbeFixture<PostgresDb> f) : OutboxTests<PostgresDb>(f);

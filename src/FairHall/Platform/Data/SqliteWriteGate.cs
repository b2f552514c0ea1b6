using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FairHall.Platform.Data;

/// <summary>
/// SQLite has one writer at a time. Left to itself, every transaction that finds the file locked sleeps in SQLite's
/// busy handler (1, 2, 5 … 100 ms steps) and polls again, so under a burst of writes the lock sits free while
/// waiters sleep, and latency climbs to seconds (measured by the Canton-scale bench: intents collapsed at 164/s
/// with 2.5 ms of CPU each). The gate makes the app's transactions queue in process instead: the next one starts
/// the moment the previous one ends. It is one per app (one database), and only for SQLite.
/// </summary>
/// <remarks>
/// A transaction holds the gate from its start until it commits, rolls back or fails, or its connection closes
/// (a transaction disposed without a commit). A connection that holds the gate and starts another transaction
/// keeps it. Waiting is bounded like SQLite's busy timeout, after which the start fails as a busy database would.
/// Writes outside a transaction (autocommit) do not take the gate; SQLite's own busy handling covers them.
/// </remarks>
internal sealed class SqliteWriteGate
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Lock ownerLock = new();
    private DbConnection? owner;

    public async ValueTask EnterAsync(DbConnection connection, CancellationToken ct)
    {
        if (Owns(connection))
        {
            return;
        }

        if (!await gate.WaitAsync(Timeout, ct))
        {
            throw Busy();
        }

        SetOwner(connection);
    }

    public void Enter(DbConnection connection)
    {
        if (Owns(connection))
        {
            return;
        }

        if (!gate.Wait(Timeout))
        {
            throw Busy();
        }

        SetOwner(connection);
    }

    public void Leave(DbConnection connection)
    {
        lock (ownerLock)
        {
            if (!ReferenceEquals(owner, connection))
            {
                return;
            }

            owner = null;
        }

        gate.Release();
    }

    private static DatabaseBusyException Busy() => new($"The database stayed busy with other writes for {Timeout.TotalSeconds:F0} s.");

    private bool Owns(DbConnection connection)
    {
        lock (ownerLock)
        {
            return ReferenceEquals(owner, connection);
        }
    }

    private void SetOwner(DbConnection connection)
    {
        lock (ownerLock)
        {
            owner = connection;
        }
    }
}

/// <summary>Takes the <see cref="SqliteWriteGate"/> when a transaction starts and gives it back when it ends or its connection closes.</summary>
internal sealed class SqliteWriteGateInterceptor(SqliteWriteGate gate) : IDbTransactionInterceptor, IDbConnectionInterceptor
{
    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        gate.Enter(connection);
        return result;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        await gate.EnterAsync(connection, cancellationToken);
        return result;
    }

    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result) => result;

    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(result);

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Leave(eventData);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Leave(eventData);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(eventData);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Leave(eventData);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(eventData);
        return Task.CompletedTask;
    }

    private void Leave(TransactionEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            gate.Leave(context.Database.GetDbConnection());
        }
    }

    public void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => gate.Leave(connection);

    public Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        gate.Leave(connection);
        return Task.CompletedTask;
    }

    public void ConnectionDisposed(DbConnection connection, ConnectionEndEventData eventData) => gate.Leave(connection);

    public Task ConnectionDisposedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        gate.Leave(connection);
        return Task.CompletedTask;
    }
}

/// <summary>A write could not start in time because others held the database; nothing was written.</summary>
public sealed class DatabaseBusyException(string message) : TimeoutException(message);

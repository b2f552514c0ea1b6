using System.Runtime.CompilerServices;
using System.Text.Json;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace FairHall.Platform.Audit;

/// <summary>
/// Records every insert, update and delete as an <see cref="AuditEntry"/> in the same transaction as the change.
/// Generated keys are only known after the first save, so the interceptor opens a transaction when none is
/// running, saves the change, then saves the audit rows and commits.
/// </summary>
public sealed class AuditInterceptor(ICurrentActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly HashSet<string> Secret = ["PasswordHash", "SecurityStamp", "ConcurrencyStamp"];
    private static readonly ConditionalWeakTable<DbContext, Pending> PendingByContext = new();

    private sealed class Pending
    {
        public List<(EntityEntry Entry, string Action, Dictionary<string, object?>? Before, HashSet<string>? Modified)> Changes { get; } = [];
        public IDbContextTransaction? OwnTransaction { get; set; }
        public bool Writing { get; set; }
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        var context = eventData.Context;
        if (context is null)
        {
            return result;
        }

        var pending = PendingByContext.GetOrCreateValue(context);
        if (pending.Writing)
        {
            return result;
        }

        pending.Changes.Clear();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.Metadata.ClrType.IsDefined(typeof(NotAuditedAttribute), false) || entry.Metadata.IsOwned())
            {
                continue;
            }

            switch (entry.State)
            {
                case EntityState.Added:
                    pending.Changes.Add((entry, "create", null, null));
                    break;
                case EntityState.Modified:
                    var before = Values(entry, original: true, only: ModifiedNames(entry));
                    pending.Changes.Add((entry, "update", before, [.. before.Keys]));
                    break;
                case EntityState.Deleted:
                    pending.Changes.Add((entry, "delete", Values(entry, original: true, only: null), null));
                    break;
                default:
                    break;
            }
        }

        if (pending.Changes.Count > 0 && context.Database.CurrentTransaction is null)
        {
            pending.OwnTransaction = await context.Database.BeginTransactionAsync(cancellationToken);
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        var context = eventData.Context;
        if (context is null || !PendingByContext.TryGetValue(context, out var pending) || pending.Writing || pending.Changes.Count == 0)
        {
            return result;
        }

        var now = clock.GetUtcNow();
        foreach (var (entry, action, before, modified) in pending.Changes)
        {
            context.Add(new AuditEntry
            {
                At = now,
                ActorUserId = actor.UserId,
                ActorName = actor.Name,
                Action = action,
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = KeyOf(entry),
                Before = before is null ? null : JsonSerializer.Serialize(before),
                After = action == "delete" ? null : JsonSerializer.Serialize(Values(entry, original: false, only: modified)),
            });
        }

        pending.Changes.Clear();
        pending.Writing = true;
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            if (pending.OwnTransaction is { } failed)
            {
                pending.OwnTransaction = null;
                await failed.RollbackAsync(CancellationToken.None);
                await failed.DisposeAsync();
            }

            throw;
        }
        finally
        {
            pending.Writing = false;
        }

        if (pending.OwnTransaction is { } tx)
        {
            pending.OwnTransaction = null;
            await tx.CommitAsync(cancellationToken);
            await tx.DisposeAsync();
        }

        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && PendingByContext.TryGetValue(context, out var pending))
        {
            pending.Changes.Clear();
            if (pending.OwnTransaction is { } tx && !pending.Writing)
            {
                pending.OwnTransaction = null;
                await tx.RollbackAsync(cancellationToken);
                await tx.DisposeAsync();
            }
        }
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        throw new InvalidOperationException("Use SaveChangesAsync: audit rows are written asynchronously.");

    private static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()?.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString() ?? "") ?? []);

    private static HashSet<string> ModifiedNames(EntityEntry entry) =>
        [.. entry.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name)];

    private static Dictionary<string, object?> Values(EntityEntry entry, bool original, HashSet<string>? only)
    {
        var values = new Dictionary<string, object?>();
        foreach (var p in entry.Properties)
        {
            if (only is not null && !only.Contains(p.Metadata.Name))
            {
                continue;
            }

            var value = original ? p.OriginalValue : p.CurrentValue;
            values[p.Metadata.Name] = Secret.Contains(p.Metadata.Name) && value is not null ? "***" : value;
        }

        return values;
    }
}

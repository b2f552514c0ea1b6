using System.Runtime.CompilerServices;
using FairHall.Modules.Catalog;
using FairHall.Modules.Catalog.Booths;
using FairHall.Modules.Exhibitors;
using FairHall.Modules.Exhibitors.Showcase;
using FairHall.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FairHall.Modules.Discovery;

/// <summary>
/// Puts a <see cref="ProductChanged"/> into the outbox for every product that is changed or deleted, in the same
/// save as the change, so that the search index follows the catalog without the catalog's code knowing about
/// search (edits, listing, delisting, bans, deletes, batch runs and sweeps alike); and a <see cref="DirectoryChanged"/>
/// for every enterprise whose showcase, booth, name or products changed (the exhibitor and booth indexes).
/// </summary>
/// <remarks>
/// A product added already public (demo data, tests arranging rows) has no id before the save; its event is
/// added after the save and written by the audit interceptor's follow-up save in the same transaction. This
/// interceptor is registered before the audit one for that reason (see DataSetup).
/// </remarks>
public sealed class SearchIndexInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly ConditionalWeakTable<DbContext, List<Product>> AddedByContext = new();
    private static readonly ConditionalWeakTable<DbContext, object> Suspended = new();

    /// <summary>
    /// Until disposed, products added to this context queue no index event: the bulk writer indexes its batch itself
    /// in the same transaction (changes and deletes still queue theirs).
    /// </summary>
    public static IDisposable SuspendAddedEvents(DbContext db)
    {
        Suspended.AddOrUpdate(db, Suspended);
        return new Resume(db);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not FairHallDbContext db)
        {
            return ValueTask.FromResult(result);
        }

        var outbox = new Platform.Outbox.Outbox(db, clock);
        var added = AddedByContext.GetOrCreateValue(db);
        added.Clear();
        var directory = new HashSet<long>();
        foreach (var entry in db.ChangeTracker.Entries<Product>().ToList())
        {
            switch (entry.State)
            {
                case EntityState.Modified or EntityState.Deleted:
                    outbox.Add(new ProductChanged(entry.Entity.Id));
                    directory.Add(entry.Entity.EnterpriseId);
                    break;
                case EntityState.Added when PublicProducts.IsPublic(entry.Entity) && !Suspended.TryGetValue(db, out _):
                    added.Add(entry.Entity);
                    directory.Add(entry.Entity.EnterpriseId);
                    break;
                default:
                    break;
            }
        }

        foreach (var entry in db.ChangeTracker.Entries<Enterprise>().ToList())
        {
            if (entry.State == EntityState.Modified && (entry.Property(e => e.NameZh).IsModified || entry.Property(e => e.NameEn).IsModified))
            {
                outbox.Add(new EnterpriseRenamed(entry.Entity.Id));
                directory.Add(entry.Entity.Id);
            }
        }

        // Exhibitors and booths (BUY-1 unified search): their enterprise id is known before the save, even when added.
        directory.UnionWith(db.ChangeTracker.Entries<EnterpriseShowcase>().Where(Changed).Select(e => e.Entity.EnterpriseId));
        directory.UnionWith(db.ChangeTracker.Entries<Booth>().Where(Changed).Select(e => e.Entity.EnterpriseId));
        foreach (var enterpriseId in directory)
        {
            outbox.Add(new DirectoryChanged(enterpriseId));
        }

        return ValueTask.FromResult(result);
    }

    private static bool Changed(EntityEntry entry) => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted;

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is FairHallDbContext db && AddedByContext.TryGetValue(db, out var added) && added.Count > 0)
        {
            var outbox = new Platform.Outbox.Outbox(db, clock);
            foreach (var product in added)
            {
                outbox.Add(new ProductChanged(product.Id));
            }

            added.Clear();
        }

        return ValueTask.FromResult(result);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && AddedByContext.TryGetValue(db, out var added))
        {
            added.Clear();
        }

        return Task.CompletedTask;
    }

    private sealed class Resume(DbContext db) : IDisposable
    {
        public void Dispose() => Suspended.Remove(db);
    }
}

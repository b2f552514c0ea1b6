using System.Diagnostics;
using FairHall.Demo;
using FairHall.Modules.Accounts;
using FairHall.Modules.Catalog;
using FairHall.Modules.Discovery;
using FairHall.Modules.Exhibitors;
using FairHall.Modules.Exhibitors.Showcase;
using FairHall.Modules.Fairs;
using FairHall.Modules.Packages;
using FairHall.Platform.Data;
using FairHall.Platform.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Bench;

/// <summary>Rows written to one table (or group of tables) and how long it took.</summary>
internal sealed record LoadFigure(string Table, long Rows, double Seconds)
{
    public double RowsPerSecond => Seconds > 0 ? Rows / Seconds : 0;
}

/// <summary>
/// Loads a generated fair through FairHall's own code: the schema scripts and demo seeder (fair, session, zones,
/// roles), enterprises with complete showcases (the entity's Save: Displayable), products through
/// <see cref="ProductBulkWriter"/> (the CSV import's bulk path, which indexes each batch with the search indexer in
/// its transaction, audit rows included), and buyer accounts with one pre-computed password hash (hashing
/// 500,000 passwords one by one would take hours and is not what is measured).
/// </summary>
internal sealed class Loader(BenchOptions options, Action<string> log)
{
    public const int Batch = 1000;

    /// <summary>Loads the fair (or finds it loaded) and returns the load's record: this load's, or the earlier one's when reused.</summary>
    public async Task<(LoadRecord? Record, bool Reused)> LoadAsync(CancellationToken ct)
    {
        var startedAt = TimeProvider.System.GetUtcNow();
        using var loadAverage = new LoadAverageSampler();
        await using var app = PlatformHost.Build(options);
        if (options.Fresh)
        {
            await DropAsync(app, ct);
        }

        List<LoadFigure> figures = [];
        var clock = app.Services.GetRequiredService<TimeProvider>();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var watch = Stopwatch.StartNew();
            await scope.ServiceProvider.GetRequiredService<SchemaRunner>().ApplyAsync();
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(ct);
            var db = scope.ServiceProvider.GetRequiredService<FairHallDbContext>();
            if (await db.Users.AnyAsync(u => u.UserName == FairGenerator.UserNameOf(0), ct))
            {
                log("The database already holds this fair; reusing it (--fresh to load again).");
                await DrainOutboxAsync(app, ct);
                return (await LoadRecord.ReadAsync(options, ct), true);
            }

            var demo = await scope.ServiceProvider.GetRequiredService<ProductIndexer>().RebuildAsync(null, ct);
            figures.Add(new LoadFigure("schema + demo data", demo, watch.Elapsed.TotalSeconds));
        }

        var (sessionId, zoneIds) = await ZonesAsync(app, clock, ct);
        var generator = new FairGenerator(options.Seed, FairSize.Of(options.Scale), zoneIds.Count);
        log($"Fair: {generator.Size.Exhibitors:N0} exhibitors, {generator.Size.Products:N0} products, {generator.Size.Buyers:N0} buyers, {zoneIds.Count} zones.");

        var enterpriseIds = new long[generator.Size.Exhibitors];
        figures.Add(await ExhibitorsAsync(app, generator, enterpriseIds, clock, ct));
        figures.Add(await ProductsAsync(app, generator, sessionId, zoneIds, enterpriseIds, clock, ct));
        figures.Add(await BuyersAsync(app, generator, clock, ct));
        figures.Add(await DrainOutboxAsync(app, ct));
        figures.Add(await StatisticsAsync(app, ct));
        var record = new LoadRecord(startedAt, TimeProvider.System.GetUtcNow(), figures, loadAverage.Mean, loadAverage.Max);
        await record.SaveAsync(options, ct);
        return (record, false);
    }

    private static async Task<(long SessionId, List<long> ZoneIds)> ZonesAsync(WebApplication app, TimeProvider clock, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FairHallDbContext>();
        var session = await Sessions.CurrentAsync(db, clock, ct) ?? throw new InvalidOperationException("No current session after the demo seed.");
        var zones = await db.Set<Zone>().Where(z => z.SessionId == session.Id && z.IsActive).OrderBy(z => z.SortOrder).ThenBy(z => z.Id).Select(z => z.Id).ToListAsync(ct);
        return (session.Id, zones);
    }

    private async Task<LoadFigure> ExhibitorsAsync(WebApplication app, FairGenerator generator, long[] ids, TimeProvider clock, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var now = clock.GetUtcNow();
        foreach (var chunk in generator.Exhibitors().Chunk(Batch))
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FairHallDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var enterprises = chunk.Select(x => new Enterprise { NameZh = x.NameZh, NameEn = x.NameEn, CreatedAt = now, ContactName = x.ContactName, ContactPhone = x.ContactPhone }).ToList();
            db.AddRange(enterprises);
            await db.SaveChangesAsync(ct);
            for (var i = 0; i < chunk.Length; i++)
            {
                var x = chunk[i];
                ids[x.Index] = enterprises[i].Id;
                var showcase = new EnterpriseShowcase(enterprises[i].Id, now);
                // A complete showcase is Displayable on save (CAT-1); the logo is a placeholder id (no media rows are generated).
                var refused = showcase.Save(new ShowcaseDetails(
                    x.IntroZh, x.IntroEn, x.MainProductsZh, x.MainProductsEn, -1, x.ContactName, x.ContactPhone, x.ContactEmail, x.AddressZh, x.AddressEn,
                    false, null, null, x.Website, x.FoundedYear, "100-299", null, null, [], []), now);
                if (refused is not null)
                {
                    throw new InvalidOperationException($"Showcase of exhibitor {x.Index}: {refused.Code}");
                }

                db.Add(showcase);
            }

            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        var figure = new LoadFigure("enterprises + showcases", generator.Size.Exhibitors, watch.Elapsed.TotalSeconds);
        log($"Exhibitors: {figure.Rows:N0} in {figure.Seconds:F1} s ({figure.RowsPerSecond:N0}/s)");
        return figure;
    }

    private async Task<LoadFigure> ProductsAsync(
        WebApplication app, FairGenerator generator, long sessionId, List<long> zoneIds, long[] enterpriseIds, TimeProvider clock, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var now = clock.GetUtcNow();
        var written = 0L;
        var next = 100_000L;
        var batch = new List<Product>(Batch);
        var scope = app.Services.CreateAsyncScope();
        try
        {
            var writer = scope.ServiceProvider.GetRequiredService<ProductBulkWriter>();
            foreach (var g in generator.Products())
            {
                var listedAt = now.AddSeconds(-(generator.Size.Products - g.Index));
                var p = new Product(enterpriseIds[g.ExhibitorIndex], sessionId, new ProductDetails(
                    zoneIds[g.ZoneSlot % zoneIds.Count], g.NameZh, g.NameEn, g.DescriptionZh, g.DescriptionEn, g.Category, g.Brand, g.Origin, g.Model,
                    g.MarketPriceFen, g.WholesalePriceFen, g.MinimumOrder, g.IsNew, OwnCode: g.OwnCode, ContainsMap: false), listedAt);
                Check(p.Submit(listedAt), g);
                Check(p.Approve(listedAt), g);
                if (p.Status != ProductStatus.Listed)
                {
                    Check(p.List(listedAt), g);
                }

                batch.Add(p);
                if (batch.Count >= Batch)
                {
                    written += await writer.WriteAsync(batch, ct);
                    if (written % 20_000 == 0)
                    {
                        // A fresh context now and then: EF's caches of a long-lived context grow with what it saw.
                        await scope.DisposeAsync();
                        scope = app.Services.CreateAsyncScope();
                        writer = scope.ServiceProvider.GetRequiredService<ProductBulkWriter>();
                    }

                    if (written >= next)
                    {
                        log($"Products: {written:N0} in {watch.Elapsed.TotalSeconds:F0} s ({written / watch.Elapsed.TotalSeconds:N0}/s)");
                        next += 100_000;
                    }
                }
            }

            written += await writer.WriteAsync(batch, ct);
        }
        finally
        {
            await scope.DisposeAsync();
        }

        var figure = new LoadFigure("products (+ search index, audit)", written, watch.Elapsed.TotalSeconds);
        log($"Products: {figure.Rows:N0} in {figure.Seconds:F1} s ({figure.RowsPerSecond:N0}/s)");
        return figure;
    }

    private async Task<LoadFigure> BuyersAsync(WebApplication app, FairGenerator generator, TimeProvider clock, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var now = clock.GetUtcNow();
        long roleId;
        string hash;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FairHallDbContext>();
            roleId = await db.Roles.Where(r => r.Name == Roles.Buyer).Select(r => r.Id).FirstAsync(ct);
            var password = scope.ServiceProvider.GetRequiredService<DemoDataOptions>().Password;
            hash = scope.ServiceProvider.GetRequiredService<IPasswordHasher<User>>().HashPassword(new User(), password);
        }

        foreach (var chunk in generator.Buyers().Chunk(Batch))
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FairHallDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var users = chunk.Select(b => new User
            {
                UserName = b.UserName,
                NormalizedUserName = b.UserName.ToUpperInvariant(),
                Email = b.Email,
                NormalizedEmail = b.Email.ToUpperInvariant(),
                EmailConfirmed = true,
                DisplayName = b.DisplayName,
                PasswordHash = hash,
                SecurityStamp = $"{FairGenerator.Mix(options.Seed, 4, b.Index):X8}{FairGenerator.Mix(options.Seed, 5, b.Index):X8}",
                ConcurrencyStamp = $"{FairGenerator.Mix(options.Seed, 6, b.Index):X8}",
                PhoneNumberConfirmed = true,
                LockoutEnabled = true,
                CreatedAt = now,
            }).ToList();
            db.AddRange(users);
            await db.SaveChangesAsync(ct);
            db.AddRange(users.Select(u => new IdentityUserRole<long> { UserId = u.Id, RoleId = roleId }));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        var figure = new LoadFigure("buyer accounts + roles", generator.Size.Buyers, watch.Elapsed.TotalSeconds);
        log($"Buyers: {figure.Rows:N0} in {figure.Seconds:F1} s ({figure.RowsPerSecond:N0}/s)");
        return figure;
    }

    /// <summary>
    /// Delivers what the load queued in the outbox (a directory entry per exhibitor, and any earlier run's leftovers)
    /// before anything is driven, so that the first scenario does not share the machine with a backlog.
    /// </summary>
    private async Task<LoadFigure> DrainOutboxAsync(WebApplication app, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var delivered = await app.Services.GetRequiredService<FairHall.Platform.Outbox.OutboxDispatcher>().DispatchDueAsync(ct);
        var figure = new LoadFigure("outbox drained (exhibitor directory index)", delivered, watch.Elapsed.TotalSeconds);
        log($"Outbox: {delivered:N0} messages delivered in {figure.Seconds:F1} s");
        return figure;
    }

    /// <summary>What an operator runs after a bulk load: planner statistics (ANALYZE on PostgreSQL, PRAGMA optimize on SQLite).</summary>
    private async Task<LoadFigure> StatisticsAsync(WebApplication app, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FairHallDbContext>();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        await db.Database.ExecuteSqlRawAsync(options.Provider == DatabaseProvider.Sqlite ? "PRAGMA optimize" : "ANALYZE", ct);
        var figure = new LoadFigure(options.Provider == DatabaseProvider.Sqlite ? "statistics (PRAGMA optimize)" : "statistics (ANALYZE)", 0, watch.Elapsed.TotalSeconds);
        log($"Statistics: {figure.Seconds:F1} s");
        return figure;
    }

    private static void Check(FairHall.Platform.Outcomes.Error? error, GenProduct g)
    {
        if (error is not null)
        {
            throw new InvalidOperationException($"Product {g.Index}: {error.Code}");
        }
    }

    /// <summary>--fresh: an empty database (SQLite file deleted; PostgreSQL public schema recreated).</summary>
    private async Task DropAsync(WebApplication app, CancellationToken ct)
    {
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(PlatformHost.ConnectionString(options)).DataSource;
            foreach (var f in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(f);
            }

            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FairHallDbContext>();
        await db.Database.ExecuteSqlRawAsync("DROP SCHEMA public CASCADE; CREATE SCHEMA public;", ct);
    }
}

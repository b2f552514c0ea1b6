using FairHall.Platform.Data;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace FairHall.Tests.Platform;

/// <summary>
/// SQLite's one writer: the app's transactions queue in process (<see cref="SqliteWriteGate"/>) instead of sleeping
/// in SQLite's busy handler; a transaction ended any way (commit, rollback, disposed unfinished) lets the next one in.
/// </summary>
[Trait("Req", "X-3")]
[Trait("Provider", "sqlite")]
public sealed class SqliteWriteGateTests : IAsyncLifetime
{
    private readonly SqliteDb db = new();
    private readonly SqliteWriteGate gate = new();

    public async Task InitializeAsync()
    {
        await db.CreateAsync();
        await using var context = Context();
        await new SchemaRunner(context, new DatabaseOptions { Provider = db.Provider }, TimeProvider.System, NullLogger<SchemaRunner>.Instance).ApplyAsync();
        await context.Database.ExecuteSqlRawAsync("CREATE TABLE gate_probe (n INTEGER NOT NULL)");
    }

    public Task DisposeAsync() => db.DisposeAsync().AsTask();

    [Fact]
    public async Task A_second_transaction_waits_for_the_first_to_commit_then_runs()
    {
        await using var first = Context();
        await using var second = Context();
        var tx = await first.Database.BeginTransactionAsync();
        await first.Database.ExecuteSqlRawAsync("INSERT INTO gate_probe (n) VALUES (1)");

        var waiting = second.Database.BeginTransactionAsync();
        await Task.Delay(200);
        waiting.IsCompleted.ShouldBeFalse("the second writer queues behind the first");

        await tx.CommitAsync();
        await using var tx2 = await waiting.WaitAsync(TimeSpan.FromSeconds(5));
        await second.Database.ExecuteSqlRawAsync("INSERT INTO gate_probe (n) VALUES (2)");
        await tx2.CommitAsync();
        await tx.DisposeAsync();

        (await Count()).ShouldBe(2);
    }

    [Fact]
    public async Task A_transaction_disposed_without_commit_lets_the_next_one_in_and_writes_nothing()
    {
        await using (var first = Context())
        {
            await using var tx = await first.Database.BeginTransactionAsync();
            await first.Database.ExecuteSqlRawAsync("INSERT INTO gate_probe (n) VALUES (1)");
            // an early return: no commit, no rollback
        }

        await using var second = Context();
        await using var tx2 = await second.Database.BeginTransactionAsync()
            .WaitAsync(TimeSpan.FromSeconds(5));
        await tx2.RollbackAsync();
        (await Count()).ShouldBe(0);
    }

    [Fact]
    public async Task The_same_connection_starting_again_after_an_unfinished_transaction_does_not_wait_for_itself()
    {
        await using var context = Context();
        await context.Database.OpenConnectionAsync(); // the connection stays open, as the search's raw commands keep it
        var tx = await context.Database.BeginTransactionAsync();
        await tx.DisposeAsync();

        await using var again = await context.Database.BeginTransactionAsync()
            .WaitAsync(TimeSpan.FromSeconds(5));
        await context.Database.ExecuteSqlRawAsync("INSERT INTO gate_probe (n) VALUES (3)");
        await again.CommitAsync();
        (await Count()).ShouldBe(1);
    }

    [Fact]
    public async Task Forty_concurrent_writers_all_commit()
    {
        var writers = Enumerable.Range(0, 40).Select(async i =>
        {
            await using var context = Context();
            await using var tx = await context.Database.BeginTransactionAsync();
            await context.Database.ExecuteSqlAsync($"INSERT INTO gate_probe (n) VALUES ({i})");
            await tx.CommitAsync();
        });
        await Task.WhenAll(writers);

        (await Count()).ShouldBe(40);
    }

    private FairHallDbContext Context() =>
        new(new DbContextOptionsBuilder<FairHallDbContext>()
            .UseSqlite(db.ConnectionString)
            .AddInterceptors(new SqlitePragmas(), new SqliteWriteGateInterceptor(gate))
            .Options);

    private async Task<long> Count()
    {
        await using var context = Context();
        return await context.Database.SqlQueryRaw<long>("SELECT COUNT(*) AS \"Value\" FROM gate_probe").SingleAsync();
    }
}

using FairHall.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FairHall.Modules.Payments.Jobs;

/// <summary>A scheduled sweep; it must be idempotent, because a lease that expires mid-run lets another node start it.</summary>
public interface IScheduledJob
{
    string Name { get; }

    Task RunAsync(CancellationToken ct);
}

/// <summary>Configuration of the sweeps (<c>Payments:Jobs</c>).</summary>
public sealed class JobsOptions
{
    /// <summary>Whether this node runs the sweeps on a timer; tests switch it off and call the jobs.</summary>
    public bool Enabled { get; set; } = true;

    public int IntervalSeconds { get; set; } = 300;

    /// <summary>How long a lease is held before another node may take it (longer than any run).</summary>
    public int LeaseSeconds { get; set; } = 900;

    /// <summary>Reconciliation: orders left in paying longer than this are queried at their gateway.</summary>
    public int PayingAfterMinutes { get; set; } = 30;

    /// <summary>PKG-8: days after a rejection without resubmission until the fees are refunded.</summary>
    public int RejectedRefundAfterDays { get; set; } = 15;
}

/// <summary>
/// Runs a job only while holding its <c>job_leases</c> row. Taking the lease is one conditional UPDATE
/// (<c>WHERE name = @n AND (leased_until &lt;= @now OR holder = @me)</c>) after an insert-if-absent, so of two nodes
/// that race exactly one sees a row changed; releasing sets <c>leased_until</c> back to now and stamps <c>last_run_at</c>.
/// </summary>
internal sealed class JobRunner(FairHallDbContext db, TimeProvider clock, IOptions<JobsOptions> options, ILogger<JobRunner> log)
{
    /// <summary>Names this runner in the lease row; one per process by default.</summary>
    public string Holder { get; init; } = DefaultHolder;

    public static readonly string DefaultHolder = Cut($"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}");

    public async Task<bool> RunAsync(string name, Func<CancellationToken, Task> work, CancellationToken ct)
    {
        if (!await TryTakeAsync(name, ct))
        {
            log.LogDebug("Job {Job} is leased by another node", name);
            return false;
        }

        try
        {
            await work(ct);
        }
        finally
        {
            var now = clock.GetUtcNow();
            await db.Set<JobLease>().Where(l => l.Name == name && l.Holder == Holder)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.LeasedUntil, now).SetProperty(l => l.LastRunAt, now).SetProperty(l => l.Version, l => l.Version + 1), CancellationToken.None);
        }

        return true;
    }

    /// <summary>When the job last completed (null: never); one-off jobs use it as their done mark.</summary>
    public Task<DateTimeOffset?> LastRunAsync(string name, CancellationToken ct) =>
        db.Set<JobLease>().Where(l => l.Name == name).Select(l => l.LastRunAt).FirstOrDefaultAsync(ct);

    private static string Cut(string s) => s.Length <= 100 ? s : s[^100..];

    private async Task<bool> TryTakeAsync(string name, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (!await db.Set<JobLease>().AnyAsync(l => l.Name == name, ct))
        {
            db.Add(new JobLease(name, now.AddSeconds(-1)));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another node inserted it first: fine, the UPDATE below decides.
            }

            db.ChangeTracker.Clear();
        }

        var until = now.AddSeconds(options.Value.LeaseSeconds);
        var holder = Holder;
        var taken = await db.Set<JobLease>().Where(l => l.Name == name && (l.LeasedUntil <= now || l.Holder == holder))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.LeasedUntil, until).SetProperty(l => l.Version, l => l.Version + 1), ct);
        return taken == 1;
    }
}

/// <summary>Runs every <see cref="IScheduledJob"/> under its lease at the configured interval (off in tests).</summary>
internal sealed class JobsWorker(IServiceScopeFactory scopes, IOptions<JobsOptions> options, ILogger<JobsWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off with Payments:Jobs:Enabled=false (the test host does so: tests call the jobs at instants of their fake clock).
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(5, options.Value.IntervalSeconds)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await using var scope = scopes.CreateAsyncScope();
            foreach (var job in scope.ServiceProvider.GetServices<IScheduledJob>())
            {
                try
                {
                    await scope.ServiceProvider.GetRequiredService<JobRunner>().RunAsync(job.Name, job.RunAsync, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    log.LogError(ex, "Scheduled job {Job} failed", job.Name);
                }
            }
        }
    }
}

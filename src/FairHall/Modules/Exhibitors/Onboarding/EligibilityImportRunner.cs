using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using System.Threading.Channels;
using FairHall.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Exhibitors.Onboarding;

/// <summary>Hands started imports to the background worker.</summary>
public sealed class ImportQueue
{
    private readonly Channel<long> jobs = Channel.CreateUnbounded<long>();
    private readonly ConcurrentDictionary<long, (ClaimsPrincipal User, string Culture)> actors = new();

    public void Enqueue(long jobId) => jobs.Writer.TryWrite(jobId);

    /// <summary>Queues a job that runs as the user who started it (their zones, their name in the audit trail, their language for messages).</summary>
    public void Enqueue(long jobId, ClaimsPrincipal user, string culture)
    {
        actors[jobId] = (user, culture);
        jobs.Writer.TryWrite(jobId);
    }

    internal (ClaimsPrincipal User, string Culture)? TakeActor(long jobId) => actors.TryRemove(jobId, out var actor) ? actor : null;

    internal ChannelReader<long> Reader => jobs.Reader;
}

/// <summary>Runs the imports of some <see cref="ImportKind"/>s; the worker picks the runner by the job's kind.</summary>
internal interface IImportRunner
{
    bool Runs(ImportKind kind);

    Task RunAsync(long jobId, CancellationToken ct);
}

/// <summary>
/// Runs imports one after another, outside any request; picks up queued jobs after a restart. A job queued with
/// its user runs as that user: the scope sees a request-less <see cref="HttpContext"/> carrying the user.
/// </summary>
internal sealed class ImportWorker(ImportQueue queue, IServiceScopeFactory scopes, IHttpContextAccessor http, ILogger<ImportWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The schema may still be being applied at start-up: look for unfinished imports a few times.
        for (var attempt = 1; attempt <= 10 && !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(attempt), stoppingToken);
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<FairHallDbContext>();
                foreach (var id in await db.Set<ImportJob>().Where(j => j.Status == ImportStatus.Queued || j.Status == ImportStatus.Running).Select(j => j.Id).ToListAsync(stoppingToken))
                {
                    queue.Enqueue(id);
                }

                break;
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception ex) when (attempt < 10)
            {
                log.LogDebug(ex, "Unfinished imports not readable yet (attempt {Attempt}).", attempt);
            }
            catch (Exception ex)
            {
                log.LogWarning(ex, "Could not look for unfinished imports at start-up.");
            }
        }

        await foreach (var id in queue.Reader.ReadAllAsync(stoppingToken))
        {
            var culture = CultureInfo.CurrentUICulture;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                if (queue.TakeActor(id) is { } actor)
                {
                    http.HttpContext = new DefaultHttpContext { User = actor.User, RequestServices = scope.ServiceProvider };
                    CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(actor.Culture);
                }

                var kind = await scope.ServiceProvider.GetRequiredService<FairHallDbContext>().Set<ImportJob>().Where(j => j.Id == id).Select(j => (ImportKind?)j.Kind).FirstOrDefaultAsync(stoppingToken);
                if (kind is { } k && scope.ServiceProvider.GetServices<IImportRunner>().FirstOrDefault(r => r.Runs(k)) is { } runner)
                {
                    await runner.RunAsync(id, stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "Import {JobId} failed.", id);
            }
            finally
            {
                http.HttpContext = null;
                CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = culture;
            }
        }
    }
}

/// <summary>
/// Imports one file: broken rows are recorded (line, field, reason) and skipped, good rows are kept (see ADR
/// 0011). The session's earlier rows of the same kind are replaced. Rows are inserted in chunks, one
/// transaction each, and progress is written after every chunk; eligibility is derived at the end.
/// </summary>
internal sealed class EligibilityImportRunner(FairHallDbContext db, FileStore files, EligibilityDeriver deriver, TimeProvider clock, ILogger<EligibilityImportRunner> log) : IImportRunner
{
    public bool Runs(ImportKind kind) => kind is ImportKind.OfflineExhibitors or ImportKind.OnlineHistory;

    public const int ChunkSize = 5000;
    public const int MaxStoredErrors = 1000;

    public async Task RunAsync(long jobId, CancellationToken ct)
    {
        var job = await db.Set<ImportJob>().FirstOrDefaultAsync(j => j.Id == jobId, ct);
        if (job is null || job.Status is ImportStatus.Completed or ImportStatus.Failed or ImportStatus.Uploaded)
        {
            return;
        }

        var watch = Stopwatch.StartNew();
        job.Status = ImportStatus.Running;
        job.StartedAt = clock.GetUtcNow();
        job.ProcessedRows = job.ImportedRows = job.ErrorRows = 0;
        await db.Set<ImportRowError>().Where(e => e.JobId == job.Id).ExecuteDeleteAsync(ct);
        await db.SaveChangesAsync(ct);

        await using var stream = await files.Store.OpenReadAsync(job.StoragePath, ct)
            ?? throw new FileNotFoundException("The uploaded import file is missing from the file store.", job.StoragePath);
        using var reader = ImportReader.Open(stream, job.Kind, out var missing);
        if (reader is null)
        {
            await FinishAsync(job, ImportStatus.Failed, $"missing_column:{missing}", ct);
            return;
        }

        // Replace what an earlier import of this kind brought for the session.
        if (job.Kind == ImportKind.OfflineExhibitors)
        {
            await db.Set<OfflineExhibitor>().Where(r => r.SessionId == job.SessionId && r.JobId != job.Id).ExecuteDeleteAsync(ct);
        }
        else
        {
            await db.Set<ParticipationHistory>().Where(r => r.SessionId == job.SessionId && r.JobId != job.Id).ExecuteDeleteAsync(ct);
        }

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var rows = new List<object>(ChunkSize);
        var errors = new List<ImportRowError>();
        var processed = 0;
        var imported = 0;
        var broken = 0;
        var stored = 0;
        while (reader.Read())
        {
            processed++;
            var (row, rowErrors) = job.Kind == ImportKind.OfflineExhibitors
                ? ((object?, List<ImportRowError>))reader.Offline(job.SessionId, job.Id)
                : reader.History(job.SessionId, job.Id);
            if (row is null)
            {
                broken++;
                foreach (var e in rowErrors.Where(_ => stored < MaxStoredErrors))
                {
                    stored++;
                    errors.Add(new ImportRowError { JobId = job.Id, Line = e.Line, Field = e.Field, Code = e.Code, Value = e.Value });
                }
            }
            else
            {
                rows.Add(row);
                imported++;
            }

            if (rows.Count + errors.Count >= ChunkSize)
            {
                await FlushAsync(job.Id, rows, errors, processed, imported, broken, ct);
            }
        }

        await FlushAsync(job.Id, rows, errors, processed, imported, broken, ct);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        var derived = await deriver.DeriveAsync(job.SessionId, ct);
        job = await db.Set<ImportJob>().FirstAsync(j => j.Id == jobId, ct);
        job.TotalRows = processed;
        job.ProcessedRows = processed;
        job.ImportedRows = imported;
        job.ErrorRows = broken;
        log.LogInformation("Import {JobId}: {Rows} rows ({Broken} refused) in {Elapsed} ms; {Eligible} enterprises eligible without application.",
            job.Id, processed, broken, watch.ElapsedMilliseconds, derived.Automatic);
        await FinishAsync(job, ImportStatus.Completed, $"elapsed_ms:{watch.ElapsedMilliseconds}", ct);
    }

    private async Task FlushAsync(long jobId, List<object> rows, List<ImportRowError> errors, int processed, int imported, int broken, CancellationToken ct)
    {
        db.AddRange(rows);
        db.AddRange(errors);
        await db.SaveChangesAsync(ct); // one transaction per chunk
        db.ChangeTracker.Clear();
        rows.Clear();
        errors.Clear();
        await db.Set<ImportJob>().Where(j => j.Id == jobId)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.ProcessedRows, processed).SetProperty(j => j.ImportedRows, imported).SetProperty(j => j.ErrorRows, broken), ct);
    }

    private async Task FinishAsync(ImportJob job, ImportStatus status, string message, CancellationToken ct)
    {
        job.Status = status;
        job.Message = message;
        job.FinishedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }
}

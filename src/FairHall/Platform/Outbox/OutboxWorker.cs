namespace FairHall.Platform.Outbox;

/// <summary>Polls the outbox on every node; the row-level claim keeps nodes from delivering a message twice.</summary>
internal sealed class OutboxWorker(OutboxDispatcher dispatcher, OutboxOptions options, TimeProvider clock, ILogger<OutboxWorker> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(0.05, options.PollSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Wait first: at start-up the schema may still be being applied by StartupDatabaseWork.
                await Task.Delay(interval, clock, stoppingToken);
                await dispatcher.DispatchDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                log.LogError(ex, "Outbox dispatch failed; trying again after {Interval}.", interval);
            }
        }
    }
}

using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FairHall.Platform.Data;

internal sealed class DatabaseHealthCheck(FairHallDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database does not answer.");
}

using FairHall.Platform.Data;
using FairHall.Platform.Web;
using Microsoft.Data.Sqlite;

namespace FairHall.Tests.Platform;

/// <summary>Overload answers 503 "busy" with Retry-After (the caller may retry; nothing was written), a fault stays 500.</summary>
[Trait("Req", "X-3")]
public sealed class BusyErrorTests
{
    [Fact]
    public void Database_overload_is_busy_and_other_failures_are_not()
    {
        ErrorHandling.IsBusy(new DatabaseBusyException("queue")).ShouldBeTrue();
        ErrorHandling.IsBusy(new InvalidOperationException("transient", new Npgsql.NpgsqlException("pool exhausted", new TimeoutException()))).ShouldBeTrue();
        ErrorHandling.IsBusy(new SqliteException("database is locked", 5)).ShouldBeTrue();

        ErrorHandling.IsBusy(new TimeoutException("a bank's gateway")).ShouldBeFalse();
        ErrorHandling.IsBusy(new SqliteException("constraint", 19)).ShouldBeFalse();
        ErrorHandling.IsBusy(new InvalidOperationException("bug")).ShouldBeFalse();
        ErrorHandling.IsBusy(null).ShouldBeFalse();
    }
}

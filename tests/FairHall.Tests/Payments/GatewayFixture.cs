using FairHall.Tests.Infrastructure;

namespace FairHall.Tests.Payments;

/// <summary>The application wired to the stand-ins; its sweeps are run by the tests, never by the timer.</summary>
public sealed class GatewayFixture<TDb> : AppFixture<TDb> where TDb : TestDb, new()
{
    public GatewayStandIn StandIn { get; } = new();

    protected override IDictionary<string, string?> Settings => StandIn.Settings;

    public override async Task InitializeAsync()
    {
        await StandIn.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await StandIn.DisposeAsync();
    }
}

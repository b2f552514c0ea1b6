namespace FairHall.Tests.Infrastructure;

/// <summary>A settable clock: the application reads time only through <see cref="TimeProvider"/>.</summary>
public sealed class FakeClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    /// <summary>The instant every test app starts at: 2026-11-21 10:00 in Beijing.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 11, 21, 2, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => now;

    public void Set(DateTimeOffset instant) => now = instant.ToUniversalTime();

    public void Advance(TimeSpan by) => now += by;
}

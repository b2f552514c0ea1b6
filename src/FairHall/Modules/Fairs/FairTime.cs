namespace FairHall.Modules.Fairs;

/// <summary>
/// Turns the calendar dates of a fair (kept as <see cref="DateOnly"/> in the fair's zone) into UTC instants,
/// so that a deadline "10-12" means the end of 10-12 in Guangzhou wherever the server runs.
/// </summary>
public static class FairTime
{
    public static TimeZoneInfo Zone(string timeZone) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    public static bool IsKnownZone(string? timeZone) =>
        !string.IsNullOrWhiteSpace(timeZone) && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _);

    /// <summary>The instant 00:00 of <paramref name="date"/> in the zone.</summary>
    public static DateTimeOffset StartOf(DateOnly date, string timeZone)
    {
        var zone = Zone(timeZone);
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The exclusive end of <paramref name="date"/>: 00:00 of the next day, so "before EndOf(d)" means "on or before d".</summary>
    public static DateTimeOffset EndOf(DateOnly date, string timeZone) => StartOf(date.AddDays(1), timeZone);

    /// <summary>The calendar date of an instant in the zone.</summary>
    public static DateOnly DateOf(DateTimeOffset instant, string timeZone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone(timeZone)).DateTime);
}

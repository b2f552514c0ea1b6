using System.Globalization;

namespace FairHall.Platform.Localization;

/// <summary>
/// Instants are stored in UTC and shown in the fair's time zone (Beijing time by default), whatever zone the
/// server runs in. Pages and exports format times through here only.
/// </summary>
public static class DisplayTime
{
    public const string DefaultZoneId = "Asia/Shanghai";

    public static TimeZoneInfo Zone { get; } =
        TimeZoneInfo.TryFindSystemTimeZoneById(DefaultZoneId, out var zone) ? zone : TimeZoneInfo.Utc;

    public static DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>2026-11-21 10:05</summary>
    public static string Minutes(DateTimeOffset instant) => Local(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>2026-11-21 10:05:09</summary>
    public static string Seconds(DateTimeOffset instant) => Local(instant).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>
    /// 00:00 of a calendar day in the display zone, as an instant with offset 0: Npgsql refuses any other offset for
    /// <c>timestamptz</c> parameters, so a query filtering on it would fail on PostgreSQL.
    /// </summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}

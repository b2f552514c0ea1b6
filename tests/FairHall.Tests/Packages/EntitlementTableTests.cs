using FairHall.Modules.Packages;

namespace FairHall.Tests.Packages;

/// <summary>
/// PKG-5: every row of the effective-window table (seed 000, table 2; 136th calendar) at its boundary instants,
/// in the fair's zone (Beijing, UTC+8) — and the same table moved to another zone.
/// </summary>
[Trait("Req", "PKG-5")]
public sealed class EntitlementTableTests
{
    private static readonly SessionCalendar C136 = new("Asia/Shanghai", new(2024, 8, 15), new(2024, 10, 15), new(2024, 11, 4), new(2025, 3, 15), new(2024, 9, 16));

    /// <summary>An instant given as Beijing wall-clock time.</summary>
    private static DateTimeOffset B(int y, int mo, int d, int h = 0, int mi = 0, int s = 0) => new(y, mo, d, h, mi, s, TimeSpan.FromHours(8));

    public static TheoryData<string, DateTimeOffset, DateTimeOffset?, DateTimeOffset?, DateTimeOffset?, DateTimeOffset?, DateTimeOffset?> Rows => new()
    {
        // row, bought at, meetings from, live from, (meetings and live end at 11-05 00:00), others from, others until
        { "09-16 first instant", B(2024, 9, 16), B(2024, 10, 15), B(2024, 10, 15), B(2024, 9, 16), B(2025, 3, 16), null },
        { "10-14 last instant", B(2024, 10, 14, 23, 59, 59), B(2024, 10, 15), B(2024, 10, 15), B(2024, 10, 14, 23, 59, 59), B(2025, 3, 16), null },
        { "10-15 first instant", B(2024, 10, 15), B(2024, 10, 15), B(2024, 10, 16), B(2024, 10, 15), B(2025, 3, 16), null },
        { "10-20 afternoon", B(2024, 10, 20, 15, 30), B(2024, 10, 20, 15, 30), B(2024, 10, 21), B(2024, 10, 20, 15, 30), B(2025, 3, 16), null },
        { "11-04 last instant", B(2024, 11, 4, 23, 59, 59), B(2024, 11, 4, 23, 59, 59), null, B(2024, 11, 4, 23, 59, 59), B(2025, 3, 16), null },
        { "11-05 first instant", B(2024, 11, 5), null, null, B(2024, 11, 5), B(2025, 3, 16), null },
        { "03-15 last instant", B(2025, 3, 15, 23, 59, 59), null, null, B(2025, 3, 15, 23, 59, 59), B(2025, 3, 16), null },
        { "03-16 first instant", B(2025, 3, 16), null, null, null, null, null },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Each_row_of_the_window_table_holds_at_its_boundaries(
        string row, DateTimeOffset bought, DateTimeOffset? meetingsFrom, DateTimeOffset? liveFrom, DateTimeOffset? othersFrom, DateTimeOffset? othersUntil, DateTimeOffset? unused)
    {
        _ = unused;
        var w = ServiceWindows.For(C136, bought);
        var closes = B(2024, 11, 5);
        Check(row + " meetings", w.Meetings, meetingsFrom, closes);
        Check(row + " live", w.LiveRooms, liveFrom, closes);
        Check(row + " others", w.Others, othersFrom, othersUntil);
    }

    [Fact]
    public void Windows_are_half_open_at_midnight_in_the_fairs_zone()
    {
        var during = ServiceWindows.For(C136, B(2024, 10, 20, 15, 30));
        during.LiveRooms.Contains(B(2024, 10, 20, 23, 59, 59)).ShouldBeFalse();
        during.LiveRooms.Contains(B(2024, 10, 21)).ShouldBeTrue();
        during.Meetings.Contains(B(2024, 11, 4, 23, 59, 59)).ShouldBeTrue();
        during.Meetings.Contains(B(2024, 11, 5)).ShouldBeFalse();
        during.Others.Contains(B(2025, 3, 15, 23, 59, 59)).ShouldBeTrue();
        during.Others.Contains(B(2025, 3, 16)).ShouldBeFalse();
        // 16:00 UTC on 10-20 is already 00:00 of 10-21 in Beijing.
        during.LiveRooms.Contains(new DateTimeOffset(2024, 10, 20, 16, 0, 0, TimeSpan.Zero)).ShouldBeTrue();
    }

    [Fact]
    public void Another_fair_zone_moves_every_boundary()
    {
        var berlin = C136 with { TimeZone = "Europe/Berlin" };
        var w = ServiceWindows.For(berlin, new DateTimeOffset(2024, 10, 20, 12, 0, 0, TimeSpan.Zero));
        w.LiveRooms.From.ShouldBe(new DateTimeOffset(2024, 10, 21, 0, 0, 0, TimeSpan.FromHours(2)));
        w.Meetings.Until.ShouldBe(new DateTimeOffset(2024, 11, 5, 0, 0, 0, TimeSpan.FromHours(1)));
    }

    [Fact]
    public void The_next_session_bought_early_starts_when_that_session_opens()
    {
        var w = ServiceWindows.For(C136, B(2024, 3, 1));
        w.Others.From.ShouldBe(B(2024, 8, 15));
        w.Meetings.From.ShouldBe(B(2024, 10, 15));
    }

    private static void Check(string what, Window w, DateTimeOffset? from, DateTimeOffset? until)
    {
        if (from is null || until is null)
        {
            w.IsEmpty.ShouldBeTrue(what);
            return;
        }

        w.From.ShouldBe(from.Value, what);
        w.Until.ShouldBe(until.Value, what);
        w.Contains(from.Value).ShouldBeTrue(what);
        w.Contains(from.Value.AddTicks(-1)).ShouldBeFalse(what);
        w.Contains(until.Value.AddTicks(-1)).ShouldBeTrue(what);
        w.Contains(until.Value).ShouldBeFalse(what);
    }
}

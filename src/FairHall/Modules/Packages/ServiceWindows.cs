using FairHall.Modules.Fairs;

namespace FairHall.Modules.Packages;

/// <summary>A half-open interval of instants [From, Until); <see cref="None"/> when a service is not opened at all.</summary>
public sealed record Window(DateTimeOffset From, DateTimeOffset Until)
{
    public static readonly Window None = new(DateTimeOffset.MinValue, DateTimeOffset.MinValue);

    public bool IsEmpty => Until <= From;

    public bool Contains(DateTimeOffset instant) => !IsEmpty && instant >= From && instant < Until;
}

/// <summary>The windows of one bought (or granted) service: meetings, live rooms and everything else (PKG-5).</summary>
public sealed record ServiceWindowSet(Window Meetings, Window LiveRooms, Window Others);

/// <summary>The dates of a session the windows depend on, as days in the fair's zone.</summary>
public sealed record SessionCalendar(string TimeZone, DateOnly OpensOn, DateOnly ExhibitionStartsOn, DateOnly ExhibitionEndsOn, DateOnly ServiceEndsOn, DateOnly ServiceStartsOn)
{
    public static SessionCalendar Of(Session s) =>
        new(s.TimeZone, s.ApplicationOpensOn, s.ExhibitionStartsOn, s.ExhibitionEndsOn, s.OnlineServiceEndsOn, s.UploadOpensOn);

    public DateTimeOffset Opens => FairTime.StartOf(OpensOn, TimeZone);

    /// <summary>00:00 of the first offline day.</summary>
    public DateTimeOffset ExhibitionStarts => FairTime.StartOf(ExhibitionStartsOn, TimeZone);

    /// <summary>00:00 after the last offline day: the offline exhibition has closed from this instant.</summary>
    public DateTimeOffset ExhibitionEnds => FairTime.EndOf(ExhibitionEndsOn, TimeZone);

    /// <summary>00:00 after the last day of online service.</summary>
    public DateTimeOffset ServiceEnds => FairTime.EndOf(ServiceEndsOn, TimeZone);
}

/// <summary>
/// PKG-5, the effective-window table of seed 000 (table 2), evaluated in the fair's zone. "Effective at" is the
/// instant a bought service takes effect: the payment, or the qualification approval if that came later.
/// <list type="table">
/// <item>before the offline exhibition: meetings and live rooms = the exhibition; others = at once … service end;</item>
/// <item>during it: live rooms from 00:00 of the next day … exhibition end; meetings at once … exhibition end; others at once … service end;</item>
/// <item>after it: no meetings, no live rooms; others at once … service end;</item>
/// <item>after the service end: nothing.</item>
/// </list>
/// A service bought for a session that has not opened yet starts when that session opens.
/// </summary>
public static class ServiceWindows
{
    public static ServiceWindowSet For(SessionCalendar c, DateTimeOffset effectiveAt)
    {
        var at = effectiveAt < c.Opens ? c.Opens : effectiveAt;
        var others = new Window(at, c.ServiceEnds);
        if (at < c.ExhibitionStarts)
        {
            var exhibition = new Window(c.ExhibitionStarts, c.ExhibitionEnds);
            return new(exhibition, exhibition, others);
        }

        if (at < c.ExhibitionEnds)
        {
            var nextDay = FairTime.EndOf(FairTime.DateOf(at, c.TimeZone), c.TimeZone);
            var live = nextDay < c.ExhibitionEnds ? new Window(nextDay, c.ExhibitionEnds) : Window.None;
            return new(new Window(at, c.ExhibitionEnds), live, others);
        }

        return new(Window.None, Window.None, others.IsEmpty ? Window.None : others);
    }

    /// <summary>The gifted Basic package: meetings during the exhibition, others for the whole session.</summary>
    public static ServiceWindowSet Gifted(SessionCalendar c) =>
        new(new Window(c.ExhibitionStarts, c.ExhibitionEnds), Window.None, new Window(c.Opens, c.ServiceEnds));

    /// <summary>PKG-3: the live-room pack is not sold once the session's live service has ended.</summary>
    public static bool LiveServiceEnded(SessionCalendar c, DateTimeOffset now) => now >= c.ExhibitionEnds;
}

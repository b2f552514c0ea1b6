using FairHall.Modules.Fairs;

namespace FairHall.Modules.Packages;

/// <summary>PKG-4/6 prices: upgrades pay the difference; after the offline exhibition the current session's tiers are pro-rated (ADR 0010).</summary>
public static class Pricing
{
    /// <summary>Days of online service of a session: from the day uploads open to the last service day, both included.</summary>
    public static int ServiceDays(SessionCalendar c) => c.ServiceEndsOn.DayNumber - c.ServiceStartsOn.DayNumber + 1;

    /// <summary>Whole service days left, today (in the fair's zone) included.</summary>
    public static int RemainingDays(SessionCalendar c, DateTimeOffset now) =>
        Math.Clamp(c.ServiceEndsOn.DayNumber - FairTime.DateOf(now, c.TimeZone).DayNumber + 1, 0, ServiceDays(c));

    /// <summary>True when a purchase for this session at this instant is pro-rated: the offline exhibition has closed.</summary>
    public static bool IsProRated(SessionCalendar c, DateTimeOffset now) => now >= c.ExhibitionEnds;

    /// <summary>price × remaining ÷ service days, rounded half up to the fen.</summary>
    public static long ProRate(long priceFen, int remainingDays, int serviceDays) =>
        serviceDays <= 0 ? priceFen : ((priceFen * remainingDays * 2) + serviceDays) / (serviceDays * 2);

    /// <summary>What a tier costs for someone who already holds <paramref name="heldPriceFen"/>, pro-rated when due.</summary>
    public static (long List, long Amount, bool ProRated) Tier(long tierPriceFen, long heldPriceFen, SessionCalendar? c, DateTimeOffset now)
    {
        var difference = Math.Max(0, tierPriceFen - heldPriceFen);
        if (c is null || !IsProRated(c, now))
        {
            return (difference, difference, false);
        }

        return (difference, ProRate(difference, RemainingDays(c, now), ServiceDays(c)), true);
    }
}

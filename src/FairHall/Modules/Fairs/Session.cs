using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Fairs;

/// <summary>The calendar of a session (FAIR-1). All dates are days in the fair's time zone.</summary>
public sealed record SessionDates(
    DateOnly ApplicationOpensOn,
    DateOnly UploadOpensOn,
    DateOnly QuotaSweepOn,
    DateOnly RoutingLockOn,
    DateOnly OfflineDeadlineOn,
    DateOnly OnlineServiceEndsOn);

/// <summary>One offline exhibition phase (期) of a session.</summary>
public sealed record PhaseDates(DateOnly StartsOn, DateOnly EndsOn);

/// <summary>A session (届) of a fair, e.g. the 136th Canton Fair, with its phase calendar (FAIR-1).</summary>
public sealed class Session : IVersioned
{
    private readonly List<SessionPhase> phases = [];

    private Session()
    {
    }

    public Session(Fair fair, int number, string nameZh, string nameEn, SessionDates dates, IReadOnlyList<PhaseDates> phaseDates)
    {
        FairId = fair.Id;
        Fair = fair;
        TimeZone = fair.TimeZone;
        Number = number;
        NameZh = nameZh;
        NameEn = nameEn;
        OfflineMinimumListed = number == 132 ? 1 : 3; // FAIR-7: 3 per offline zone; the 132nd session asked for 1
        SetDates(dates, phaseDates);
    }

    public long Id { get; private set; }
    public long FairId { get; private set; }
    public Fair? Fair { get; private set; }
    public int Number { get; private set; }
    public string NameZh { get; private set; } = "";
    public string NameEn { get; private set; } = "";

    /// <summary>A copy of the fair's zone, so later modules can compute deadlines from a session alone.</summary>
    public string TimeZone { get; private set; } = Fair.DefaultTimeZone;

    public DateOnly ApplicationOpensOn { get; private set; }
    public DateOnly UploadOpensOn { get; private set; }

    /// <summary>PKG-7: unused quotas are swept on this day.</summary>
    public DateOnly QuotaSweepOn { get; private set; }

    /// <summary>MATCH-5: last day exhibitors may change their message routing choice.</summary>
    public DateOnly RoutingLockOn { get; private set; }

    /// <summary>FAIR-7: offline exhibitors must complete their data by this day (badge deadline).</summary>
    public DateOnly OfflineDeadlineOn { get; private set; }

    public DateOnly OnlineServiceEndsOn { get; private set; }

    /// <summary>FAIR-7: listed products each offline exhibitor needs in every offline zone by <see cref="OfflineDeadlineOn"/>.</summary>
    public int OfflineMinimumListed { get; private set; } = 3;

    public long Version { get; private set; }

    public IReadOnlyList<SessionPhase> Phases => phases;

    public DateOnly ExhibitionStartsOn => phases.Count == 0 ? ApplicationOpensOn : phases.Min(p => p.StartsOn);

    public DateOnly ExhibitionEndsOn => phases.Count == 0 ? ApplicationOpensOn : phases.Max(p => p.EndsOn);

    public SessionDates Dates => new(ApplicationOpensOn, UploadOpensOn, QuotaSweepOn, RoutingLockOn, OfflineDeadlineOn, OnlineServiceEndsOn);

    public void Rename(int number, string nameZh, string nameEn)
    {
        Number = number;
        NameZh = nameZh;
        NameEn = nameEn;
        Version++;
    }

    /// <summary>Moves the calendar. Phase rows are kept by number so that zones keep pointing at them.</summary>
    public void Reschedule(SessionDates dates, IReadOnlyList<PhaseDates> phaseDates)
    {
        SetDates(dates, phaseDates);
        Version++;
    }

    /// <summary>FAIR-7: changes the number of listed products required per offline zone (at least 1).</summary>
    public void RequireOfflineListed(int perZone)
    {
        OfflineMinimumListed = Math.Max(1, perZone);
        Version++;
    }

    /// <summary>Follows the fair when the organizer changes its time zone.</summary>
    public void MoveToTimeZone(string timeZone)
    {
        TimeZone = timeZone;
        Version++;
    }

    public DateTimeOffset StartOf(DateOnly date) => FairTime.StartOf(date, TimeZone);

    /// <summary>Exclusive end of a day in the fair's zone (00:00 of the next day), e.g. <c>now &lt; session.EndOf(session.OfflineDeadlineOn)</c>.</summary>
    public DateTimeOffset EndOf(DateOnly date) => FairTime.EndOf(date, TimeZone);

    public DateOnly Today(TimeProvider clock) => FairTime.DateOf(clock.GetUtcNow(), TimeZone);

    /// <summary>True while the session is the one exhibitors and buyers work in: from application opening to the end of online service.</summary>
    public bool IsRunningOn(DateOnly day) => day >= ApplicationOpensOn && day <= OnlineServiceEndsOn;

    private void SetDates(SessionDates dates, IReadOnlyList<PhaseDates> phaseDates)
    {
        ApplicationOpensOn = dates.ApplicationOpensOn;
        UploadOpensOn = dates.UploadOpensOn;
        QuotaSweepOn = dates.QuotaSweepOn;
        RoutingLockOn = dates.RoutingLockOn;
        OfflineDeadlineOn = dates.OfflineDeadlineOn;
        OnlineServiceEndsOn = dates.OnlineServiceEndsOn;
        for (var i = 0; i < phaseDates.Count; i++)
        {
            var existing = phases.FirstOrDefault(p => p.Number == i + 1);
            if (existing is null)
            {
                phases.Add(new SessionPhase(i + 1, phaseDates[i].StartsOn, phaseDates[i].EndsOn));
            }
            else
            {
                existing.Move(phaseDates[i].StartsOn, phaseDates[i].EndsOn);
            }
        }

        phases.RemoveAll(p => p.Number > phaseDates.Count);
    }
}

/// <summary>An offline exhibition phase (第N期) of a session.</summary>
public sealed class SessionPhase
{
    private SessionPhase()
    {
    }

    internal SessionPhase(int number, DateOnly startsOn, DateOnly endsOn)
    {
        Number = number;
        StartsOn = startsOn;
        EndsOn = endsOn;
    }

    public long Id { get; private set; }
    public long SessionId { get; private set; }
    public int Number { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }

    internal void Move(DateOnly startsOn, DateOnly endsOn)
    {
        StartsOn = startsOn;
        EndsOn = endsOn;
    }
}

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> b)
    {
        b.ToTable("sessions");
        b.Property(x => x.NameZh).HasMaxLength(100);
        b.Property(x => x.NameEn).HasMaxLength(100);
        b.Property(x => x.TimeZone).HasMaxLength(64);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Fair).WithMany().HasForeignKey(x => x.FairId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.FairId, x.Number }).IsUnique();
        b.HasMany(x => x.Phases).WithOne().HasForeignKey(p => p.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Phases).HasField("phases").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(x => x.Dates);
        b.Ignore(x => x.ExhibitionStartsOn);
        b.Ignore(x => x.ExhibitionEndsOn);
    }
}

internal sealed class SessionPhaseConfiguration : IEntityTypeConfiguration<SessionPhase>
{
    public void Configure(EntityTypeBuilder<SessionPhase> b)
    {
        b.ToTable("session_phases");
        b.HasIndex(x => new { x.SessionId, x.Number }).IsUnique();
    }
}

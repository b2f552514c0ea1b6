using FairHall.Platform.Localization;
using FluentValidation;
using FluentValidation.Results;

namespace FairHall.Modules.Fairs;

/// <summary>One phase as typed by the organizer; phases are numbered by their position (1..n).</summary>
public sealed record PhaseInput(DateOnly? StartsOn, DateOnly? EndsOn);

/// <summary>The calendar fields that creating and updating a session share.</summary>
public interface ISessionCalendar
{
    string? NameZh { get; }
    string? NameEn { get; }
    int? Number { get; }
    DateOnly? ApplicationOpensOn { get; }
    DateOnly? UploadOpensOn { get; }
    DateOnly? QuotaSweepOn { get; }
    DateOnly? RoutingLockOn { get; }
    DateOnly? OfflineDeadlineOn { get; }
    DateOnly? OnlineServiceEndsOn { get; }
    IReadOnlyList<PhaseInput>? Phases { get; }
}

/// <summary>
/// FAIR-1: the order of a session's dates. Applications open, then uploads, then the offline phases one after
/// another; the quota sweep, routing lock and offline deadline fall before the exhibition; online service
/// outlasts it. Each broken rule is reported on the field the organizer has to change.
/// </summary>
internal sealed class SessionCalendarRules : AbstractValidator<ISessionCalendar>
{
    public SessionCalendarRules(TextCatalog texts)
    {
        RuleFor(x => x.Number).NotNull().InclusiveBetween(1, 9999).WithName(_ => texts.Get("Fairs.Session.Number"));
        RuleFor(x => x.NameZh).NameZh(texts);
        RuleFor(x => x.NameEn).NameEn(texts);
        RuleFor(x => x.ApplicationOpensOn).NotNull().WithName(_ => texts.Get("Fairs.Session.ApplicationOpensOn"));
        RuleFor(x => x.UploadOpensOn).NotNull().WithName(_ => texts.Get("Fairs.Session.UploadOpensOn"));
        RuleFor(x => x.QuotaSweepOn).NotNull().WithName(_ => texts.Get("Fairs.Session.QuotaSweepOn"));
        RuleFor(x => x.RoutingLockOn).NotNull().WithName(_ => texts.Get("Fairs.Session.RoutingLockOn"));
        RuleFor(x => x.OfflineDeadlineOn).NotNull().WithName(_ => texts.Get("Fairs.Session.OfflineDeadlineOn"));
        RuleFor(x => x.OnlineServiceEndsOn).NotNull().WithName(_ => texts.Get("Fairs.Session.OnlineServiceEndsOn"));
        RuleFor(x => x.Phases).NotEmpty().WithMessage(_ => texts.Get("Fairs.Session.PhasesRequired"));
        RuleFor(x => x).Custom((x, ctx) =>
        {
            foreach (var (field, message) in Check(x, texts))
            {
                ctx.AddFailure(new ValidationFailure(field, message));
            }
        });
    }

    private static IEnumerable<(string Field, string Message)> Check(ISessionCalendar x, TextCatalog texts)
    {
        if (x.ApplicationOpensOn is { } app && x.UploadOpensOn is { } upload && upload < app)
        {
            yield return ("UploadOpensOn", texts.Get("Fairs.Session.UploadBeforeApplication"));
        }

        var phases = x.Phases ?? [];
        for (var i = 0; i < phases.Count; i++)
        {
            var n = i + 1;
            if (phases[i].StartsOn is null)
            {
                yield return ($"Phases[{i}].StartsOn", texts.Format("Fairs.Session.PhaseStartRequired", n));
            }

            if (phases[i].EndsOn is null)
            {
                yield return ($"Phases[{i}].EndsOn", texts.Format("Fairs.Session.PhaseEndRequired", n));
            }

            if (phases[i] is { StartsOn: { } start, EndsOn: { } end } && end < start)
            {
                yield return ($"Phases[{i}].EndsOn", texts.Format("Fairs.Session.PhaseEndsBeforeStart", n));
            }

            if (i > 0 && phases[i].StartsOn is { } s && phases[i - 1].EndsOn is { } previousEnd && s <= previousEnd)
            {
                yield return ($"Phases[{i}].StartsOn", texts.Format("Fairs.Session.PhaseOverlaps", n, n - 1));
            }
        }

        if (phases.Count > 0 && phases[0].StartsOn is { } first)
        {
            if (x.UploadOpensOn is { } u && u > first)
            {
                yield return ("UploadOpensOn", texts.Get("Fairs.Session.UploadAfterExhibition"));
            }
            else if (x.ApplicationOpensOn is { } a && a > first)
            {
                yield return ("ApplicationOpensOn", texts.Get("Fairs.Session.ApplicationAfterExhibition"));
            }

            if (x.QuotaSweepOn is { } sweep && sweep >= first)
            {
                yield return ("QuotaSweepOn", texts.Get("Fairs.Session.QuotaSweepNotBeforeExhibition"));
            }

            if (x.RoutingLockOn is { } routing && routing >= first)
            {
                yield return ("RoutingLockOn", texts.Get("Fairs.Session.RoutingLockNotBeforeExhibition"));
            }

            if (x.OfflineDeadlineOn is { } deadline && deadline >= first)
            {
                yield return ("OfflineDeadlineOn", texts.Get("Fairs.Session.OfflineDeadlineNotBeforeExhibition"));
            }
        }

        var lastEnd = phases.Where(p => p.EndsOn is not null).Select(p => p.EndsOn!.Value).DefaultIfEmpty().Max();
        if (lastEnd != default && x.OnlineServiceEndsOn is { } online && online <= lastEnd)
        {
            yield return ("OnlineServiceEndsOn", texts.Get("Fairs.Session.OnlineServiceNotAfterExhibition"));
        }
    }

    /// <summary>The validated calendar as entity values (call only after validation passed).</summary>
    public static (SessionDates Dates, IReadOnlyList<PhaseDates> Phases) ToDates(ISessionCalendar x) =>
        (new SessionDates(x.ApplicationOpensOn!.Value, x.UploadOpensOn!.Value, x.QuotaSweepOn!.Value, x.RoutingLockOn!.Value,
                x.OfflineDeadlineOn!.Value, x.OnlineServiceEndsOn!.Value),
            [.. x.Phases!.Select(p => new PhaseDates(p.StartsOn!.Value, p.EndsOn!.Value))]);
}

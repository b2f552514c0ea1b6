using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Fairs;

/// <summary>PUT /api/v1/sessions/{id} — renames a session and moves its dates and phases (FAIR-1).</summary>
internal static class UpdateSession
{
    public sealed record Request(
        int? Number, string? NameZh, string? NameEn,
        DateOnly? ApplicationOpensOn, DateOnly? UploadOpensOn, DateOnly? QuotaSweepOn, DateOnly? RoutingLockOn,
        DateOnly? OfflineDeadlineOn, DateOnly? OnlineServiceEndsOn, IReadOnlyList<PhaseInput>? Phases, long Version) : ISessionCalendar;

    internal sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TextCatalog texts) => Include(new SessionCalendarRules(texts));
    }

    internal sealed class Handler(FairHallDbContext db, IValidator<Request> validator, TextCatalog texts)
    {
        public async Task<Result<SessionView>> HandleAsync(long id, Request request, CancellationToken ct)
        {
            if (await validator.CheckAsync(request, ct) is { } invalid)
            {
                return invalid;
            }

            var found = await db.FindToChangeAsync(db.Set<Session>().Include(s => s.Phases), id, request.Version, ct);
            if (!found.IsSuccess)
            {
                return found.Error;
            }

            var session = found.Value;

            var number = request.Number!.Value;
            var duplicate = Error.Invalid("Number", texts.Format("Fairs.Session.NumberTaken", number));
            if (await db.Set<Session>().AnyAsync(s => s.FairId == session.FairId && s.Number == number && s.Id != id, ct))
            {
                return duplicate;
            }

            // Removing a phase would leave its zones nowhere: refuse while zones still use it.
            var phaseCount = request.Phases!.Count;
            var orphaned = await db.Set<Zone>().Where(z => z.SessionId == id && z.PhaseNumber > phaseCount)
                .Select(z => (int?)z.PhaseNumber).MinAsync(ct);
            if (orphaned is { } phase)
            {
                return Error.Invalid("Phases", texts.Format("Fairs.Session.PhaseInUse", phase));
            }

            var (dates, phases) = SessionCalendarRules.ToDates(request);
            session.Rename(number, FairsRules.Clean(request.NameZh), FairsRules.Clean(request.NameEn));
            session.Reschedule(dates, phases);
            return await db.SaveAsync(duplicate, ct) is { } failed ? failed : SessionView.From(session);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/sessions/{id:long}", async (long id, Request request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(id, request, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Organizer).WithTags("Sessions").WithSummary("Update a session, its dates and phases (send the Version you read).");
}

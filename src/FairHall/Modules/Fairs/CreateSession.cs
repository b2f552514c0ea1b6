using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Fairs;

/// <summary>POST /api/v1/sessions — the organizer opens a new session (届) with its calendar (FAIR-1).</summary>
internal static class CreateSession
{
    public sealed record Request(
        long FairId, int? Number, string? NameZh, string? NameEn,
        DateOnly? ApplicationOpensOn, DateOnly? UploadOpensOn, DateOnly? QuotaSweepOn, DateOnly? RoutingLockOn,
        DateOnly? OfflineDeadlineOn, DateOnly? OnlineServiceEndsOn, IReadOnlyList<PhaseInput>? Phases) : ISessionCalendar;

    internal sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TextCatalog texts) => Include(new SessionCalendarRules(texts));
    }

    internal sealed class Handler(FairHallDbContext db, IValidator<Request> validator, TextCatalog texts)
    {
        public async Task<Result<SessionView>> HandleAsync(Request request, CancellationToken ct)
        {
            if (await validator.CheckAsync(request, ct) is { } invalid)
            {
                return invalid;
            }

            var fair = await db.Set<Fair>().FirstOrDefaultAsync(f => f.Id == request.FairId, ct);
            if (fair is null)
            {
                return Error.Invalid("FairId", texts.Get("Fairs.FairUnknown"));
            }

            var duplicate = Error.Invalid("Number", texts.Format("Fairs.Session.NumberTaken", request.Number!.Value));
            if (await db.Set<Session>().AnyAsync(s => s.FairId == fair.Id && s.Number == request.Number, ct))
            {
                return duplicate;
            }

            var (dates, phases) = SessionCalendarRules.ToDates(request);
            var session = new Session(fair, request.Number.Value, FairsRules.Clean(request.NameZh), FairsRules.Clean(request.NameEn), dates, phases);
            db.Add(session);
            return await db.SaveAsync(duplicate, ct) is { } failed ? failed : SessionView.From(session);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/sessions", async (Request request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(request, ct)).ToHttp(http, v => TypedResults.Created($"/api/v1/sessions/{v.Id}", v)))
            .RequireAuthorization(Policies.Organizer).WithTags("Sessions").WithSummary("Create a session with its phase calendar.");
}

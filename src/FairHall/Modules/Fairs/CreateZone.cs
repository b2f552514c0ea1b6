using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Fairs;

/// <summary>POST /api/v1/zones — the organizer adds a zone (展区) to a session (FAIR-2).</summary>
internal static class CreateZone
{
    public sealed record Request(
        long SessionId, string? Code, string? NameZh, string? NameEn, int? PhaseNumber, int? SortOrder,
        IReadOnlyList<long>? AssociationIds) : IZoneFields;

    internal sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TextCatalog texts) => Include(new ZoneRules(texts));
    }

    internal sealed class Handler(FairHallDbContext db, IValidator<Request> validator, TextCatalog texts)
    {
        public async Task<Result<ZoneView>> HandleAsync(Request request, CancellationToken ct)
        {
            if (await validator.CheckAsync(request, ct) is { } invalid)
            {
                return invalid;
            }

            var session = await db.Set<Session>().AsNoTracking().Include(s => s.Phases).FirstOrDefaultAsync(s => s.Id == request.SessionId, ct);
            if (session is null)
            {
                return Error.Invalid("SessionId", texts.Get("Fairs.SessionUnknown"));
            }

            if (await ZoneRules.CheckAsync(db, texts, session, request, null, ct) is { } wrong)
            {
                return wrong;
            }

            // Without an explicit place, a new zone goes to the end of the list.
            var sortOrder = request.SortOrder
                ?? (await db.Set<Zone>().Where(z => z.SessionId == session.Id).MaxAsync(z => (int?)z.SortOrder, ct) ?? 0) + 10;
            var zone = new Zone(session.Id, FairsRules.Clean(request.Code), FairsRules.Clean(request.NameZh), FairsRules.Clean(request.NameEn),
                request.PhaseNumber!.Value, sortOrder, request.AssociationIds!);
            db.Add(zone);
            return await db.SaveAsync(FairsRules.DuplicateCode(texts), ct) is { } failed ? failed : ZoneView.From(zone);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/zones", async (Request request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(request, ct)).ToHttp(http, v => TypedResults.Created($"/api/v1/zones/{v.Id}", v)))
            .RequireAuthorization(Policies.Organizer).WithTags("Zones").WithSummary("Create a zone in a session.");
}

using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Fairs;

/// <summary>PUT /api/v1/zones/{id} — renames, moves, (de)activates a zone and sets its reviewing associations.</summary>
internal static class UpdateZone
{
    public sealed record Request(
        string? Code, string? NameZh, string? NameEn, int? PhaseNumber, int? SortOrder, bool? IsActive,
        IReadOnlyList<long>? AssociationIds, long Version) : IZoneFields;

    internal sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TextCatalog texts) => Include(new ZoneRules(texts));
    }

    internal sealed class Handler(FairHallDbContext db, IValidator<Request> validator, TextCatalog texts)
    {
        public async Task<Result<ZoneView>> HandleAsync(long id, Request request, CancellationToken ct)
        {
            if (await validator.CheckAsync(request, ct) is { } invalid)
            {
                return invalid;
            }

            var found = await db.FindToChangeAsync(db.Set<Zone>().Include(z => z.Associations).Include(z => z.Tags), id, request.Version, ct);
            if (!found.IsSuccess)
            {
                return found.Error;
            }

            var zone = found.Value;

            var session = await db.Set<Session>().AsNoTracking().Include(s => s.Phases).FirstAsync(s => s.Id == zone.SessionId, ct);
            if (await ZoneRules.CheckAsync(db, texts, session, request, id, ct) is { } wrong)
            {
                return wrong;
            }

            zone.Rename(FairsRules.Clean(request.Code), FairsRules.Clean(request.NameZh), FairsRules.Clean(request.NameEn));
            zone.Place(request.PhaseNumber!.Value, request.SortOrder ?? zone.SortOrder, request.IsActive ?? zone.IsActive);
            zone.AssignAssociations(request.AssociationIds!);
            return await db.SaveAsync(FairsRules.DuplicateCode(texts), ct) is { } failed ? failed : ZoneView.From(zone);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/zones/{id:long}", async (long id, Request request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(id, request, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Organizer).WithTags("Zones").WithSummary("Update a zone (send the Version you read).");
}

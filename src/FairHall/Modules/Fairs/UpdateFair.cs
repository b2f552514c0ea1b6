using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Fairs;

/// <summary>PUT /api/v1/fairs/{id} — renames a fair or moves it to another time zone (its sessions follow).</summary>
internal static class UpdateFair
{
    public sealed record Request(string? Code, string? NameZh, string? NameEn, string? TimeZone, long Version) : ICodeAndNames;

    internal sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TextCatalog texts)
        {
            Include(new CodeAndNameRules(texts));
            RuleFor(x => x.TimeZone).Must(FairTime.IsKnownZone)
                .WithMessage(_ => texts.Get("Fairs.TimeZoneUnknown")).WithName(_ => texts.Get("Fairs.TimeZone"));
        }
    }

    internal sealed class Handler(FairHallDbContext db, IValidator<Request> validator, TextCatalog texts)
    {
        public async Task<Result<FairView>> HandleAsync(long id, Request request, CancellationToken ct)
        {
            if (await validator.CheckAsync(request, ct) is { } invalid)
            {
                return invalid;
            }

            var found = await db.FindToChangeAsync(db.Set<Fair>(), id, request.Version, ct);
            if (!found.IsSuccess)
            {
                return found.Error;
            }

            var fair = found.Value;

            var code = FairsRules.Clean(request.Code);
            if (await db.Set<Fair>().AnyAsync(f => f.Code == code && f.Id != id, ct))
            {
                return FairsRules.DuplicateCode(texts);
            }

            var timeZone = FairsRules.Clean(request.TimeZone);
            if (timeZone != fair.TimeZone)
            {
                // A fair has a handful of sessions; each keeps a copy of the zone for its deadline helpers.
                foreach (var session in await db.Set<Session>().Where(s => s.FairId == id).ToListAsync(ct))
                {
                    session.MoveToTimeZone(timeZone);
                }
            }

            fair.Update(code, FairsRules.Clean(request.NameZh), FairsRules.Clean(request.NameEn), timeZone);
            return await db.SaveAsync(FairsRules.DuplicateCode(texts), ct) is { } failed ? failed : FairView.From(fair);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/fairs/{id:long}", async (long id, Request request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(id, request, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Organizer).WithTags("Fairs").WithSummary("Update a fair (send the Version you read).");
}

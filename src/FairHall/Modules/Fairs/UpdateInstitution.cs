using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Fairs;

/// <summary>PUT /api/v1/institutions/{id} — renames a organizing institution (组展机构) (ROLE-4).</summary>
internal static class UpdateInstitution
{
    public sealed record Request(string? Code, string? NameZh, string? NameEn, long Version);

    internal sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TextCatalog texts)
        {
            RuleFor(x => x.Code).Code(texts);
            RuleFor(x => x.NameZh).NameZh(texts);
            RuleFor(x => x.NameEn).NameEn(texts);
        }
    }

    internal sealed class Handler(FairHallDbContext db, IValidator<Request> validator, TextCatalog texts)
    {
        public async Task<Result<OrganizationView>> HandleAsync(long id, Request request, CancellationToken ct)
        {
            if (await validator.CheckAsync(request, ct) is { } invalid)
            {
                return invalid;
            }

            var found = await db.Set<Institution>().FirstOrDefaultAsync(x => x.Id == id, ct);
            if (found is null)
            {
                return Error.NotFound();
            }

            if (db.IsStale(found, request.Version, x => x.Version))
            {
                return Error.Conflict("conflict");
            }

            var code = FairsRules.Clean(request.Code);
            if (await db.Set<Institution>().AnyAsync(x => x.FairId == found.FairId && x.Code == code && x.Id != id, ct))
            {
                return FairsRules.DuplicateCode(texts);
            }

            found.Update(code, FairsRules.Clean(request.NameZh), FairsRules.Clean(request.NameEn));
            return await db.SaveAsync(FairsRules.DuplicateCode(texts), ct) is { } failed ? failed : OrganizationView.From(found);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/institutions/{id:long}", async (long id, Request request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(id, request, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Organizer).WithTags("Organizations").WithSummary("Update a institution (send the Version you read).");
}

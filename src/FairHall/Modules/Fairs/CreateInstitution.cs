using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Fairs;

/// <summary>POST /api/v1/institutions — the organizer registers a organizing institution (组展机构) (ROLE-4).</summary>
internal static class CreateInstitution
{
    public sealed record Request(long FairId, string? Code, string? NameZh, string? NameEn);

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
        public async Task<Result<OrganizationView>> HandleAsync(Request request, CancellationToken ct)
        {
            if (await validator.CheckAsync(request, ct) is { } invalid)
            {
                return invalid;
            }

            if (!await db.Set<Fair>().AnyAsync(f => f.Id == request.FairId, ct))
            {
                return Error.Invalid("FairId", texts.Get("Fairs.FairUnknown"));
            }

            var code = FairsRules.Clean(request.Code);
            if (await db.Set<Institution>().AnyAsync(x => x.FairId == request.FairId && x.Code == code, ct))
            {
                return FairsRules.DuplicateCode(texts);
            }

            var created = new Institution(request.FairId, code, FairsRules.Clean(request.NameZh), FairsRules.Clean(request.NameEn));
            db.Add(created);
            return await db.SaveAsync(FairsRules.DuplicateCode(texts), ct) is { } failed ? failed : OrganizationView.From(created);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/institutions", async (Request request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(request, ct)).ToHttp(http, v => TypedResults.Created($"/api/v1/institutions/{v.Id}", v)))
            .RequireAuthorization(Policies.Organizer).WithTags("Organizations").WithSummary("Create a institution.");
}

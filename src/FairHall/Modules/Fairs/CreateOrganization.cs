using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using FluentValidation;

namespace FairHall.Modules.Fairs;

/// <summary>
/// POST /api/v1/associations and /api/v1/institutions — the organizer registers a trade association (商协会, ROLE-3)
/// or an organizing institution (组展机构, ROLE-4).
/// </summary>
internal static class CreateOrganization
{
    public sealed record Request(long FairId, string? Code, string? NameZh, string? NameEn) : ICodeAndNames;

    internal sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TextCatalog texts) => Include(new CodeAndNameRules(texts));
    }

    internal sealed class Handler<T>(FairHallDbContext db, IValidator<Request> validator, TextCatalog texts, OrganizationKind<T> kind)
        where T : FairOrganization
    {
        public async Task<Result<OrganizationView>> HandleAsync(Request request, CancellationToken ct)
        {
            if (await validator.CheckAsync(request, ct) is { } invalid)
            {
                return invalid;
            }

            if (await db.CheckFairAsync(request.FairId, texts, ct) is { } unknown)
            {
                return unknown;
            }

            var code = FairsRules.Clean(request.Code);
            if (await db.IsCodeTakenAsync<T>(request.FairId, code, null, ct))
            {
                return FairsRules.DuplicateCode(texts);
            }

            var created = kind.Create(request.FairId, code, FairsRules.Clean(request.NameZh), FairsRules.Clean(request.NameEn));
            db.Add(created);
            return await db.SaveAsync(FairsRules.DuplicateCode(texts), ct) is { } failed ? failed : OrganizationView.From(created);
        }
    }

    public static void Map<T>(RouteGroupBuilder api, OrganizationKind<T> kind) where T : FairOrganization =>
        api.MapPost($"/{kind.Route}", async (Request request, Handler<T> handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(request, ct)).ToHttp(http, v => TypedResults.Created($"/api/v1/{kind.Route}/{v.Id}", v)))
            .RequireAuthorization(Policies.Organizer).WithTags(OrganizationKinds.Tag).WithSummary($"Create a {kind.Singular}.");
}

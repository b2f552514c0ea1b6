using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using FluentValidation;

namespace FairHall.Modules.Fairs;

/// <summary>PUT /api/v1/associations/{id} and /api/v1/institutions/{id} — renames an association (ROLE-3) or institution (ROLE-4).</summary>
internal static class UpdateOrganization
{
    public sealed record Request(string? Code, string? NameZh, string? NameEn, long Version) : ICodeAndNames;

    internal sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TextCatalog texts) => Include(new CodeAndNameRules(texts));
    }

    internal sealed class Handler<T>(FairHallDbContext db, IValidator<Request> validator, TextCatalog texts) where T : FairOrganization
    {
        public async Task<Result<OrganizationView>> HandleAsync(long id, Request request, CancellationToken ct)
        {
            if (await validator.CheckAsync(request, ct) is { } invalid)
            {
                return invalid;
            }

            var found = await db.FindToChangeAsync(db.Set<T>(), id, request.Version, ct);
            if (!found.IsSuccess)
            {
                return found.Error;
            }

            var organization = found.Value;

            var code = FairsRules.Clean(request.Code);
            if (await db.IsCodeTakenAsync<T>(organization.FairId, code, id, ct))
            {
                return FairsRules.DuplicateCode(texts);
            }

            organization.Rename(code, FairsRules.Clean(request.NameZh), FairsRules.Clean(request.NameEn));
            return await db.SaveAsync(FairsRules.DuplicateCode(texts), ct) is { } failed ? failed : OrganizationView.From(organization);
        }
    }

    public static void Map<T>(RouteGroupBuilder api, OrganizationKind<T> kind) where T : FairOrganization =>
        api.MapPut($"/{kind.Route}/{{id:long}}", async (long id, Request request, Handler<T> handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(id, request, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Organizer).WithTags(OrganizationKinds.Tag)
            .WithSummary($"Update a {kind.Singular} (send the Version you read).");
}

using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using FluentValidation;

namespace FairHall.Modules.Fairs;

/// <summary>PUT /api/v1/delegations/{id} — renames a delegation or moves it under another one (ROLE-2).</summary>
internal static class UpdateDelegation
{
    public sealed record Request(long? ParentId, string? Code, string? NameZh, string? NameEn, string? Region, long Version) : IDelegationFields;

    internal sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TextCatalog texts) => Include(new DelegationRules(texts));
    }

    internal sealed class Handler(FairHallDbContext db, IValidator<Request> validator, TextCatalog texts)
    {
        public async Task<Result<DelegationView>> HandleAsync(long id, Request request, CancellationToken ct)
        {
            if (await validator.CheckAsync(request, ct) is { } invalid)
            {
                return invalid;
            }

            var found = await db.FindToChangeAsync(db.Set<Delegation>(), id, request.Version, ct);
            if (!found.IsSuccess)
            {
                return found.Error;
            }

            var delegation = found.Value;

            if (await DelegationRules.CheckAsync(db, texts, delegation.FairId, request, id, ct) is { } wrong)
            {
                return wrong;
            }

            delegation.Update(request.ParentId, FairsRules.Clean(request.Code), FairsRules.Clean(request.NameZh),
                FairsRules.Clean(request.NameEn), FairsRules.CleanOrNull(request.Region));
            return await db.SaveAsync(FairsRules.DuplicateCode(texts), ct) is { } failed ? failed : DelegationView.From(delegation);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/delegations/{id:long}", async (long id, Request request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(id, request, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Organizer).WithTags(OrganizationKinds.Tag).WithSummary("Update a delegation (send the Version you read).");
}

using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using FluentValidation;

namespace FairHall.Modules.Fairs;

/// <summary>POST /api/v1/delegations — the organizer registers a trade delegation or sub-delegation (ROLE-2).</summary>
internal static class CreateDelegation
{
    public sealed record Request(long FairId, long? ParentId, string? Code, string? NameZh, string? NameEn, string? Region) : IDelegationFields;

    internal sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TextCatalog texts) => Include(new DelegationRules(texts));
    }

    internal sealed class Handler(FairHallDbContext db, IValidator<Request> validator, TextCatalog texts)
    {
        public async Task<Result<DelegationView>> HandleAsync(Request request, CancellationToken ct)
        {
            if (await validator.CheckAsync(request, ct) is { } invalid)
            {
                return invalid;
            }

            if (await db.CheckFairAsync(request.FairId, texts, ct) is { } unknown)
            {
                return unknown;
            }

            if (await DelegationRules.CheckAsync(db, texts, request.FairId, request, null, ct) is { } wrong)
            {
                return wrong;
            }

            var delegation = new Delegation(request.FairId, request.ParentId, FairsRules.Clean(request.Code), FairsRules.Clean(request.NameZh),
                FairsRules.Clean(request.NameEn), FairsRules.CleanOrNull(request.Region));
            db.Add(delegation);
            return await db.SaveAsync(FairsRules.DuplicateCode(texts), ct) is { } failed ? failed : DelegationView.From(delegation);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/delegations", async (Request request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(request, ct)).ToHttp(http, v => TypedResults.Created($"/api/v1/delegations/{v.Id}", v)))
            .RequireAuthorization(Policies.Organizer).WithTags(OrganizationKinds.Tag).WithSummary("Create a trade delegation (with parentId: a sub-delegation).");
}

using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;

namespace FairHall.Modules.Exhibitors.Onboarding;

/// <summary>GET /api/v1/enterprise/qualification — the admin's own qualification for the current session, with status and reason (FAIR-4).</summary>
internal static class GetMyQualification
{
    internal sealed class Handler(OnboardingContext context, ICurrentActor actor)
    {
        public async Task<Result<QualificationView>> HandleAsync(CancellationToken ct) =>
            actor.EnterpriseId is { } enterpriseId ? await context.ViewAsync(enterpriseId, ct) : Error.Forbidden();
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/enterprise/qualification", async (Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.ExhibitorAdmin).WithTags("Qualification").WithSummary("The enterprise's qualification and its status.");
}

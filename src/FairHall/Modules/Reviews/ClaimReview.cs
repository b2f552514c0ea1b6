using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;

namespace FairHall.Modules.Reviews;

/// <summary>
/// POST /api/v1/reviews/{id}/claim and /release — a reviewer takes an item (审核中: the applicant can no longer
/// edit) or gives it back to the queue.
/// </summary>
internal static class ClaimReview
{
    public sealed record Request(long? Version = null);

    internal sealed class Handler(ReviewMover mover)
    {
        public Task<Result<ReviewItemView>> ClaimAsync(long id, long? version, CancellationToken ct) => mover.MoveAsync(id, ReviewAction.Claim, null, version, ct);

        public Task<Result<ReviewItemView>> ReleaseAsync(long id, long? version, CancellationToken ct) => mover.MoveAsync(id, ReviewAction.Release, null, version, ct);
    }

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/reviews/{id:long}/claim", async (long id, Request? request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.ClaimAsync(id, request?.Version, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Reviewer).WithTags("Reviews").WithSummary("Claim a pending item (locks the applicant's edits).");
        api.MapPost("/reviews/{id:long}/release", async (long id, Request? request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.ReleaseAsync(id, request?.Version, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Reviewer).WithTags("Reviews").WithSummary("Give a claimed item back to the queue.");
    }
}

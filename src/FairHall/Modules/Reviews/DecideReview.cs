using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;

namespace FairHall.Modules.Reviews;

/// <summary>
/// POST /api/v1/reviews/{id}/approve and /reject — the decision. A rejection needs a reason, which the
/// applicant sees; both notify the applicant in-app and by SMS/e-mail through the outbox.
/// </summary>
internal static class DecideReview
{
    public const int ReasonMax = 1000;

    public sealed record Request(string? Reason = null, long? Version = null);

    internal sealed class Handler(ReviewMover mover, TextCatalog texts)
    {
        public Task<Result<ReviewItemView>> ApproveAsync(long id, Request request, CancellationToken ct) =>
            request.Reason is { Length: > ReasonMax } ? Task.FromResult<Result<ReviewItemView>>(TooLong()) : mover.MoveAsync(id, ReviewAction.Approve, request.Reason, request.Version, ct);

        public Task<Result<ReviewItemView>> RejectAsync(long id, Request request, CancellationToken ct)
        {
            if (string.IsNullOrWhiteSpace(request.Reason))
            {
                return Task.FromResult<Result<ReviewItemView>>(Error.Invalid("Reason", texts.Get("Reviews.ReasonRequired")));
            }

            return request.Reason.Length > ReasonMax
                ? Task.FromResult<Result<ReviewItemView>>(TooLong())
                : mover.MoveAsync(id, ReviewAction.Reject, request.Reason, request.Version, ct);
        }

        private Error TooLong() => Error.Invalid("Reason", texts.Format("Reviews.ReasonTooLong", ReasonMax));
    }

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/reviews/{id:long}/approve", async (long id, Request? request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.ApproveAsync(id, request ?? new(), ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Reviewer).WithTags("Reviews").WithSummary("Approve an item (optional note, optional version).");
        api.MapPost("/reviews/{id:long}/reject", async (long id, Request? request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.RejectAsync(id, request ?? new(), ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Reviewer).WithTags("Reviews").WithSummary("Reject an item with a reason the applicant sees.");
    }
}

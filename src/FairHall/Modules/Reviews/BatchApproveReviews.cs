using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;

namespace FairHall.Modules.Reviews;

/// <summary>
/// POST /api/v1/reviews/batch-approve — approves several items, each on its own (one failure does not undo the
/// others), and says per item what happened.
/// </summary>
internal static class BatchApproveReviews
{
    public const int MaxItems = 200;

    public sealed record Request(IReadOnlyList<long>? Ids);

    public sealed record ItemResult(long Id, bool Approved, string? Code);

    public sealed record Response(IReadOnlyList<ItemResult> Results, int ApprovedCount);

    internal sealed class Handler(IServiceScopeFactory scopes)
    {
        public async Task<Result<Response>> HandleAsync(Request request, CancellationToken ct)
        {
            var ids = (request.Ids ?? []).Distinct().ToList();
            if (ids.Count is 0 or > MaxItems)
            {
                return Error.Rule("review_batch_size");
            }

            var results = new List<ItemResult>();
            foreach (var id in ids)
            {
                // A fresh unit of work per item: a failed item leaves nothing half-done in the others.
                await using var scope = scopes.CreateAsyncScope();
                var mover = scope.ServiceProvider.GetRequiredService<ReviewMover>();
                var moved = await mover.MoveAsync(id, ReviewAction.Approve, null, null, ct);
                results.Add(new ItemResult(id, moved.IsSuccess, moved.IsSuccess ? null : moved.Error.Code));
            }

            return new Response(results, results.Count(r => r.Approved));
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/reviews/batch-approve", async (Request request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(request, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Reviewer).WithTags("Reviews").WithSummary("Approve up to 200 items; one result per item.");
}

using FairHall.Modules.Fairs;
using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Reviews;

/// <summary>
/// GET /api/v1/reviews — the reviewer's queue: only the items of the caller's organization, filtered by
/// status, subject type and a search over title and identifiers, keyset-paged by id (oldest first, FIFO).
/// Sensitive values in the summary are masked.
/// </summary>
internal static class ListReviews
{
    public sealed record Request(ReviewStatus? Status = null, string? SubjectType = null, string? Q = null, long? AfterId = null, int? Limit = null);

    public sealed record Row(ReviewItemView Item, IReadOnlyList<SnapshotField> Summary);

    internal sealed class Handler(FairHallDbContext db, ReviewScope scope, IEnumerable<IReviewSubjectHandler> handlers)
    {
        public async Task<Result<Page<Row>>> HandleAsync(Request request, CancellationToken ct)
        {
            var after = request.AfterId ?? 0;
            var query = (await scope.ApplyAsync(db.Set<ReviewItem>().AsNoTracking(), ct)).Where(i => i.Id > after);
            if (request.Status is { } status)
            {
                query = query.Where(i => i.Status == status);
            }

            if (!string.IsNullOrWhiteSpace(request.SubjectType))
            {
                query = query.Where(i => i.SubjectType == request.SubjectType);
            }

            if (!string.IsNullOrWhiteSpace(request.Q))
            {
                var q = request.Q.Trim().ToLowerInvariant();
                query = query.Where(i => i.SearchText.Contains(q) || i.TitleZh.Contains(q));
            }

            var byType = handlers.ToDictionary(h => h.SubjectType);
            return await query.OrderBy(i => i.Id).ToPageAsync(Paging.Clamp(request.Limit), i => i.Id,
                i => new Row(ReviewItemView.From(i, byType.GetValueOrDefault(i.SubjectType)), ReviewSnapshot.Parse(i.Snapshot).Masked().Fields.Take(4).ToList()), ct);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/reviews", async (ReviewStatus? status, string? subjectType, string? q, long? afterId, int? limit, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(new Request(status, subjectType, q, afterId, limit), ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Reviewer).WithTags("Reviews")
            .WithSummary("The caller's review queue (status, subjectType, q; keyset: afterId, limit ≤ 200).");
}

using FairHall.Platform.Audit;
using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Reviews;

/// <summary>
/// GET /api/v1/reviews/{id} — one item with its full snapshot and history, for the responsible reviewer only
/// (others: 404). Showing full sensitive values of another party is audited as a "view" (X-4).
/// </summary>
internal static class GetReview
{
    public sealed record HistoryRow(long Id, ReviewAction Action, ReviewStatus Status, string ActorName, DateTimeOffset At, string? Reason, int Round, ReviewSnapshot Snapshot);

    public sealed record Response(ReviewItemView Item, ReviewSnapshot Snapshot, IReadOnlyList<HistoryRow> History);

    internal sealed class Handler(FairHallDbContext db, ReviewScope scope, IEnumerable<IReviewSubjectHandler> handlers, TimeProvider clock)
    {
        public async Task<Result<Response>> HandleAsync(long id, CancellationToken ct)
        {
            var item = await (await scope.ApplyAsync(db.Set<ReviewItem>().AsNoTracking(), ct)).FirstOrDefaultAsync(i => i.Id == id, ct);
            if (item is null)
            {
                return Error.NotFound();
            }

            var history = await db.Set<ReviewEvent>().AsNoTracking().Where(e => e.ReviewItemId == id).OrderBy(e => e.Id).ToListAsync(ct);
            var snapshot = ReviewSnapshot.Parse(item.Snapshot);
            if (snapshot.HasSensitive)
            {
                var actor = scope.Actor;
                db.Add(new AuditEntry
                {
                    At = clock.GetUtcNow(),
                    ActorUserId = actor.UserId,
                    ActorName = actor.Name,
                    Action = "view",
                    EntityType = nameof(ReviewItem),
                    EntityId = item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    After = $"{{\"subject\":\"{item.SubjectType}:{item.SubjectId}\",\"fields\":[{string.Join(",", snapshot.Fields.Where(f => f.Sensitive).Select(f => $"\"{f.Key}\""))}]}}",
                });
                await db.SaveChangesAsync(ct);
            }

            var handler = handlers.FirstOrDefault(h => h.SubjectType == item.SubjectType);
            return new Response(ReviewItemView.From(item, handler), snapshot,
                [.. history.Select(e => new HistoryRow(e.Id, e.Action, e.Status, e.ActorName, e.At, e.Reason, e.Round, ReviewSnapshot.Parse(e.Snapshot)))]);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/reviews/{id:long}", async (long id, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Reviewer).WithTags("Reviews").WithSummary("One review item with snapshot and history (audited view).");
}

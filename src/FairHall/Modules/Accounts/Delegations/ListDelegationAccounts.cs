using FairHall.Modules.Exhibitors;
using FairHall.Platform.Data;
using FairHall.Platform.Notifications;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Accounts.Delegations;

/// <summary>GET /api/v1/delegation/accounts — ACC-3: the accounts of the delegation's enterprises: search, locked filter, keyset paging.</summary>
internal static class ListDelegationAccounts
{
    public sealed record Request(string? Q, bool? Locked, long? AfterId, int? Limit);

    public sealed record Item(
        long Id, string UserName, string DisplayName, long EnterpriseId, string EnterpriseNameZh, string EnterpriseNameEn,
        AccountStatus Status, string Phone, bool PhoneBound, bool Locked, int FailedAttempts);

    public sealed record Response(IReadOnlyList<Item> Items, long? NextAfterId);

    internal sealed class Handler(FairHallDbContext db, DelegationScope scope, TimeProvider clock)
    {
        public async Task<Result<Response>> HandleAsync(Request request, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var limit = Math.Clamp(request.Limit ?? 20, 1, 100);
            var query = from u in scope.Accounts()
                        join e in db.Set<Enterprise>() on u.EnterpriseId equals e.Id
                        select new { u, e };
            if (!string.IsNullOrWhiteSpace(request.Q))
            {
                var q = request.Q.Trim();
                var upper = q.ToUpperInvariant();
                query = query.Where(x => x.u.NormalizedUserName!.Contains(upper) || x.u.DisplayName.Contains(q) || x.e.NameZh.Contains(q)
                                         || x.e.NameEn.Contains(q) || x.u.PhoneNumber == q);
            }

            if (request.Locked is { } locked)
            {
                query = locked ? query.Where(x => x.u.LockoutEnd > now) : query.Where(x => x.u.LockoutEnd == null || x.u.LockoutEnd <= now);
            }

            if (request.AfterId is { } after)
            {
                query = query.Where(x => x.u.Id > after);
            }

            var rows = await query.OrderBy(x => x.u.Id).Take(limit + 1).ToListAsync(ct);
            var items = rows.Take(limit).Select(x => new Item(
                x.u.Id, x.u.UserName!, x.u.DisplayName, x.e.Id, x.e.NameZh, x.e.NameEn, x.u.Status, PhoneMask.Mask(x.u.PhoneNumber),
                x.u.PhoneNumberConfirmed, x.u.LockoutEnd > now, x.u.AccessFailedCount)).ToList();
            return new Response(items, rows.Count > limit ? items[^1].Id : null);
        }
    }

    public static void Map(RouteGroupBuilder delegation) =>
        delegation.MapGet("/accounts", async ([AsParameters] Request request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(request, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.DelegationReviewer).WithSummary("Accounts of the delegation's enterprises (search, locked filter, paging).");
}

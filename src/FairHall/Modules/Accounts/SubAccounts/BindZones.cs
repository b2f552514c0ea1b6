using FairHall.Modules.Fairs;
using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Accounts.SubAccounts;

/// <summary>PUT /api/v1/enterprise/accounts/{id}/zones — ACC-5: the admin makes a sub-account responsible for zones (展区负责人) of the current session.</summary>
internal static class BindZones
{
    public sealed record Request(IReadOnlyList<long>? ZoneIds);

    public sealed record Response(long Id, IReadOnlyList<long> ZoneIds);

    internal sealed class Handler(FairHallDbContext db, EnterpriseAccounts accounts, AccountCreation creation, TextCatalog texts)
    {
        /// <summary>The zones an admin can choose from: the active zones of the current session.</summary>
        public async Task<IReadOnlyList<Zone>> ZonesAsync(CancellationToken ct)
        {
            var session = await creation.CurrentSessionAsync(ct);
            return session is null ? [] : await db.Set<Zone>().AsNoTracking()
                .Where(z => z.SessionId == session.Id && z.IsActive).OrderBy(z => z.PhaseNumber).ThenBy(z => z.SortOrder).ThenBy(z => z.Code).ToListAsync(ct);
        }

        public async Task<Result<Response>> HandleAsync(long id, Request request, CancellationToken ct)
        {
            var user = await accounts.FindSubAccountAsync(id, ct);
            if (user is null)
            {
                return Error.NotFound();
            }

            var wanted = (request.ZoneIds ?? []).Distinct().ToHashSet();
            var allowed = (await ZonesAsync(ct)).Select(z => z.Id).ToHashSet();
            if (!wanted.IsSubsetOf(allowed))
            {
                return Error.Invalid("ZoneIds", texts.Get("Accounts.ZoneUnknown"));
            }

            var current = await db.Set<AccountZone>().Where(z => z.UserId == id).ToListAsync(ct);
            db.RemoveRange(current.Where(z => !wanted.Contains(z.ZoneId)));
            db.AddRange(wanted.Where(z => current.All(c => c.ZoneId != z)).Select(z => new AccountZone(id, z)));
            await db.SaveChangesAsync(ct);
            return new Response(id, [.. wanted.Order()]);
        }
    }

    public static void Map(RouteGroupBuilder enterprise) =>
        enterprise.MapPut("/accounts/{id:long}/zones", async (long id, Request request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(id, request, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.ExhibitorAdmin).WithSummary("Set the zones a sub-account is responsible for (展区负责人).");
}

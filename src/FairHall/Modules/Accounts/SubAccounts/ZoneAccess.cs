using FairHall.Modules.Fairs;
using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Accounts.SubAccounts;

/// <summary>
/// ACC-5, for every module that acts on a zone's products: may the current user manage products of this zone?
/// The enterprise admin may in every zone (until onboarding narrows it to the enterprise's approved zones); a
/// sub-account only in the zones it is bound to (403 "zone_not_bound"); anyone else is refused (403 "forbidden").
/// </summary>
public interface IZoneAccess
{
    Task<Error?> CheckAsync(long zoneId, CancellationToken ct);
}

internal sealed class ZoneAccess(FairHallDbContext db, ICurrentActor me) : IZoneAccess
{
    public async Task<Error?> CheckAsync(long zoneId, CancellationToken ct)
    {
        if (me.EnterpriseId is null || !(me.IsInRole(Roles.ExhibitorAdmin) || me.IsInRole(Roles.ExhibitorStaff)))
        {
            return Error.Forbidden();
        }

        if (!await db.Set<Zone>().AnyAsync(z => z.Id == zoneId, ct))
        {
            return Error.NotFound();
        }

        if (me.IsInRole(Roles.ExhibitorAdmin))
        {
            return null;
        }

        return await db.Set<AccountZone>().AnyAsync(z => z.UserId == me.UserId && z.ZoneId == zoneId, ct)
            ? null
            : Error.Forbidden("zone_not_bound");
    }
}

/// <summary>GET /api/v1/enterprise/zones/{zoneId}/access — ACC-5: 200 when the caller may manage products of the zone.</summary>
internal static class CheckZoneAccess
{
    public sealed record Response(long ZoneId, bool Allowed);

    public static void Map(RouteGroupBuilder enterprise) =>
        enterprise.MapGet("/zones/{zoneId:long}/access", async (long zoneId, IZoneAccess access, HttpContext http, CancellationToken ct) =>
                await access.CheckAsync(zoneId, ct) is { } refused ? refused.ToProblem(http) : (IResult)TypedResults.Ok(new Response(zoneId, true)))
            .RequireAuthorization(Policies.Exhibitor).WithSummary("Whether the caller may manage products of the zone (403 zone_not_bound if not).");
}

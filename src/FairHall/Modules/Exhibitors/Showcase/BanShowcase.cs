using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Exhibitors.Showcase;

/// <summary>POST /api/v1/showcases/{enterpriseId}/ban and /unban — the organizer bans or lifts a showcase (CAT-1 已封禁).</summary>
internal static class BanShowcase
{
    public sealed record BanRequest(string? Reason);

    internal sealed class Handler(FairHallDbContext db, Showcases showcases, TimeProvider clock)
    {
        public async Task<Result<ShowcaseView>> HandleAsync(long enterpriseId, bool ban, string? reason, CancellationToken ct)
        {
            if (!await db.Set<Enterprise>().AnyAsync(e => e.Id == enterpriseId, ct))
            {
                return Error.NotFound();
            }

            if (ban && string.IsNullOrWhiteSpace(reason))
            {
                return Error.Invalid("Reason", "required");
            }

            var now = clock.GetUtcNow();
            var showcase = await showcases.OfAsync(enterpriseId, now, ct);
            if ((ban ? showcase.Ban(reason!.Trim(), now) : showcase.Unban(now)) is { } illegal)
            {
                return illegal;
            }

            if (showcase.Id == 0)
            {
                db.Add(showcase);
            }

            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                return Error.Conflict("conflict");
            }

            return await showcases.ViewAsync(showcase, null, ct);
        }
    }

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/showcases/{enterpriseId:long}/ban", async (long enterpriseId, BanRequest request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(enterpriseId, true, request.Reason, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Organizer).WithTags("Showcase").WithSummary("Ban a showcase (organizer).");
        api.MapPost("/showcases/{enterpriseId:long}/unban", async (long enterpriseId, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(enterpriseId, false, null, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Organizer).WithTags("Showcase").WithSummary("Lift the ban of a showcase (organizer).");
    }
}

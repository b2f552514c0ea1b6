using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Catalog.Booths;

/// <summary>GET /api/v1/enterprise/booth (the own booth, 404 before the first save) and GET /api/v1/booths/{enterpriseId} (public: approved only).</summary>
internal static class GetBooth
{
    internal sealed class Handler(FairHallDbContext db, BoothDesk desk, ICurrentActor me)
    {
        public async Task<Result<BoothView>> MineAsync(CancellationToken ct)
        {
            if (me.EnterpriseId is not { } enterpriseId)
            {
                return Error.Forbidden();
            }

            var registration = await desk.RegistrationAsync(enterpriseId, ct);
            if (!registration.IsSuccess)
            {
                return registration.Error;
            }

            var booth = await db.Set<Booth>().AsNoTracking().FirstOrDefaultAsync(b => b.EnterpriseId == enterpriseId, ct);
            return booth is null ? Error.NotFound() : BoothView.Of(booth, BoothAreas.FixedBy(registration.Value.Industry));
        }

        public async Task<Result<BoothView>> PublicAsync(long enterpriseId, CancellationToken ct)
        {
            var booth = await db.Set<Booth>().AsNoTracking().FirstOrDefaultAsync(b => b.EnterpriseId == enterpriseId, ct);
            if (booth is not { IsPublic: true })
            {
                return Error.NotFound();
            }

            // CAT-7: "show contact" off keeps the contact details off the booth's public page.
            var d = booth.Details;
            return BoothView.Of(booth, null) with
            {
                Details = booth.ShowContact ? d : d with { ContactName = "", ContactPhone = "", ContactEmail = "", Fax = null, Address = "", Postcode = null },
            };
        }
    }

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/enterprise/booth", async (Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.MineAsync(ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Exhibitor).WithTags("Booths").WithSummary("The enterprise's CIFTIS booth application.");
        api.MapGet("/booths/{enterpriseId:long}", async (long enterpriseId, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.PublicAsync(enterpriseId, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .AllowAnonymous().WithTags("Booths").WithSummary("A public booth (approved only; hidden while in review).");
    }
}

using FairHall.Modules.Exhibitors;
using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Catalog.Booths;

/// <summary>
/// PUT /api/v1/enterprise/booth[?submit=true] — saves the booth application (CAT-7). Before the first submission it
/// is a draft; every later edit goes back to the inviting institution and hides the booth until approved again.
/// The area is one of the four areas, or fixed by the sub-venue the exhibitor registered for.
/// </summary>
internal static class SaveBooth
{
    internal sealed class Handler(FairHallDbContext db, IValidator<BoothForm> validator, BoothDesk desk, ICurrentActor me, TextCatalog texts, TimeProvider clock)
    {
        public async Task<Result<BoothView>> HandleAsync(BoothForm form, bool submit, CancellationToken ct)
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

            if (await validator.CheckAsync(form, ct) is { } invalid)
            {
                return invalid;
            }

            var fixedArea = BoothAreas.FixedBy(registration.Value.Industry);
            if (fixedArea is null && (form.Area is not { } chosen || !BoothAreas.Choosable.Contains(chosen)))
            {
                return Error.Invalid("Area", texts.Get("Booth.Field.Area.Invalid"));
            }

            if (await desk.CheckMediaAsync(enterpriseId, form, ct) is { } badMedia)
            {
                return badMedia;
            }

            var now = clock.GetUtcNow();
            var details = form.ToDetails(fixedArea ?? form.Area!.Value);
            var booth = await db.Set<Booth>().FirstOrDefaultAsync(b => b.EnterpriseId == enterpriseId, ct);
            if (booth is not null && form.Version is { } seen && seen != booth.Version)
            {
                return Error.Conflict("conflict");
            }

            if (booth is null)
            {
                booth = new Booth(enterpriseId, registration.Value.InstitutionId, details, now);
                db.Add(booth);
            }
            else if (booth.Edit(details, now) is { } illegal)
            {
                return illegal;
            }

            if (submit && booth.Status is BoothStatus.Draft or BoothStatus.Rejected && booth.Submit(now) is { } refused)
            {
                return refused;
            }

            var enterprise = await db.Set<Enterprise>().AsNoTracking().FirstAsync(e => e.Id == enterpriseId, ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            try
            {
                await db.SaveChangesAsync(ct);
                if (booth.Status == BoothStatus.Pending && await desk.SubmitAsync(booth, enterprise, ct) is { } error)
                {
                    db.ChangeTracker.Clear();
                    return error;
                }

                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                return Error.Conflict("conflict");
            }

            return BoothView.Of(booth, fixedArea);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/enterprise/booth", async (BoothForm form, bool? submit, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(form, submit ?? false, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.ExhibitorAdmin).WithTags("Booths").WithSummary("Save the CIFTIS booth application; submit=true sends it for review.");
}

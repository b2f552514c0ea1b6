using FairHall.Modules.Fairs;
using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Exhibitors.Onboarding;

/// <summary>
/// PUT /api/v1/sessions/{sessionId}/eligibility/settings — the session-number windows of kind (b) (FAIR-3: data,
/// not constants), then derives again; POST …/eligibility/derive derives again (e.g. after new enterprises registered).
/// </summary>
internal static class DeriveEligibility
{
    public sealed record Request(int? HistoryFrom, int? HistoryTo, int? PackageFrom, int? PackageTo);

    internal sealed class Handler(FairHallDbContext db, EligibilityDeriver deriver, TextCatalog texts)
    {
        public async Task<Result<EligibilityDeriver.Counts>> DeriveAsync(long sessionId, CancellationToken ct) =>
            await db.Set<Session>().AnyAsync(s => s.Id == sessionId, ct) ? await deriver.DeriveAsync(sessionId, ct) : Error.NotFound();

        public async Task<Result<EligibilityDeriver.Counts>> SetWindowAsync(long sessionId, Request r, CancellationToken ct)
        {
            if (!await db.Set<Session>().AnyAsync(s => s.Id == sessionId, ct))
            {
                return Error.NotFound();
            }

            if (r is not { HistoryFrom: { } hf and > 0, HistoryTo: { } ht, PackageFrom: { } pf, PackageTo: { } pt } || ht < hf || pt < pf || pf < hf || pt > ht)
            {
                return Error.Invalid("HistoryFrom", texts.Get("Onboarding.Eligibility.WindowInvalid"));
            }

            var settings = await db.Set<EligibilitySettings>().FirstOrDefaultAsync(s => s.SessionId == sessionId, ct);
            if (settings is null)
            {
                settings = new EligibilitySettings { SessionId = sessionId };
                db.Add(settings);
            }

            (settings.HistoryFrom, settings.HistoryTo, settings.PackageFrom, settings.PackageTo) = (hf, ht, pf, pt);
            await db.SaveChangesAsync(ct);
            return await deriver.DeriveAsync(sessionId, ct);
        }
    }

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/sessions/{sessionId:long}/eligibility/derive", async (long sessionId, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.DeriveAsync(sessionId, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Organizer).WithTags("Eligibility").WithSummary("Derive eligibility again from the imported lists.");
        api.MapPut("/sessions/{sessionId:long}/eligibility/settings", async (long sessionId, Request request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.SetWindowAsync(sessionId, request, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Organizer).WithTags("Eligibility").WithSummary("Set the session-number windows of kind (b) and derive again.");
    }
}

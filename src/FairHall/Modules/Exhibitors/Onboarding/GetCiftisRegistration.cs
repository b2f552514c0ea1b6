using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Exhibitors.Onboarding;

/// <summary>GET /api/v1/ciftis/registrations/{id}?key=… — the registrant reads the registration and its status (wrong key: 404).</summary>
internal static class GetCiftisRegistration
{
    public sealed record Response(
        long Id, CiftisStatus Status, string? RejectionReason, string InvitationCode, CiftisForm Form, long? EnterpriseId, DateTimeOffset SubmittedAt, long Version);

    internal sealed class Handler(FairHallDbContext db)
    {
        public async Task<Result<Response>> HandleAsync(long id, string? key, CancellationToken ct)
        {
            var r = await FindAsync(db, id, key, ct);
            if (r is null)
            {
                return Error.NotFound();
            }

            var code = await db.Set<InvitationCode>().Where(c => c.Id == r.InvitationCodeId).Select(c => c.Code).FirstAsync(ct);
            return new Response(r.Id, r.Status, r.RejectionReason, code, new CiftisForm(
                r.ParticipationType, r.ContactName, r.ContactTitle, r.ContactPhone, r.ContactEmail, r.Purposes, r.Content, r.Needs, r.CompanyName,
                r.UnitNature, r.IsMainland, r.CreditCode, r.Industry, r.CompanyType, r.IsFortune500, r.Fortune500Name, r.Website, r.Intro),
                r.EnterpriseId, r.SubmittedAt, r.Version);
        }
    }

    /// <summary>The registration if the key is its key; compared by hash, so the key itself is never stored.</summary>
    public static async Task<CiftisRegistration?> FindAsync(FairHallDbContext db, long id, string? key, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return null;
        }

        var hash = CiftisForm.HashKey(key.Trim());
        return await db.Set<CiftisRegistration>().FirstOrDefaultAsync(r => r.Id == id && r.AccessKeyHash == hash, ct);
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/ciftis/registrations/{id:long}", async (long id, string? key, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(id, key, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .AllowAnonymous().WithTags("CIFTIS").WithSummary("Read a CIFTIS registration with its access key.");
}

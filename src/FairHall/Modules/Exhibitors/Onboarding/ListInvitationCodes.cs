using System.Globalization;
using FairHall.Modules.Fairs;
using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Exhibitors.Onboarding;

/// <summary>
/// GET /api/v1/invitation-codes (keyset-paged, filter by batch and used) and GET /api/v1/invitation-codes/export.csv
/// — the institution's own codes; the organizer sees all.
/// </summary>
internal static class ListInvitationCodes
{
    public sealed record Request(string? Batch = null, bool? Used = null, long? AfterId = null, int? Limit = null);

    internal sealed class Handler(FairHallDbContext db, ICurrentActor actor)
    {
        public IQueryable<InvitationCode> Query(Request request)
        {
            var codes = db.Set<InvitationCode>().AsNoTracking();
            if (!actor.IsInRole(Roles.Organizer))
            {
                var own = actor.InstitutionId ?? -1;
                codes = codes.Where(c => c.InstitutionId == own);
            }

            if (!string.IsNullOrWhiteSpace(request.Batch))
            {
                codes = codes.Where(c => c.BatchLabel == request.Batch);
            }

            if (request.Used is { } used)
            {
                codes = used ? codes.Where(c => c.UsedAt != null) : codes.Where(c => c.UsedAt == null);
            }

            return codes;
        }

        public async Task<Result<Page<GenerateInvitationCodes.CodeView>>> HandleAsync(Request request, CancellationToken ct)
        {
            var after = request.AfterId ?? 0;
            return await Query(request).Where(c => c.Id > after).OrderBy(c => c.Id)
                .ToPageAsync(Paging.Clamp(request.Limit), c => c.Id, GenerateInvitationCodes.View, ct);
        }

        public async Task<byte[]> ExportAsync(Request request, CancellationToken ct)
        {
            var rows = await Query(request).OrderBy(c => c.Id).ToListAsync(ct);
            var text = new System.Text.StringBuilder("code,batch,created_at,used_at\r\n");
            foreach (var c in rows)
            {
                text.Append(c.Code).Append(',').Append(CsvText.Quote(c.BatchLabel)).Append(',')
                    .Append(c.CreatedAt.ToString("O", CultureInfo.InvariantCulture)).Append(',')
                    .Append(c.UsedAt?.ToString("O", CultureInfo.InvariantCulture) ?? "").Append("\r\n");
            }

            return [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(text.ToString())];
        }
    }

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/invitation-codes", async (string? batch, bool? used, long? afterId, int? limit, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(new Request(batch, used, afterId, limit), ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.InstitutionReviewer).WithTags("Invitation codes").WithSummary("The institution's invitation codes (batch, used; keyset).");
        api.MapGet("/invitation-codes/export.csv", async (string? batch, bool? used, Handler handler, CancellationToken ct) =>
                TypedResults.File(await handler.ExportAsync(new Request(batch, used), ct), "text/csv; charset=utf-8", "invitation-codes.csv"))
            .RequireAuthorization(Policies.InstitutionReviewer).WithTags("Invitation codes").WithSummary("Export the institution's invitation codes as CSV.");
    }
}

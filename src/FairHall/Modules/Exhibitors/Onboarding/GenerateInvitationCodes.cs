using FairHall.Modules.Fairs;
using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Exhibitors.Onboarding;

/// <summary>
/// POST /api/v1/invitation-codes — an organizing institution generates a batch of single-use codes (FAIR-6,
/// ROLE-4). The organizer may generate for any institution by naming it.
/// </summary>
internal static class GenerateInvitationCodes
{
    public const int MaxBatch = 1000;

    public sealed record Request(int Count, string? Label, long? InstitutionId = null);

    public sealed record CodeView(long Id, string Code, string BatchLabel, DateTimeOffset CreatedAt, DateTimeOffset? UsedAt);

    public sealed record Response(string BatchLabel, IReadOnlyList<CodeView> Codes);

    internal sealed class Handler(FairHallDbContext db, ICurrentActor actor, TextCatalog texts, TimeProvider clock)
    {
        public async Task<Result<Response>> HandleAsync(Request request, CancellationToken ct)
        {
            var institutionId = actor.IsInRole(Roles.Organizer) ? request.InstitutionId : actor.InstitutionId;
            if (institutionId is not { } id || !await db.Set<Institution>().AnyAsync(i => i.Id == id, ct))
            {
                return Error.Invalid("InstitutionId", texts.Get("Onboarding.Codes.InstitutionUnknown"));
            }

            if (request.Count is < 1 or > MaxBatch)
            {
                return Error.Invalid("Count", texts.Format("Onboarding.Codes.CountRange", MaxBatch));
            }

            var now = clock.GetUtcNow();
            var label = string.IsNullOrWhiteSpace(request.Label) ? now.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : request.Label.Trim();
            label = label.Length > 100 ? label[..100] : label;
            // 59 random bits per code: a clash is practically impossible, and the unique index would refuse one anyway.
            var codes = Enumerable.Range(0, request.Count)
                .Select(_ => new InvitationCode { InstitutionId = id, Code = InvitationCode.NewCode(), BatchLabel = label, CreatedAt = now, CreatedByName = actor.Name })
                .ToList();
            db.AddRange(codes);
            await db.SaveChangesAsync(ct);
            return new Response(label, [.. codes.Select(View)]);
        }
    }

    public static CodeView View(InvitationCode c) => new(c.Id, c.Code, c.BatchLabel, c.CreatedAt, c.UsedAt);

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/invitation-codes", async (Request request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(request, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.InstitutionReviewer).WithTags("Invitation codes").WithSummary("Generate a batch of single-use invitation codes.");
}

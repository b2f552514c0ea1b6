using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;

namespace FairHall.Modules.Exhibitors.Onboarding;

/// <summary>
/// POST /api/v1/enterprise/qualification/licence — uploads the business licence (multipart field "file"):
/// PDF, JPEG or PNG judged by content, at most 5 MB. Returns the id to put into the qualification.
/// </summary>
internal static class UploadLicence
{
    public sealed record Response(long Id, string FileName, string ContentType, long Size);

    internal sealed class Handler(FairHallDbContext db, FileStore files, ICurrentActor actor)
    {
        public async Task<Result<Response>> HandleAsync(Stream content, string fileName, CancellationToken ct)
        {
            if (actor.EnterpriseId is not { } enterpriseId)
            {
                return Error.Forbidden();
            }

            var saved = await files.SaveAsync(db, content, fileName, "licence", enterpriseId, actor.UserId, "LicenceFileId", ct);
            if (!saved.IsSuccess)
            {
                return saved.Error;
            }

            await db.SaveChangesAsync(ct);
            var f = saved.Value;
            return new Response(f.Id, f.FileName, f.ContentType, f.Size);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/enterprise/qualification/licence", async (HttpRequest http, Handler handler, CancellationToken ct) =>
            {
                var file = http.HasFormContentType ? (await http.ReadFormAsync(ct)).Files.GetFile("file") : null;
                if (file is null)
                {
                    return Error.Invalid("LicenceFileId", http.HttpContext.RequestServices.GetRequiredService<Platform.Localization.TextCatalog>().Get("Onboarding.Q.LicenceRequired")).ToProblem(http.HttpContext);
                }

                await using var stream = file.OpenReadStream();
                return (await handler.HandleAsync(stream, file.FileName, ct)).ToHttp(http.HttpContext, v => TypedResults.Ok(v));
            })
            .DisableAntiforgery() // bearer-token clients; browsers post through the page, which checks its own token
            .RequireAuthorization(Policies.ExhibitorAdmin).WithTags("Qualification").WithSummary("Upload the business licence (PDF/JPEG/PNG ≤ 5 MB).");
}

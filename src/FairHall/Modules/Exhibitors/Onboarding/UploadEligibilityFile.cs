using FairHall.Modules.Fairs;
using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Exhibitors.Onboarding;

/// <summary>
/// POST /api/v1/eligibility/imports — the organizer uploads a CSV (multipart: sessionId, kind, file) for a
/// session; nothing is imported yet: the answer shows the first rows as they will be read, then
/// <see cref="StartImport"/> runs it.
/// </summary>
internal static class UploadEligibilityFile
{
    public const long MaxBytes = 100L * 1024 * 1024;

    internal sealed class Handler(FairHallDbContext db, FileStore files, ImportViews views, ICurrentActor actor, TextCatalog texts, TimeProvider clock)
    {
        public async Task<Result<ImportJobView>> HandleAsync(long sessionId, ImportKind? kind, Stream? content, string? fileName, CancellationToken ct)
        {
            var fields = new Dictionary<string, string[]>();
            if (!await db.Set<Session>().AnyAsync(s => s.Id == sessionId, ct))
            {
                fields["SessionId"] = [texts.Get("Fairs.SessionUnknown")];
            }

            if (kind is null or ImportKind.Products || !Enum.IsDefined(kind.Value))
            {
                fields["Kind"] = [texts.Get("Onboarding.Import.KindRequired")];
            }

            if (content is null)
            {
                fields["File"] = [texts.Get("Onboarding.Import.FileRequired")];
            }

            if (fields.Count > 0)
            {
                return Error.Invalid(fields);
            }

            var now = clock.GetUtcNow();
            var relative = "imports/" + now.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture) + "/" + $"{Guid.NewGuid():N}.csv";
            long size = 0;
            var lines = 0;
            var buffer = new byte[81920];
            // Checked while copied to a temporary file, then handed to the file store.
            await using (var file = new FileStream(Path.Combine(Path.GetTempPath(), "fairhall-import-" + Guid.NewGuid().ToString("N")), FileMode.CreateNew,
                FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous))
            {
                int read;
                while ((read = await content!.ReadAsync(buffer, ct)) > 0)
                {
                    size += read;
                    if (size > MaxBytes || (size <= 4096 && buffer.AsSpan(0, read).Contains((byte)0)))
                    {
                        return Error.Invalid("File", texts.Get(size > MaxBytes ? "Onboarding.Import.TooLarge" : "Onboarding.Import.NotText"));
                    }

                    lines += buffer.AsSpan(0, read).Count((byte)'\n');
                    await file.WriteAsync(buffer.AsMemory(0, read), ct);
                }

                file.Position = 0;
                await files.Store.PutAsync(relative, file, "text/csv", ct);
            }

            var job = new ImportJob
            {
                SessionId = sessionId,
                Kind = kind!.Value,
                FileName = Path.GetFileName(fileName ?? "upload.csv") is { Length: > 200 } n ? n[..200] : Path.GetFileName(fileName ?? "upload.csv"),
                StoragePath = relative,
                Status = ImportStatus.Uploaded,
                TotalRows = Math.Max(0, lines - 1),
                CreatedAt = now,
                CreatedByName = actor.Name,
            };
            db.Add(job);
            await db.SaveChangesAsync(ct);
            return await views.ViewAsync(job, withDetails: true, ct);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/eligibility/imports", async (HttpRequest request, Handler handler, CancellationToken ct) =>
            {
                var form = request.HasFormContentType ? await request.ReadFormAsync(ct) : null;
                var file = form?.Files.GetFile("file");
                long.TryParse(form?["sessionId"], out var sessionId);
                ImportKind? kind = Enum.TryParse<ImportKind>(form?["kind"], out var k) ? k : null;
                await using var stream = file?.OpenReadStream();
                return (await handler.HandleAsync(sessionId, kind, stream, file?.FileName, ct)).ToHttp(request.HttpContext, v => TypedResults.Ok(v));
            })
            .DisableAntiforgery().RequireAuthorization(Policies.Organizer).WithTags("Eligibility")
            .WithSummary("Upload an offline exhibitor list or participation history (CSV) and preview it.");
}

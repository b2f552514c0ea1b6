using FairHall.Platform.Data;
using FairHall.Platform.Files;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace FairHall.Modules.Catalog.Media;

/// <summary>
/// POST /api/v1/enterprise/media — multipart with one or many files (any field name); each file is streamed,
/// checked by content (<see cref="UploadCheck"/>) and stored, and gets its own result: the new
/// <see cref="MediaRef"/>, or a stable code with a message in the caller's language (CAT-5). Browsers signed in
/// with the cookie send the antiforgery token in the <c>RequestVerificationToken</c> header.
/// </summary>
internal static class UploadMedia
{
    public const int MaxFiles = 20;

    /// <summary>The default header name of ASP.NET Core antiforgery, which the upload script fills from the page's token.</summary>
    public const string AntiforgeryHeader = "RequestVerificationToken";

    public sealed record FileResult(string FileName, bool Ok, MediaRef? Media, string? Code, string? Message);

    public sealed record Response(IReadOnlyList<FileResult> Files, int Uploaded, int Failed);

    internal sealed class Handler(FairHallDbContext db, IFileStore files, ICurrentActor actor, TextCatalog texts, TimeProvider clock, IConfiguration config)
    {
        private readonly UploadLimits limits = UploadLimits.From(config);

        public long? EnterpriseId => actor.EnterpriseId;

        /// <summary>Checks and stores one file of the caller's enterprise.</summary>
        public async Task<FileResult> UploadOneAsync(Stream content, string? fileName, CancellationToken ct)
        {
            var name = Path.GetFileName(fileName ?? "").Trim();
            if (actor.EnterpriseId is not { } enterpriseId)
            {
                return Fail(name, "forbidden");
            }

            var (checkedFile, code) = await UploadCheck.InspectAsync(content, limits, ct);
            if (checkedFile is null)
            {
                return Fail(name, code!);
            }

            await using (checkedFile)
            {
                var now = clock.GetUtcNow();
                var key = $"media/{enterpriseId}/{now:yyyy}/{Guid.NewGuid():N}{checkedFile.Type.Extension}";
                await using (var stream = checkedFile.OpenRead())
                {
                    await files.PutAsync(key, stream, checkedFile.Type.ContentType, ct);
                }

                var kind = checkedFile.Type.Kind switch
                {
                    ContentKind.Image => MediaKind.Image,
                    ContentKind.Video => MediaKind.Video,
                    _ => MediaKind.Document,
                };
                var asset = new MediaAsset(enterpriseId, kind, checkedFile.Type.ContentType, checkedFile.Size,
                    checkedFile.Dimensions?.Width, checkedFile.Dimensions?.Height,
                    name.Length == 0 ? "file" + checkedFile.Type.Extension : name, key, checkedFile.Sha256, now, actor.UserId);
                db.Add(asset);
                try
                {
                    await db.SaveChangesAsync(ct);
                }
                catch
                {
                    await files.DeleteAsync(key, CancellationToken.None);
                    throw;
                }

                return new FileResult(asset.FileName, true, asset.ToRef(), null, null);
            }
        }

        public FileResult Fail(string fileName, string code) => new(fileName, false, null, code, texts.Get($"error.{code}"));

        /// <summary>Reads the multipart body section by section, so no file is buffered whole in memory or on disk twice.</summary>
        public async Task<Result<Response>> HandleAsync(HttpRequest request, CancellationToken ct)
        {
            if (actor.EnterpriseId is null)
            {
                return Error.Forbidden();
            }

            if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
                || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
                || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
            {
                return new Error("media_no_files", StatusCodes.Status400BadRequest);
            }

            var reader = new MultipartReader(boundary, request.Body);
            var results = new List<FileResult>();
            while (await reader.ReadNextSectionAsync(ct) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFileDisposition())
                {
                    continue; // plain fields (the antiforgery token of the page form) are not files
                }

                var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "";
                if (fileName.Length == 0)
                {
                    continue; // the empty file input of a form posted without a choice
                }

                results.Add(results.Count >= MaxFiles
                    ? Fail(Path.GetFileName(fileName), "media_too_many_files")
                    : await UploadOneAsync(section.Body, fileName, ct));
            }

            if (results.Count == 0)
            {
                return new Error("media_no_files", StatusCodes.Status400BadRequest);
            }

            return new Response(results, results.Count(r => r.Ok), results.Count(r => !r.Ok));
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/enterprise/media", async (HttpContext http, Handler handler, IAntiforgery antiforgery, CancellationToken ct) =>
            {
                // The token must come in the header: reading it from the form would buffer the whole upload first.
                if (!http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    && (!http.Request.Headers.ContainsKey(AntiforgeryHeader) || !await antiforgery.IsRequestValidAsync(http)))
                {
                    return Error.Forbidden("antiforgery").ToProblem(http);
                }

                return (await handler.HandleAsync(http.Request, ct)).ToHttp(http, v => TypedResults.Ok(v));
            })
            .DisableAntiforgery() // bearer clients have none; cookie clients are checked above through the header
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxFiles * 160L * 1024 * 1024))
            .RequireAuthorization(Policies.Exhibitor).WithTags("Media")
            .WithSummary("Upload images, videos or PDFs (multipart, up to 20 files); a result per file.");
}

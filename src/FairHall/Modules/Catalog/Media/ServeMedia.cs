using FairHall.Platform.Data;
using FairHall.Platform.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace FairHall.Modules.Catalog.Media;

/// <summary>
/// GET /media/{id}/{hash} — the original bytes, public (listed products' images are seen by anonymous buyers),
/// cached for a year as immutable since the hash is part of the address; a wrong hash is 404.
/// </summary>
internal static class ServeMedia
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/media/{id:long}/{hash}", async (long id, string hash, FairHallDbContext db, IFileStore files, HttpContext http, CancellationToken ct) =>
            {
                var asset = await db.Set<MediaAsset>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
                if (asset is null || hash.Length != MediaUrls.HashLength
                    || !asset.Sha256.StartsWith(hash, StringComparison.Ordinal))
                {
                    return Results.NotFound();
                }

                var stream = await files.OpenReadAsync(asset.StorageKey, ct);
                if (stream is null)
                {
                    return Results.NotFound();
                }

                http.Response.Headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable";
                http.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
                var etag = new EntityTagHeaderValue("\"" + asset.Sha256 + "\"");
                return TypedResults.Stream(stream, asset.ContentType, entityTag: etag, enableRangeProcessing: true);
            })
            .AllowAnonymous().ExcludeFromDescription();
}

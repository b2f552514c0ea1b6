using FairHall.Platform.Data;
using FairHall.Platform.Files;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Catalog.Media;

/// <summary>
/// DELETE /api/v1/enterprise/media/{id} — removes an asset of the caller's enterprise (another's: 404); refused
/// with 409 <c>media_in_use</c> while any module's <see cref="IMediaUsage"/> still uses it (CAT-5).
/// </summary>
internal static class DeleteMedia
{
    internal sealed class Handler(FairHallDbContext db, IFileStore files, ICurrentActor actor, IEnumerable<IMediaUsage> usages, ILogger<Handler> log)
    {
        public async Task<Result<Done>> HandleAsync(long id, CancellationToken ct)
        {
            if (actor.EnterpriseId is not { } enterpriseId)
            {
                return Error.Forbidden();
            }

            var asset = await db.Set<MediaAsset>().FirstOrDefaultAsync(a => a.Id == id && a.EnterpriseId == enterpriseId, ct);
            if (asset is null)
            {
                return Error.NotFound();
            }

            foreach (var usage in usages)
            {
                if (await usage.IsInUseAsync(id, ct))
                {
                    return Error.Conflict("media_in_use");
                }
            }

            db.Remove(asset);
            await db.SaveChangesAsync(ct);
            try
            {
                await files.DeleteAsync(asset.StorageKey, ct);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or HttpRequestException)
            {
                // The row is gone, so the URL already answers 404; an orphaned original is only wasted space.
                log.LogWarning(e, "Could not delete the stored original {Key} of media {Id}", asset.StorageKey, id);
            }

            return Done.Value;
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapDelete("/enterprise/media/{id:long}", async (long id, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).ToHttp(http, _ => TypedResults.NoContent()))
            .RequireAuthorization(Policies.Exhibitor).WithTags("Media").WithSummary("Delete a media file (not while in use).");
}

using FairHall.Modules.Catalog.Media;
using FairHall.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Catalog;

/// <summary>CAT-5: an image, video or map document a product uses cannot be deleted from the media library.</summary>
internal sealed class ProductMediaUsage(FairHallDbContext db) : IMediaUsage
{
    public Task<bool> IsInUseAsync(long mediaId, CancellationToken ct) =>
        db.Set<Product>().AnyAsync(p => p.ImageIds.Contains(mediaId) || p.VideoIds.Contains(mediaId) || p.MapDocumentId == mediaId, ct);
}

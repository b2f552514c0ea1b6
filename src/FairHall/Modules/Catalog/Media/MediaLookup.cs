using FairHall.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Catalog.Media;

internal sealed class MediaLookup(FairHallDbContext db) : IMediaLookup
{
    public async Task<IReadOnlyDictionary<long, MediaRef>> FindAsync(long enterpriseId, IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<long, MediaRef>();
        }

        var wanted = ids.Distinct().ToList();
        var rows = await db.Set<MediaAsset>().AsNoTracking()
            .Where(a => a.EnterpriseId == enterpriseId && wanted.Contains(a.Id))
            .ToListAsync(ct);
        return rows.ToDictionary(a => a.Id, a => a.ToRef());
    }
}

using FairHall.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Engagement;

/// <summary>Reads one item's counters for its page ("13 人浏览", BUY-1/BUY-3): one primary-key lookup.</summary>
internal sealed class ItemCounters(FairHallDbContext db)
{
    public async Task<(long Views, long Favorites)> ReadAsync(EngageKind kind, long itemId, CancellationToken ct)
    {
        var row = await db.Set<ItemStat>().AsNoTracking().Where(s => s.Kind == kind && s.ItemId == itemId)
            .Select(s => new { s.Views, s.Favorites }).FirstOrDefaultAsync(ct);
        return row is null ? (0, 0) : (row.Views, row.Favorites);
    }
}

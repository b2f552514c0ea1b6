using FairHall.Modules.Fairs;
using FairHall.Modules.Packages;
using FairHall.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace FairHall.Modules.Discovery;

/// <summary>
/// The choices of the search page's filters for the current session: its active zones, and the categories and
/// regions that listed products use (read from the index, kept a few minutes so that a page view never scans it).
/// </summary>
internal sealed class SearchFilters(FairHallDbContext db, TimeProvider clock, IMemoryCache cache)
{
    public const int MaxChoices = 100;

    public sealed record ZoneChoice(long Id, string Code, string NameZh, string NameEn);

    public sealed record Choices(IReadOnlyList<ZoneChoice> Zones, IReadOnlyList<string> Categories, IReadOnlyList<string> Origins);

    public async Task<Choices> CurrentAsync(CancellationToken ct)
    {
        var session = await Sessions.CurrentAsync(db, clock, ct);
        if (session is null)
        {
            return new Choices([], [], []);
        }

        return (await cache.GetOrCreateAsync($"search-filters:{session.Id}", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5);
            var zones = await db.Set<Zone>().AsNoTracking().Where(z => z.SessionId == session.Id && z.IsActive)
                .OrderBy(z => z.SortOrder).ThenBy(z => z.Id).Select(z => new ZoneChoice(z.Id, z.Code, z.NameZh, z.NameEn)).ToListAsync(ct);
            var categories = await db.Set<SearchProduct>().AsNoTracking().Where(d => d.SessionId == session.Id)
                .Select(d => d.Category).Distinct().OrderBy(c => c).Take(MaxChoices).ToListAsync(ct);
            var origins = await db.Set<SearchProduct>().AsNoTracking().Where(d => d.SessionId == session.Id && d.Origin != null && d.Origin != "")
                .Select(d => d.Origin!).Distinct().OrderBy(c => c).Take(MaxChoices).ToListAsync(ct);
            return new Choices(zones, categories, origins);
        }))!;
    }
}

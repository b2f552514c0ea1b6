using FairHall.Modules.Accounts;
using FairHall.Platform.Data;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Catalog;

/// <summary>The accounts of the caller's enterprise that may be a product's salesperson (CAT-5).</summary>
internal sealed class ProductSalespeople(FairHallDbContext db, ICurrentActor me)
{
    public sealed record Option(long Id, string Name);

    public async Task<IReadOnlyList<Option>> ForCallerAsync(CancellationToken ct)
    {
        if (me.EnterpriseId is not { } enterpriseId)
        {
            return [];
        }

        var users = await db.Set<User>().AsNoTracking().Where(u => u.EnterpriseId == enterpriseId).OrderBy(u => u.Id)
            .Select(u => new { u.Id, u.DisplayName, u.UserName }).ToListAsync(ct);
        return [.. users.Select(u => new Option(u.Id, string.IsNullOrWhiteSpace(u.DisplayName) ? u.UserName ?? "" : u.DisplayName))];
    }
}

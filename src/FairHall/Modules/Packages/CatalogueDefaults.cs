using FairHall.Modules.Fairs;
using FairHall.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Packages;

/// <summary>The 136th session's catalogue (seed 000 annex): the starting values of every session's rows.</summary>
internal static class CatalogueDefaults
{
    private static readonly TierFlags BasicFlags = new(true, true, true, false, false, false, true, false, true, DataReport.None);

    public static IEnumerable<TierOffer> Tiers(long sessionId) =>
    [
        new(sessionId, PackageTier.Basic, 0, new(10, true, 1, 0, 0, 2, 3, 0), BasicFlags),
        new(sessionId, PackageTier.A, 200_000, new(200, false, 2, 1, 2, 6, null, 5), BasicFlags with { LeadManagement = true, SmartMatching = true, VirtualBooth = true }),
        new(sessionId, PackageTier.B, 600_000, new(500, false, 4, 3, 20, 30, null, 50),
            BasicFlags with { LeadManagement = true, SmartMatching = true, VirtualBooth = true, DataReport = DataReport.Basic }),
        new(sessionId, PackageTier.C, 1_500_000, new(3000, false, 6, 5, 50, 100, null, 100),
            BasicFlags with { LeadManagement = true, SmartMatching = true, VirtualBooth = true, PriorityDisplay = true, DataReport = DataReport.Upgraded }),
    ];

    public static IEnumerable<AddOnOffer> AddOns(long sessionId) =>
    [
        new(sessionId, AddOnKind.Products, 50_000, 100),
        new(sessionId, AddOnKind.Accounts, 99_900, 5),
        new(sessionId, AddOnKind.LiveRooms, 50_000, 1),
    ];

    /// <summary>Adds the default rows to a session that has none; returns whether it added them.</summary>
    public static async Task<bool> EnsureAsync(FairHallDbContext db, long sessionId, CancellationToken ct)
    {
        if (await db.Set<TierOffer>().AnyAsync(t => t.SessionId == sessionId, ct))
        {
            return false;
        }

        db.AddRange(Tiers(sessionId));
        db.AddRange(AddOns(sessionId));
        await db.SaveChangesAsync(ct);
        return true;
    }
}

/// <summary>Demo data: the 136th catalogue for the demo sessions 136 and 140 (called once from the demo seeder).</summary>
internal static class PackagesDemoData
{
    public static async Task SeedAsync(FairHallDbContext db, CancellationToken ct)
    {
        foreach (var id in await db.Set<Session>().Where(s => s.Number == 136 || s.Number == 140).Select(s => s.Id).ToListAsync(ct))
        {
            await CatalogueDefaults.EnsureAsync(db, id, ct);
        }
    }
}

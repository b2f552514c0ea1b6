using FairHall.Platform.Data;

namespace FairHall.Modules.Fairs;

/// <summary>What the accounts demo data needs from the fairs demo data.</summary>
public sealed record FairsDemoResult(long SessionId, long? DelegationId, long? AssociationId, long? InstitutionId);

/// <summary>The demo fair modelled on the 136th Canton Fair. (Being written by the Fairs work of this session.)</summary>
internal static class FairsDemoData
{
    public static Task<FairsDemoResult> SeedAsync(FairHallDbContext db, TimeProvider clock, CancellationToken ct) =>
        Task.FromResult(new FairsDemoResult(0, null, null, null));
}

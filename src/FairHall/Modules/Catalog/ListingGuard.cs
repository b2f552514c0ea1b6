using FairHall.Modules.Exhibitors;
using FairHall.Modules.Fairs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Catalog;

/// <summary>
/// One row per enterprise and session whose version every listing bumps (ADR 0016): two listings of the same
/// enterprise that both read "one slot free" cannot both commit, on SQLite and PostgreSQL alike.
/// </summary>
public sealed class ListingGuard
{
    private ListingGuard()
    {
    }

    public ListingGuard(long enterpriseId, long sessionId)
    {
        EnterpriseId = enterpriseId;
        SessionId = sessionId;
    }

    public long Id { get; private set; }
    public long EnterpriseId { get; private set; }
    public long SessionId { get; private set; }
    public long Version { get; private set; }

    public void Touch() => Version++;
}

internal sealed class ListingGuardConfiguration : IEntityTypeConfiguration<ListingGuard>
{
    public void Configure(EntityTypeBuilder<ListingGuard> b)
    {
        b.ToTable("product_listing_guards");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Session>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.EnterpriseId, x.SessionId }).IsUnique();
    }
}

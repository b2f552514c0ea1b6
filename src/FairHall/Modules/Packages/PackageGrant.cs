using FairHall.Modules.Exhibitors;
using FairHall.Modules.Fairs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Packages;

/// <summary>What was bought for one session: a tier or a number of add-on packs (one per paid order line).</summary>
public sealed record GrantItem(PackageTier? Tier, AddOnKind? AddOn, int Quantity);

/// <summary>The states of a grant.</summary>
public enum GrantStatus
{
    /// <summary>已开通.</summary>
    Active,

    /// <summary>已退款: the money went back (PKG-8), the service with it.</summary>
    Revoked,
}

/// <summary>
/// A bought service of an enterprise for a session (by fair and session number, so that the next session may be
/// paid before the organizer creates it, PKG-4). Created only by a paid order line, at most once per line.
/// </summary>
public sealed class PackageGrant
{
    private PackageGrant()
    {
    }

    internal PackageGrant(long enterpriseId, long fairId, int sessionNumber, GrantItem item, long amountFen, DateTimeOffset paidAt, long orderLineId)
    {
        EnterpriseId = enterpriseId;
        FairId = fairId;
        SessionNumber = sessionNumber;
        Tier = item.Tier;
        AddOn = item.AddOn;
        Quantity = item.Quantity;
        AmountFen = amountFen;
        PaidAt = paidAt;
        OrderLineId = orderLineId;
        Status = GrantStatus.Active;
    }

    public long Id { get; private set; }
    public long EnterpriseId { get; private set; }
    public long FairId { get; private set; }
    public int SessionNumber { get; private set; }
    public PackageTier? Tier { get; private set; }
    public AddOnKind? AddOn { get; private set; }
    public int Quantity { get; private set; }
    public long AmountFen { get; private set; }
    public DateTimeOffset PaidAt { get; private set; }
    public long OrderLineId { get; private set; }
    public GrantStatus Status { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    public GrantItem Item => new(Tier, AddOn, Quantity);

    internal void Revoke(DateTimeOffset now)
    {
        Status = GrantStatus.Revoked;
        RevokedAt = now;
    }
}

internal sealed class PackageGrantConfiguration : IEntityTypeConfiguration<PackageGrant>
{
    public void Configure(EntityTypeBuilder<PackageGrant> b)
    {
        b.ToTable("package_grants");
        b.Property(x => x.Tier).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.AddOn).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Fair>().WithMany().HasForeignKey(x => x.FairId).OnDelete(DeleteBehavior.Restrict);
        // One grant per paid order line: a callback delivered twice can never grant twice.
        b.HasIndex(x => x.OrderLineId).IsUnique();
        b.HasIndex(x => new { x.EnterpriseId, x.FairId, x.SessionNumber });
        // One active grant per tier and session: two orders for the same tier paid at once cannot both grant it.
        b.HasIndex(x => new { x.EnterpriseId, x.FairId, x.SessionNumber, x.Tier }).IsUnique()
            .HasFilter("\"tier\" IS NOT NULL AND \"status\" = 'Active'").HasDatabaseName("ux_package_grants_active_tier");
        b.Ignore(x => x.Item);
    }
}

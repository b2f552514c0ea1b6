using FairHall.Modules.Fairs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Accounts;

/// <summary>ACC-5: a sub-account is responsible for a zone (展区负责人) and may manage its products.</summary>
public sealed class AccountZone
{
    private AccountZone()
    {
    }

    public AccountZone(long userId, long zoneId)
    {
        UserId = userId;
        ZoneId = zoneId;
    }

    public long UserId { get; private set; }
    public long ZoneId { get; private set; }
}

internal sealed class AccountZoneConfiguration : IEntityTypeConfiguration<AccountZone>
{
    public void Configure(EntityTypeBuilder<AccountZone> b)
    {
        b.ToTable("account_zones");
        b.HasKey(x => new { x.UserId, x.ZoneId });
        b.HasOne<User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Zone>().WithMany().HasForeignKey(x => x.ZoneId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.ZoneId);
    }
}

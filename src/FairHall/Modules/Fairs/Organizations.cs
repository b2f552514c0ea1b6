using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Fairs;

/// <summary>A trade delegation (交易团, ROLE-2) or, with a parent, a sub-delegation (分团) of one fair.</summary>
public sealed class Delegation
{
    private Delegation()
    {
    }

    public Delegation(long fairId, long? parentId, string code, string nameZh, string nameEn, string? region)
    {
        FairId = fairId;
        ParentId = parentId;
        Code = code;
        NameZh = nameZh;
        NameEn = nameEn;
        Region = region;
    }

    public long Id { get; private set; }
    public long FairId { get; private set; }
    public long? ParentId { get; private set; }
    public string Code { get; private set; } = "";
    public string NameZh { get; private set; } = "";
    public string NameEn { get; private set; } = "";

    /// <summary>Province or city the delegation speaks for, e.g. 广东省广州市.</summary>
    public string? Region { get; private set; }

    public long Version { get; private set; }

    public void Update(long? parentId, string code, string nameZh, string nameEn, string? region)
    {
        ParentId = parentId;
        Code = code;
        NameZh = nameZh;
        NameEn = nameEn;
        Region = region;
        Version++;
    }
}

/// <summary>A trade association (商协会, ROLE-3): reviews exhibitors and products of its zones.</summary>
public sealed class Association
{
    private Association()
    {
    }

    public Association(long fairId, string code, string nameZh, string nameEn)
    {
        FairId = fairId;
        Code = code;
        NameZh = nameZh;
        NameEn = nameEn;
    }

    public long Id { get; private set; }
    public long FairId { get; private set; }
    public string Code { get; private set; } = "";
    public string NameZh { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public long Version { get; private set; }

    public void Update(string code, string nameZh, string nameEn)
    {
        Code = code;
        NameZh = nameZh;
        NameEn = nameEn;
        Version++;
    }
}

/// <summary>An organizing institution (组展机构, ROLE-4): invites exhibitors and reviews what it invited.</summary>
public sealed class Institution
{
    private Institution()
    {
    }

    public Institution(long fairId, string code, string nameZh, string nameEn)
    {
        FairId = fairId;
        Code = code;
        NameZh = nameZh;
        NameEn = nameEn;
    }

    public long Id { get; private set; }
    public long FairId { get; private set; }
    public string Code { get; private set; } = "";
    public string NameZh { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public long Version { get; private set; }

    public void Update(string code, string nameZh, string nameEn)
    {
        Code = code;
        NameZh = nameZh;
        NameEn = nameEn;
        Version++;
    }
}

internal sealed class DelegationConfiguration : IEntityTypeConfiguration<Delegation>
{
    public void Configure(EntityTypeBuilder<Delegation> b)
    {
        b.ToTable("delegations");
        b.Property(x => x.Code).HasMaxLength(20);
        b.Property(x => x.NameZh).HasMaxLength(100);
        b.Property(x => x.NameEn).HasMaxLength(100);
        b.Property(x => x.Region).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Fair>().WithMany().HasForeignKey(x => x.FairId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Delegation>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.FairId, x.Code }).IsUnique();
    }
}

internal sealed class AssociationConfiguration : IEntityTypeConfiguration<Association>
{
    public void Configure(EntityTypeBuilder<Association> b)
    {
        b.ToTable("associations");
        b.Property(x => x.Code).HasMaxLength(20);
        b.Property(x => x.NameZh).HasMaxLength(100);
        b.Property(x => x.NameEn).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Fair>().WithMany().HasForeignKey(x => x.FairId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.FairId, x.Code }).IsUnique();
    }
}

internal sealed class InstitutionConfiguration : IEntityTypeConfiguration<Institution>
{
    public void Configure(EntityTypeBuilder<Institution> b)
    {
        b.ToTable("institutions");
        b.Property(x => x.Code).HasMaxLength(20);
        b.Property(x => x.NameZh).HasMaxLength(100);
        b.Property(x => x.NameEn).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Fair>().WithMany().HasForeignKey(x => x.FairId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.FairId, x.Code }).IsUnique();
    }
}

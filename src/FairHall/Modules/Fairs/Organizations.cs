using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Fairs;

/// <summary>A trade delegation (交易团, ROLE-2) or, with a parent, a sub-delegation (分团) of one fair.</summary>
public sealed class Delegation : FairOrganization
{
    private Delegation()
    {
    }

    public Delegation(long fairId, long? parentId, string code, string nameZh, string nameEn, string? region)
        : base(fairId, code, nameZh, nameEn)
    {
        ParentId = parentId;
        Region = region;
    }

    public long? ParentId { get; private set; }

    /// <summary>Province or city the delegation speaks for, e.g. 广东省广州市.</summary>
    public string? Region { get; private set; }

    public void Update(long? parentId, string code, string nameZh, string nameEn, string? region)
    {
        ParentId = parentId;
        Region = region;
        Rename(code, nameZh, nameEn);
    }
}

/// <summary>A trade association (商协会, ROLE-3): reviews exhibitors and products of its zones.</summary>
public sealed class Association : FairOrganization
{
    private Association()
    {
    }

    public Association(long fairId, string code, string nameZh, string nameEn)
        : base(fairId, code, nameZh, nameEn)
    {
    }
}

/// <summary>An organizing institution (组展机构, ROLE-4): invites exhibitors and reviews what it invited.</summary>
public sealed class Institution : FairOrganization
{
    private Institution()
    {
    }

    public Institution(long fairId, string code, string nameZh, string nameEn)
        : base(fairId, code, nameZh, nameEn)
    {
    }
}

internal sealed class DelegationConfiguration : IEntityTypeConfiguration<Delegation>
{
    public void Configure(EntityTypeBuilder<Delegation> b)
    {
        b.MapOrganization("delegations");
        b.Property(x => x.Region).HasMaxLength(FairsRules.NameMax);
        b.HasOne<Delegation>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AssociationConfiguration : IEntityTypeConfiguration<Association>
{
    public void Configure(EntityTypeBuilder<Association> b) => b.MapOrganization("associations");
}

internal sealed class InstitutionConfiguration : IEntityTypeConfiguration<Institution>
{
    public void Configure(EntityTypeBuilder<Institution> b) => b.MapOrganization("institutions");
}

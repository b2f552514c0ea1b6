using FairHall.Modules.Exhibitors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Catalog;

/// <summary>CAT-5: a named group the enterprise sorts its products into (分组); deleting it ungroups its products.</summary>
public sealed class ProductGroup
{
    public const int MaxName = 50;

    private ProductGroup()
    {
    }

    public ProductGroup(long enterpriseId, string name)
    {
        EnterpriseId = enterpriseId;
        Name = name.Trim();
    }

    public long Id { get; private set; }
    public long EnterpriseId { get; private set; }
    public string Name { get; private set; } = "";
}

internal sealed class ProductGroupConfiguration : IEntityTypeConfiguration<ProductGroup>
{
    public void Configure(EntityTypeBuilder<ProductGroup> b)
    {
        b.ToTable("product_groups");
        b.Property(x => x.Name).HasMaxLength(ProductGroup.MaxName);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.EnterpriseId, x.Name }).IsUnique();
    }
}

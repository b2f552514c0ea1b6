using FairHall.Modules.Accounts;
using FairHall.Modules.Exhibitors;
using FairHall.Modules.Fairs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Catalog;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> b)
    {
        b.ToTable("products");
        b.Property(x => x.NameZh).HasMaxLength(200);
        b.Property(x => x.NameEn).HasMaxLength(300);
        b.Property(x => x.DescriptionZh).HasMaxLength(10000);
        b.Property(x => x.DescriptionEn).HasMaxLength(20000);
        b.Property(x => x.Category).HasMaxLength(100);
        b.Property(x => x.Brand).HasMaxLength(100);
        b.Property(x => x.Origin).HasMaxLength(100);
        b.Property(x => x.Model).HasMaxLength(100);
        b.Property(x => x.MinimumOrder).HasMaxLength(50);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.StatusReason).HasMaxLength(1000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.OwnCode).HasMaxLength(30);
        b.Property(x => x.RichDescriptionZh).HasMaxLength(20000);
        b.Property(x => x.RichDescriptionEn).HasMaxLength(20000);
        b.Property(x => x.MapApprovalNo).HasMaxLength(50);
        b.Ignore(x => x.Details);
        b.Ignore(x => x.IsDraft);
        b.Ignore(x => x.InReview);
        b.Ignore(x => x.IsPublic);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Session>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Zone>().WithMany().HasForeignKey(x => x.ZoneId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ProductGroup>().WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<User>().WithMany().HasForeignKey(x => x.SalespersonId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => new { x.EnterpriseId, x.SessionId, x.Status });
        b.HasIndex(x => new { x.ZoneId, x.Status });
        b.HasIndex(x => new { x.SessionId, x.CarriedFromId }).IsUnique();
        b.HasMany(x => x.Tags).WithOne().HasForeignKey(t => t.ProductId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Tags).HasField("tags").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ProductTagValueConfiguration : IEntityTypeConfiguration<ProductTagValue>
{
    public void Configure(EntityTypeBuilder<ProductTagValue> b)
    {
        b.ToTable("product_tag_values");
        b.HasKey(x => new { x.ProductId, x.ZoneTagId });
        b.Property(x => x.Value).HasMaxLength(100);
        b.HasOne<ZoneTag>().WithMany().HasForeignKey(x => x.ZoneTagId).OnDelete(DeleteBehavior.Cascade);
    }
}

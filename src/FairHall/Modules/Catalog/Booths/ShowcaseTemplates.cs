using FairHall.Modules.Exhibitors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Catalog.Booths;

/// <summary>CAT-9: the two template libraries (展台装修: PC端模板库, APP端模板库).</summary>
public enum TemplateKind
{
    Pc,
    Mobile,
}

/// <summary>One template of the library; the library is code (small, versioned with the pages that render it).</summary>
public sealed record ShowcaseTemplate(string Code, TemplateKind Kind, string NameZh, string NameEn, string Layout, string DefaultBanner);

public static class TemplateLibrary
{
    public static readonly IReadOnlyList<ShowcaseTemplate> All =
    [
        new("pc-products-list", TemplateKind.Pc, "推荐展品（列表）", "Featured products (list)", "list", "#1F4E79"),
        new("pc-brand-grid", TemplateKind.Pc, "推荐品牌（展品平铺）", "Featured brand (grid)", "grid", "#8B1A1A"),
        new("pc-exhibitor", TemplateKind.Pc, "推荐展商", "Featured exhibitor", "profile", "#0F6B5C"),
        new("pc-brand-list", TemplateKind.Pc, "推荐品牌（展品列表）", "Featured brand (list)", "list", "#4A3B8F"),
        new("pc-banner-wide", TemplateKind.Pc, "宽幅横幅", "Wide banner", "banner", "#B35C00"),
        new("pc-minimal", TemplateKind.Pc, "简洁", "Minimal", "profile", "#333333"),
        new("app-products-list", TemplateKind.Mobile, "推荐展品（列表）", "Featured products (list)", "list", "#1F4E79"),
        new("app-brand-grid", TemplateKind.Mobile, "推荐品牌（展品平铺）", "Featured brand (grid)", "grid", "#8B1A1A"),
        new("app-exhibitor", TemplateKind.Mobile, "推荐展商", "Featured exhibitor", "profile", "#0F6B5C"),
        new("app-brand-list", TemplateKind.Mobile, "推荐品牌（展品列表）", "Featured brand (list)", "list", "#4A3B8F"),
        new("app-banner-wide", TemplateKind.Mobile, "宽幅横幅", "Wide banner", "banner", "#B35C00"),
        new("app-minimal", TemplateKind.Mobile, "简洁", "Minimal", "profile", "#333333"),
    ];

    public static ShowcaseTemplate? Find(string? code) => All.FirstOrDefault(t => t.Code == code);
}

/// <summary>
/// A template an enterprise selected into its own set (the number selectable per library follows the package,
/// PKG-2 1/2/4/6), with its banner colour; at most one per library is published (使用中).
/// </summary>
public sealed class TemplateChoice
{
    private TemplateChoice()
    {
    }

    public TemplateChoice(long enterpriseId, ShowcaseTemplate template, DateTimeOffset now)
    {
        EnterpriseId = enterpriseId;
        TemplateCode = template.Code;
        Kind = template.Kind;
        BannerColour = template.DefaultBanner;
        SelectedAt = now;
    }

    public long Id { get; private set; }
    public long EnterpriseId { get; private set; }
    public string TemplateCode { get; private set; } = "";
    public TemplateKind Kind { get; private set; }

    /// <summary>#RRGGBB.</summary>
    public string BannerColour { get; private set; } = "#1F4E79";

    public bool IsPublished { get; private set; }
    public DateTimeOffset SelectedAt { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>Sets the banner colour; the caller has checked it is #RRGGBB (the table keeps seven characters).</summary>
    public void Recolour(string colour) =>
        BannerColour = Exhibitors.Showcase.ShowcaseRules.IsHexColour(colour) ? colour.ToUpperInvariant() : throw new ArgumentException("#RRGGBB expected", nameof(colour));

    public void Publish(DateTimeOffset now)
    {
        IsPublished = true;
        PublishedAt = now;
    }

    public void Unpublish() => IsPublished = false;
}

internal sealed class TemplateChoiceConfiguration : IEntityTypeConfiguration<TemplateChoice>
{
    public void Configure(EntityTypeBuilder<TemplateChoice> b)
    {
        b.ToTable("template_choices");
        b.Property(x => x.TemplateCode).HasMaxLength(40);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.BannerColour).HasMaxLength(7);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.EnterpriseId, x.TemplateCode }).IsUnique();
    }
}

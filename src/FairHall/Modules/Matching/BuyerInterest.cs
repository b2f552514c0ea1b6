using FairHall.Modules.Accounts;
using FairHall.Modules.Catalog;
using FairHall.Modules.Exhibitors.Onboarding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Matching;

/// <summary>
/// BUY-3: what a buyer declared at registration (optional step) or later at /my/interests — the industry it belongs to
/// (所属行业, one of <see cref="Industries"/>) and its interest tags (感兴趣的行业领域, keys of <see cref="InterestVocabulary"/>).
/// </summary>
public sealed class BuyerInterest
{
    public const int MaxTags = 10;

    private BuyerInterest()
    {
    }

    public BuyerInterest(long userId) => UserId = userId;

    public long UserId { get; private set; }

    /// <summary>The code of one of <see cref="Industries.All"/>, or null.</summary>
    public string? Industry { get; private set; }

    /// <summary>Interest tag keys in the buyer's order (the order breaks ties between explanations).</summary>
    public List<string> Tags { get; private set; } = [];

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Replaces the interests; the caller checked them against the vocabulary.</summary>
    public void Declare(string? industry, IReadOnlyList<string> tags, DateTimeOffset now)
    {
        Industry = industry;
        Tags = [.. tags];
        UpdatedAt = now;
    }
}

internal sealed class BuyerInterestConfiguration : IEntityTypeConfiguration<BuyerInterest>
{
    public void Configure(EntityTypeBuilder<BuyerInterest> b)
    {
        b.ToTable("buyer_interests");
        b.HasKey(x => x.UserId);
        b.Property(x => x.UserId).ValueGeneratedNever();
        b.Property(x => x.Industry).HasMaxLength(40);
        b.HasOne<User>().WithOne().HasForeignKey<BuyerInterest>(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>
/// The indexes recommendations read through (docs/adr, recommendations): products by session + category and product
/// tag values by tag + value, so that each interest tag fetches a bounded slice instead of scanning the catalog.
/// They belong to this module's queries, so they are declared here; EF composes them with the Catalog's configuration.
/// </summary>
internal sealed class MatchingProductIndexes : IEntityTypeConfiguration<Product>, IEntityTypeConfiguration<ProductTagValue>, IEntityTypeConfiguration<CiftisRegistration>
{
    public void Configure(EntityTypeBuilder<Product> b) => b.HasIndex(x => new { x.SessionId, x.Category, x.Status, x.Id });

    public void Configure(EntityTypeBuilder<ProductTagValue> b) => b.HasIndex(x => new { x.ZoneTagId, x.Value, x.ProductId });

    public void Configure(EntityTypeBuilder<CiftisRegistration> b) => b.HasIndex(x => x.Industry);
}

using FairHall.Modules.Fairs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Packages;

/// <summary>PKG-1 service tiers, in upgrade order (a higher value is a higher tier).</summary>
public enum PackageTier
{
    /// <summary>基础信息服务 (gifted, free).</summary>
    Basic = 0,

    /// <summary>A套餐.</summary>
    A = 1,

    /// <summary>B套餐.</summary>
    B = 2,

    /// <summary>C套餐.</summary>
    C = 3,
}

/// <summary>PKG-3 add-on packs (加量包), stackable, only for A/B/C holders.</summary>
public enum AddOnKind
{
    /// <summary>展品包: +100 products.</summary>
    Products,

    /// <summary>账号包: +5 enabled accounts.</summary>
    Accounts,

    /// <summary>连线展示包: +1 live showroom (2 h); not sold once the session's live service has ended.</summary>
    LiveRooms,
}

/// <summary>PKG-2 data report (线上平台展商数据报告).</summary>
public enum DataReport
{
    /// <summary>无.</summary>
    None,

    /// <summary>基础版.</summary>
    Basic,

    /// <summary>升级版.</summary>
    Upgraded,
}

/// <summary>The quotas of a tier (PKG-2). <c>null</c> means unlimited (不限).</summary>
public sealed record TierQuotas(
    int Products, bool ProductsPerZone, int Templates, int Videos, int LiveRooms, int Accounts, int? TargetedResponses, int PublicResponses);

/// <summary>The feature flags of a tier (PKG-2).</summary>
public sealed record TierFlags(
    bool Chat, bool Meetings, bool CardExchange, bool LeadManagement, bool SmartMatching, bool PriorityDisplay,
    bool WebsiteDisplay, bool VirtualBooth, bool ForumReplay, DataReport DataReport);

/// <summary>One tier of one session's catalogue: price, quotas and flags are data the organizer edits (PKG-1/2).</summary>
public sealed class TierOffer : IVersioned
{
    private TierOffer()
    {
    }

    public TierOffer(long sessionId, PackageTier tier, long priceFen, TierQuotas quotas, TierFlags flags)
    {
        SessionId = sessionId;
        Tier = tier;
        Change(priceFen, quotas, flags);
        Version = 0;
    }

    public long Id { get; private set; }
    public long SessionId { get; private set; }
    public PackageTier Tier { get; private set; }
    public long PriceFen { get; private set; }
    public int Products { get; private set; }
    public bool ProductsPerZone { get; private set; }
    public int Templates { get; private set; }
    public int Videos { get; private set; }
    public int LiveRooms { get; private set; }
    public int Accounts { get; private set; }
    public int? TargetedResponses { get; private set; }
    public int PublicResponses { get; private set; }
    public bool Chat { get; private set; }
    public bool Meetings { get; private set; }
    public bool CardExchange { get; private set; }
    public bool LeadManagement { get; private set; }
    public bool SmartMatching { get; private set; }
    public bool PriorityDisplay { get; private set; }
    public bool WebsiteDisplay { get; private set; }
    public bool VirtualBooth { get; private set; }
    public bool ForumReplay { get; private set; }
    public DataReport DataReport { get; private set; }
    public long Version { get; private set; }

    public TierQuotas Quotas => new(Products, ProductsPerZone, Templates, Videos, LiveRooms, Accounts, TargetedResponses, PublicResponses);

    public TierFlags Flags => new(Chat, Meetings, CardExchange, LeadManagement, SmartMatching, PriorityDisplay, WebsiteDisplay, VirtualBooth, ForumReplay, DataReport);

    public void Change(long priceFen, TierQuotas q, TierFlags f)
    {
        PriceFen = Tier == PackageTier.Basic ? 0 : priceFen;
        (Products, ProductsPerZone, Templates, Videos, LiveRooms, Accounts, TargetedResponses, PublicResponses) =
            (q.Products, q.ProductsPerZone, q.Templates, q.Videos, q.LiveRooms, q.Accounts, q.TargetedResponses, q.PublicResponses);
        (Chat, Meetings, CardExchange, LeadManagement, SmartMatching, PriorityDisplay, WebsiteDisplay, VirtualBooth, ForumReplay, DataReport) =
            (f.Chat, f.Meetings, f.CardExchange, f.LeadManagement, f.SmartMatching, f.PriorityDisplay, f.WebsiteDisplay, f.VirtualBooth, f.ForumReplay, f.DataReport);
        Version++;
    }
}

/// <summary>One add-on pack of one session's catalogue (PKG-3): price per pack and what one pack adds.</summary>
public sealed class AddOnOffer : IVersioned
{
    private AddOnOffer()
    {
    }

    public AddOnOffer(long sessionId, AddOnKind kind, long priceFen, int amount)
    {
        SessionId = sessionId;
        Kind = kind;
        PriceFen = priceFen;
        Amount = amount;
    }

    public long Id { get; private set; }
    public long SessionId { get; private set; }
    public AddOnKind Kind { get; private set; }
    public long PriceFen { get; private set; }
    public int Amount { get; private set; }
    public long Version { get; private set; }

    public void Change(long priceFen, int amount)
    {
        PriceFen = priceFen;
        Amount = amount;
        Version++;
    }
}

internal sealed class TierOfferConfiguration : IEntityTypeConfiguration<TierOffer>
{
    public void Configure(EntityTypeBuilder<TierOffer> b)
    {
        b.ToTable("package_tiers");
        b.Property(x => x.Tier).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.DataReport).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Session>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.SessionId, x.Tier }).IsUnique();
        b.Ignore(x => x.Quotas);
        b.Ignore(x => x.Flags);
    }
}

internal sealed class AddOnOfferConfiguration : IEntityTypeConfiguration<AddOnOffer>
{
    public void Configure(EntityTypeBuilder<AddOnOffer> b)
    {
        b.ToTable("package_addons");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Session>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.SessionId, x.Kind }).IsUnique();
    }
}

using FairHall.Platform.Outcomes;

namespace FairHall.Modules.Catalog;

/// <summary>
/// What the exhibitor fills in for a product (CAT-2/4/5/6/8); prices in fen, null shows 暂无报价 / "No quote". The
/// descriptions are the plain intro (≤500); the rich descriptions are sanitized HTML; images (first is the main one)
/// and videos are media ids of the same enterprise; tags are values of the zone's parameter tags.
/// </summary>
public sealed record ProductDetails(
    long ZoneId, string NameZh, string NameEn, string DescriptionZh, string DescriptionEn, string Category,
    string? Brand, string? Origin, string? Model, long? MarketPriceFen, long? WholesalePriceFen, string? MinimumOrder, bool IsNew,
    string? OwnCode = null, string? RichDescriptionZh = null, string? RichDescriptionEn = null,
    bool? ContainsMap = null, string? MapApprovalNo = null, long? MapDocumentId = null,
    IReadOnlyList<long>? ImageIds = null, IReadOnlyList<long>? VideoIds = null, IReadOnlyList<ProductTagInput>? Tags = null);

/// <summary>The value of one zone parameter tag (CAT-5); for a choice tag one of its options.</summary>
public sealed record ProductTagInput(long TagId, string? Value);

/// <summary>
/// A product of one enterprise in one session and zone. Its status follows <see cref="ProductTransitions"/>;
/// every change goes through a verb that returns a typed error when the table refuses it.
/// </summary>
public sealed class Product
{
    /// <summary>CAT-6: the "our new product" tag lapses two years after it was last ticked.</summary>
    public static readonly TimeSpan NewTagLifetime = TimeSpan.FromDays(730);

    private readonly List<ProductTagValue> tags = [];

    private Product()
    {
    }

    public Product(long enterpriseId, long sessionId, ProductDetails details, DateTimeOffset now)
    {
        EnterpriseId = enterpriseId;
        SessionId = sessionId;
        Status = ProductStatus.Unreviewed;
        CreatedAt = now;
        ListAfterApproval = true;
        Apply(details, now);
    }

    public long Id { get; private set; }
    public long EnterpriseId { get; private set; }
    public long SessionId { get; private set; }
    public long ZoneId { get; private set; }
    public string NameZh { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public string DescriptionZh { get; private set; } = "";
    public string DescriptionEn { get; private set; } = "";
    public string Category { get; private set; } = "";
    public string? Brand { get; private set; }
    public string? Origin { get; private set; }
    public string? Model { get; private set; }
    public long? MarketPriceFen { get; private set; }
    public long? WholesalePriceFen { get; private set; }
    public string? MinimumOrder { get; private set; }
    public bool IsNew { get; private set; }
    public DateTimeOffset? NewMarkedAt { get; private set; }
    public ProductStatus Status { get; private set; }

    /// <summary>Null while a new product is a draft (Unreviewed, not yet sent to the association).</summary>
    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>Why the association rejected it, or why an approved product was not listed.</summary>
    public string? StatusReason { get; private set; }

    /// <summary>CAT-3: a new product, or an edit of a listed one, is listed on approval where the quota allows.</summary>
    public bool ListAfterApproval { get; private set; }

    public DateTimeOffset? ListedAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public long Version { get; private set; }

    /// <summary>展台展品编码 (CAT-8, ≤30), the exhibitor's own code.</summary>
    public string? OwnCode { get; private set; }

    public string RichDescriptionZh { get; private set; } = "";
    public string RichDescriptionEn { get; private set; } = "";

    /// <summary>CAT-4: null until answered; yes needs the approval number and document.</summary>
    public bool? ContainsMap { get; private set; }

    public string? MapApprovalNo { get; private set; }
    public long? MapDocumentId { get; private set; }

    /// <summary>Media ids of the images, the first is the main image (CAT-8: 1–5).</summary>
    public List<long> ImageIds { get; private set; } = [];

    /// <summary>Media ids of the videos (CAT-8: at most 2).</summary>
    public List<long> VideoIds { get; private set; } = [];

    public IReadOnlyList<ProductTagValue> Tags => tags;

    /// <summary>CAT-5 product group of the enterprise (batch "group").</summary>
    public long? GroupId { get; private set; }

    /// <summary>CAT-5 visibility: a hidden product is not shown to buyers even when listed.</summary>
    public bool IsHidden { get; private set; }

    /// <summary>CAT-5 salesperson: an account of the same enterprise.</summary>
    public long? SalespersonId { get; private set; }

    /// <summary>CAT-3: the product of an earlier session this one was carried over from.</summary>
    public long? CarriedFromId { get; private set; }

    /// <summary>Shown to buyers: listed and not hidden.</summary>
    public bool IsPublic => Status == ProductStatus.Listed && !IsHidden;

    public bool IsDraft => Status == ProductStatus.Unreviewed && SubmittedAt is null;

    /// <summary>Waiting for the association (submitted and not yet decided).</summary>
    public bool InReview => Status is ProductStatus.Unreviewed or ProductStatus.UpdatedUnreviewed && SubmittedAt is not null;

    /// <summary>CAT-6: the tag shows only while ticked within the last two years.</summary>
    public bool ShowsNewTag(DateTimeOffset now) => IsNew && NewMarkedAt is { } at && now - at < NewTagLifetime;

    public Error? Edit(ProductDetails details, DateTimeOffset now)
    {
        var wasListed = Status == ProductStatus.Listed;
        var wasDecided = Status is ProductStatus.Approved or ProductStatus.Listed or ProductStatus.Delisted;
        if (Move(ProductAction.Edit, now) is { } illegal)
        {
            return illegal;
        }

        if (wasDecided)
        {
            // The edit goes back to the association at once (CAT-2 更新未审核); the public loses it meanwhile.
            ListAfterApproval = wasListed;
            ListedAt = null;
            SubmittedAt = now;
        }

        Apply(details, now);
        return null;
    }

    public Error? Submit(DateTimeOffset now)
    {
        if (Move(ProductAction.Submit, now) is { } illegal)
        {
            return illegal;
        }

        SubmittedAt = now;
        StatusReason = null;
        return null;
    }

    public Error? Approve(DateTimeOffset now)
    {
        if (!InReview)
        {
            return ProductTransitions.Illegal(Status, ProductAction.Approve);
        }

        return Move(ProductAction.Approve, now) ?? Reason(null);
    }

    public Error? Reject(string reason, DateTimeOffset now)
    {
        if (!InReview)
        {
            return ProductTransitions.Illegal(Status, ProductAction.Reject);
        }

        return Move(ProductAction.Reject, now) ?? Reason(reason);
    }

    /// <summary>Approved but not listed, with the reason shown to the exhibitor (e.g. the quota is full).</summary>
    public void KeepApproved(string reason) => StatusReason = reason;

    public Error? List(DateTimeOffset now)
    {
        if (Move(ProductAction.List, now) is { } illegal)
        {
            return illegal;
        }

        ListedAt = now;
        StatusReason = null;
        return null;
    }

    /// <summary>Takes the product off the public; the quota sweep (PKG-7) says why.</summary>
    public Error? Delist(DateTimeOffset now, string? reason = null)
    {
        if (Move(ProductAction.Delist, now) is { } illegal)
        {
            return illegal;
        }

        ListedAt = null;
        StatusReason = reason;
        return null;
    }

    /// <summary>Checks that the product may be deleted (not Banned); the caller removes it.</summary>
    public Error? CanDelete() => ProductTransitions.Next(Status, ProductAction.Delete) is null ? ProductTransitions.Illegal(Status, ProductAction.Delete) : null;

    /// <summary>已封禁 (organizer): leaves the public at once; no pending approval lists it afterwards.</summary>
    public Error? Ban(string reason, DateTimeOffset now)
    {
        if (Move(ProductAction.Ban, now) is { } illegal)
        {
            return illegal;
        }

        ListedAt = null;
        ListAfterApproval = false;
        return Reason(reason);
    }

    public Error? Unban(DateTimeOffset now) => Move(ProductAction.Unban, now) ?? Reason(null);

    /// <summary>A new draft with the same details in the same zone (the new-product tag is re-ticked today).</summary>
    public Product Copy(DateTimeOffset now) => new(EnterpriseId, SessionId, Details, now) { GroupId = GroupId, SalespersonId = SalespersonId, IsHidden = IsHidden };

    /// <summary>
    /// CAT-3: an approved product of an earlier session comes into <paramref name="sessionId"/> Delisted, in the zone
    /// of the same code; the exhibitor lists it by hand. Tags are left out (the new zone defines its own).
    /// </summary>
    public Product CarryOver(long sessionId, long zoneId, DateTimeOffset now)
    {
        var copy = new Product(EnterpriseId, sessionId, Details with { ZoneId = zoneId, Tags = [] }, now)
        {
            Status = ProductStatus.Delisted,
            SubmittedAt = now,
            ListAfterApproval = false,
            CarriedFromId = Id,
            GroupId = GroupId,
            SalespersonId = SalespersonId,
            IsHidden = IsHidden,
            NewMarkedAt = NewMarkedAt,
        };
        return copy;
    }

    public ProductDetails Details => new(ZoneId, NameZh, NameEn, DescriptionZh, DescriptionEn, Category, Brand, Origin, Model,
        MarketPriceFen, WholesalePriceFen, MinimumOrder, IsNew, OwnCode, RichDescriptionZh, RichDescriptionEn, ContainsMap, MapApprovalNo,
        MapDocumentId, [.. ImageIds], [.. VideoIds], [.. tags.Select(t => new ProductTagInput(t.ZoneTagId, t.Value))]);

    /// <summary>CAT-5 batch tools: group, visibility and salesperson are not content (no new review), but a banned product is frozen.</summary>
    public Error? Group(long? groupId, DateTimeOffset now) => Manage(now, () => GroupId = groupId);

    public Error? Show(bool hidden, DateTimeOffset now) => Manage(now, () => IsHidden = hidden);

    public Error? AssignSalesperson(long? userId, DateTimeOffset now) => Manage(now, () => SalespersonId = userId);

    private Error? Manage(DateTimeOffset now, Action change)
    {
        if (Status == ProductStatus.Banned)
        {
            return Error.Rule("product_banned");
        }

        change();
        UpdatedAt = now;
        Version++;
        return null;
    }

    private Error? Reason(string? reason)
    {
        StatusReason = reason;
        return null;
    }

    private Error? Move(ProductAction action, DateTimeOffset now)
    {
        if (ProductTransitions.Next(Status, action) is not { } next)
        {
            return ProductTransitions.Illegal(Status, action);
        }

        Status = next;
        UpdatedAt = now;
        Version++;
        return null;
    }

    private void Apply(ProductDetails d, DateTimeOffset now)
    {
        ZoneId = d.ZoneId;
        NameZh = d.NameZh.Trim();
        NameEn = d.NameEn.Trim();
        DescriptionZh = d.DescriptionZh;
        DescriptionEn = d.DescriptionEn;
        Category = d.Category.Trim();
        Brand = d.Brand;
        Origin = d.Origin;
        Model = d.Model;
        MarketPriceFen = d.MarketPriceFen;
        WholesalePriceFen = d.WholesalePriceFen;
        MinimumOrder = d.MinimumOrder;
        OwnCode = d.OwnCode;
        RichDescriptionZh = d.RichDescriptionZh ?? "";
        RichDescriptionEn = d.RichDescriptionEn ?? "";
        ContainsMap = d.ContainsMap;
        MapApprovalNo = d.ContainsMap == true ? d.MapApprovalNo : null;
        MapDocumentId = d.ContainsMap == true ? d.MapDocumentId : null;
        ImageIds = [.. d.ImageIds ?? []];
        VideoIds = [.. d.VideoIds ?? []];
        var wanted = (d.Tags ?? []).Where(t => !string.IsNullOrWhiteSpace(t.Value)).GroupBy(t => t.TagId).ToDictionary(g => g.Key, g => g.First().Value!.Trim());
        tags.RemoveAll(t => !wanted.ContainsKey(t.ZoneTagId));
        foreach (var (tagId, value) in wanted)
        {
            if (tags.Find(t => t.ZoneTagId == tagId) is { } existing)
            {
                existing.Set(value);
            }
            else
            {
                tags.Add(new ProductTagValue(tagId, value));
            }
        }

        if (d.IsNew && !IsNew || d.IsNew && NewMarkedAt is { } at && now - at >= NewTagLifetime)
        {
            NewMarkedAt = now; // CAT-6: ticking (again) renews the tag
        }

        IsNew = d.IsNew;
        if (!d.IsNew)
        {
            NewMarkedAt = null;
        }

        UpdatedAt = now;
    }
}

/// <summary>The value a product gives one parameter tag of its zone (CAT-5).</summary>
public sealed class ProductTagValue
{
    private ProductTagValue()
    {
    }

    internal ProductTagValue(long zoneTagId, string value)
    {
        ZoneTagId = zoneTagId;
        Value = value;
    }

    public long ProductId { get; private set; }
    public long ZoneTagId { get; private set; }
    public string Value { get; private set; } = "";

    internal void Set(string value) => Value = value;
}

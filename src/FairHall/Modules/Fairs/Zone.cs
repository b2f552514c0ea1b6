using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Fairs;

/// <summary>
/// A zone (展区) of a session, exhibited in one offline phase, reviewed by its trade associations (FAIR-2,
/// ROLE-3), with the product parameter tags exhibitors fill in for its products (CAT-5).
/// </summary>
public sealed class Zone : IVersioned
{
    private readonly List<ZoneAssociation> associations = [];
    private readonly List<ZoneTag> tags = [];

    private Zone()
    {
    }

    public Zone(long sessionId, string code, string nameZh, string nameEn, int phaseNumber, int sortOrder, IEnumerable<long> associationIds)
    {
        SessionId = sessionId;
        Code = code;
        NameZh = nameZh;
        NameEn = nameEn;
        PhaseNumber = phaseNumber;
        SortOrder = sortOrder;
        IsActive = true;
        associations.AddRange(associationIds.Distinct().Select(id => new ZoneAssociation(id)));
    }

    public long Id { get; private set; }
    public long SessionId { get; private set; }
    public string Code { get; private set; } = "";
    public string NameZh { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public int PhaseNumber { get; private set; }
    public int SortOrder { get; private set; }
    public bool IsActive { get; private set; }
    public long Version { get; private set; }

    public IReadOnlyList<ZoneAssociation> Associations => associations;
    public IReadOnlyList<ZoneTag> Tags => tags;

    public void Rename(string code, string nameZh, string nameEn)
    {
        Code = code;
        NameZh = nameZh;
        NameEn = nameEn;
        Version++;
    }

    public void Place(int phaseNumber, int sortOrder, bool isActive)
    {
        PhaseNumber = phaseNumber;
        SortOrder = sortOrder;
        IsActive = isActive;
        Version++;
    }

    public void AssignAssociations(IEnumerable<long> associationIds)
    {
        var wanted = associationIds.Distinct().ToHashSet();
        associations.RemoveAll(a => !wanted.Contains(a.AssociationId));
        associations.AddRange(wanted.Where(id => associations.All(a => a.AssociationId != id)).Select(id => new ZoneAssociation(id)));
        Version++;
    }

    /// <summary>Replaces the tag definitions; tags are matched by position so existing rows keep their ids.</summary>
    public void DefineTags(IReadOnlyList<ZoneTagDefinition> definitions)
    {
        for (var i = 0; i < definitions.Count; i++)
        {
            if (i < tags.Count)
            {
                tags[i].Redefine(i + 1, definitions[i]);
            }
            else
            {
                tags.Add(new ZoneTag(i + 1, definitions[i]));
            }
        }

        tags.RemoveRange(definitions.Count, tags.Count - definitions.Count);
        Version++;
    }
}

/// <summary>A trade association (商协会) that reviews a zone (ROLE-3).</summary>
public sealed class ZoneAssociation
{
    private ZoneAssociation()
    {
    }

    internal ZoneAssociation(long associationId) => AssociationId = associationId;

    public long ZoneId { get; private set; }
    public long AssociationId { get; private set; }
}

public enum ZoneTagKind
{
    /// <summary>自由填写.</summary>
    Text,

    /// <summary>从选项中选择.</summary>
    Choice,
}

/// <summary>What an organizer defines for one tag; option lists are bilingual and of equal length.</summary>
public sealed record ZoneTagDefinition(string NameZh, string NameEn, ZoneTagKind Kind, IReadOnlyList<string> OptionsZh, IReadOnlyList<string> OptionsEn, bool Required);

/// <summary>A product parameter tag (展品个性化参数标签) of a zone (FAIR-2, CAT-5).</summary>
public sealed class ZoneTag
{
    private ZoneTag()
    {
    }

    internal ZoneTag(int sortOrder, ZoneTagDefinition definition) => Redefine(sortOrder, definition);

    public long Id { get; private set; }
    public long ZoneId { get; private set; }
    public int SortOrder { get; private set; }
    public string NameZh { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public ZoneTagKind Kind { get; private set; }
    public List<string> OptionsZh { get; private set; } = [];
    public List<string> OptionsEn { get; private set; } = [];
    public bool Required { get; private set; }

    internal void Redefine(int sortOrder, ZoneTagDefinition d)
    {
        SortOrder = sortOrder;
        NameZh = d.NameZh;
        NameEn = d.NameEn;
        Kind = d.Kind;
        OptionsZh = d.Kind == ZoneTagKind.Choice ? [.. d.OptionsZh] : [];
        OptionsEn = d.Kind == ZoneTagKind.Choice ? [.. d.OptionsEn] : [];
        Required = d.Required;
    }
}

internal sealed class ZoneConfiguration : IEntityTypeConfiguration<Zone>
{
    public void Configure(EntityTypeBuilder<Zone> b)
    {
        b.ToTable("zones");
        b.Property(x => x.Code).HasMaxLength(20);
        b.Property(x => x.NameZh).HasMaxLength(100);
        b.Property(x => x.NameEn).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Session>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.SessionId, x.Code }).IsUnique();
        b.HasMany(x => x.Associations).WithOne().HasForeignKey(a => a.ZoneId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Associations).HasField("associations").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Tags).WithOne().HasForeignKey(t => t.ZoneId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Tags).HasField("tags").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ZoneAssociationConfiguration : IEntityTypeConfiguration<ZoneAssociation>
{
    public void Configure(EntityTypeBuilder<ZoneAssociation> b)
    {
        b.ToTable("zone_associations");
        b.HasKey(x => new { x.ZoneId, x.AssociationId });
        b.HasOne<Association>().WithMany().HasForeignKey(x => x.AssociationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.AssociationId);
    }
}

internal sealed class ZoneTagConfiguration : IEntityTypeConfiguration<ZoneTag>
{
    public void Configure(EntityTypeBuilder<ZoneTag> b)
    {
        b.ToTable("zone_tags");
        b.Property(x => x.NameZh).HasMaxLength(100);
        b.Property(x => x.NameEn).HasMaxLength(100);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
    }
}

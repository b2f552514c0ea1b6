using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Fairs;

/// <summary>
/// What delegations, associations and institutions have in common: a code and a bilingual name within one fair.
/// Not an entity itself: each kind keeps its own table.
/// </summary>
public abstract class FairOrganization : IVersioned
{
    protected FairOrganization()
    {
    }

    protected FairOrganization(long fairId, string code, string nameZh, string nameEn)
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

    public void Rename(string code, string nameZh, string nameEn)
    {
        Code = code;
        NameZh = nameZh;
        NameEn = nameEn;
        Version++;
    }
}

internal static class FairOrganizations
{
    /// <summary>The table, columns, fair and unique code that every kind of organization maps the same way.</summary>
    public static void MapOrganization<T>(this EntityTypeBuilder<T> b, string table) where T : FairOrganization
    {
        b.ToTable(table);
        b.Property(x => x.Code).HasMaxLength(20);
        b.Property(x => x.NameZh).HasMaxLength(FairsRules.NameMax);
        b.Property(x => x.NameEn).HasMaxLength(FairsRules.NameMax);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Fair>().WithMany().HasForeignKey(x => x.FairId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.FairId, x.Code }).IsUnique();
    }

    /// <summary>Whether another organization of the same kind in the fair already uses the code.</summary>
    public static Task<bool> IsCodeTakenAsync<T>(this DbContext db, long fairId, string code, long? selfId, CancellationToken ct)
        where T : FairOrganization
    {
        var self = selfId ?? 0;
        return db.Set<T>().AnyAsync(x => x.FairId == fairId && x.Code == code && x.Id != self, ct);
    }
}

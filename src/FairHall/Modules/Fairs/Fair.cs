using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Fairs;

/// <summary>A fair (展会), e.g. the Canton Fair. Sessions, zones and organizations belong to one fair.</summary>
public sealed class Fair : IVersioned
{
    public const string DefaultTimeZone = "Asia/Shanghai";

    private Fair()
    {
    }

    public Fair(string code, string nameZh, string nameEn, string timeZone)
    {
        Code = code;
        NameZh = nameZh;
        NameEn = nameEn;
        TimeZone = timeZone;
    }

    public long Id { get; private set; }
    public string Code { get; private set; } = "";
    public string NameZh { get; private set; } = "";
    public string NameEn { get; private set; } = "";

    /// <summary>IANA zone in which all dates of the fair are meant (FAIR-1: dates are data, shown in the fair's zone).</summary>
    public string TimeZone { get; private set; } = DefaultTimeZone;

    public long Version { get; private set; }

    public void Update(string code, string nameZh, string nameEn, string timeZone)
    {
        Code = code;
        NameZh = nameZh;
        NameEn = nameEn;
        TimeZone = timeZone;
        Version++;
    }
}

internal sealed class FairConfiguration : IEntityTypeConfiguration<Fair>
{
    public void Configure(EntityTypeBuilder<Fair> b)
    {
        b.ToTable("fairs");
        b.Property(x => x.Code).HasMaxLength(20);
        b.Property(x => x.NameZh).HasMaxLength(100);
        b.Property(x => x.NameEn).HasMaxLength(100);
        b.Property(x => x.TimeZone).HasMaxLength(64);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.Code).IsUnique();
    }
}

using FairHall.Modules.Fairs;
using FairHall.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Exhibitors.Onboarding;

/// <summary>
/// FAIR-3 windows of a session: kind (b) needs online participation in sessions <see cref="HistoryFrom"/>–<see cref="HistoryTo"/>
/// (127–135 for the 136th), and online-only participation in <see cref="PackageFrom"/>–<see cref="PackageTo"/> (133–135) counts
/// only with a bought package. Data, set by the organizer; without a row the defaults below apply.
/// </summary>
public sealed class EligibilitySettings
{
    public long SessionId { get; init; }
    public int HistoryFrom { get; set; }
    public int HistoryTo { get; set; }
    public int PackageFrom { get; set; }
    public int PackageTo { get; set; }

    /// <summary>The 136th session's rule, shifted with the session number: N−9…N−1, package needed in N−3…N−1.</summary>
    public static EligibilityWindow DefaultFor(int sessionNumber) => new(sessionNumber - 9, sessionNumber - 1, sessionNumber - 3, sessionNumber - 1);

    public EligibilityWindow Window => new(HistoryFrom, HistoryTo, PackageFrom, PackageTo);
}

/// <summary>An import of one CSV file (FAIR-3), run in the background; the page shows its progress.</summary>
[NotAudited]
public sealed class ImportJob
{
    public long Id { get; private set; }
    public long SessionId { get; init; }
    public ImportKind Kind { get; init; }
    public string FileName { get; init; } = "";
    public string StoragePath { get; init; } = "";
    public ImportStatus Status { get; set; }
    public int TotalRows { get; set; }
    public int ProcessedRows { get; set; }
    public int ImportedRows { get; set; }
    public int ErrorRows { get; set; }
    public string? Message { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public string CreatedByName { get; init; } = "";
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
}

public enum ImportKind
{
    /// <summary>本届线下展参展企业名单（含联营企业、展区、展位号）.</summary>
    OfflineExhibitors,

    /// <summary>往届线上参展记录（届次、是否仅线上、购买套餐）.</summary>
    OnlineHistory,

    /// <summary>展品导入（X-3，企业的 CSV；见 Catalog 的 ImportProducts）. Not an eligibility import.</summary>
    Products,
}

public enum ImportStatus
{
    /// <summary>已上传，待确认（预览）.</summary>
    Uploaded,

    /// <summary>排队中.</summary>
    Queued,

    /// <summary>导入中.</summary>
    Running,

    /// <summary>已完成（可能含错误行）.</summary>
    Completed,

    /// <summary>失败（文件结构不对，未导入任何行）.</summary>
    Failed,
}

/// <summary>A refused row: the line of the file, the field, and what is wrong (a code the page words in the reader's language).</summary>
[NotAudited]
public sealed class ImportRowError
{
    public long Id { get; private set; }
    public long JobId { get; init; }
    public int Line { get; init; }
    public string Field { get; init; } = "";
    public string Code { get; init; } = "";
    public string? Value { get; init; }
}

/// <summary>One row of the offline exhibitor list of a session. Bulk data: the import job is the audit trail.</summary>
[NotAudited]
public sealed class OfflineExhibitor
{
    public long Id { get; private set; }
    public long SessionId { get; init; }
    public long JobId { get; init; }
    public string EnterpriseName { get; init; } = "";

    /// <summary>Confirmed affiliate (联营企业) names, separated by "|".</summary>
    public string Affiliates { get; init; } = "";

    public string Zones { get; init; } = "";
    public string BoothNumbers { get; init; } = "";
}

/// <summary>One earlier session an enterprise exhibited online in, as imported for a session's eligibility.</summary>
[NotAudited]
public sealed class ParticipationHistory
{
    public long Id { get; private set; }
    public long SessionId { get; init; }
    public long JobId { get; init; }
    public string EnterpriseName { get; init; } = "";
    public int SessionNumber { get; init; }
    public bool OnlineOnly { get; init; }

    /// <summary>The package bought (e.g. "A"); null when none was.</summary>
    public string? Package { get; init; }
}

internal sealed class EligibilityDataConfiguration :
    IEntityTypeConfiguration<EligibilitySettings>, IEntityTypeConfiguration<ImportJob>, IEntityTypeConfiguration<ImportRowError>,
    IEntityTypeConfiguration<OfflineExhibitor>, IEntityTypeConfiguration<ParticipationHistory>
{
    public void Configure(EntityTypeBuilder<EligibilitySettings> b)
    {
        b.ToTable("eligibility_settings");
        b.HasKey(x => x.SessionId);
        b.Ignore(x => x.Window);
        b.HasOne<Session>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ImportJob> b)
    {
        b.ToTable("import_jobs");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.FileName).HasMaxLength(200);
        b.Property(x => x.StoragePath).HasMaxLength(300);
        b.Property(x => x.Message).HasMaxLength(500);
        b.Property(x => x.CreatedByName).HasMaxLength(100);
        b.HasOne<Session>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.SessionId, x.Id });
        b.HasIndex(x => x.Status);
    }

    public void Configure(EntityTypeBuilder<ImportRowError> b)
    {
        b.ToTable("import_row_errors");
        b.Property(x => x.Field).HasMaxLength(40);
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.Value).HasMaxLength(200);
        b.HasOne<ImportJob>().WithMany().HasForeignKey(x => x.JobId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.JobId, x.Line });
    }

    public void Configure(EntityTypeBuilder<OfflineExhibitor> b)
    {
        b.ToTable("offline_exhibitors");
        b.Property(x => x.EnterpriseName).HasMaxLength(200);
        b.Property(x => x.Affiliates).HasMaxLength(2000);
        b.Property(x => x.Zones).HasMaxLength(500);
        b.Property(x => x.BoothNumbers).HasMaxLength(500);
        b.HasOne<Session>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.SessionId, x.EnterpriseName });
        b.HasIndex(x => x.JobId);
    }

    public void Configure(EntityTypeBuilder<ParticipationHistory> b)
    {
        b.ToTable("participation_history");
        b.Property(x => x.EnterpriseName).HasMaxLength(200);
        b.Property(x => x.Package).HasMaxLength(50);
        b.HasOne<Session>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.SessionId, x.EnterpriseName });
        b.HasIndex(x => x.JobId);
    }
}

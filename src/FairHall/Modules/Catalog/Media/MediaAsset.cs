using FairHall.Modules.Exhibitors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Catalog.Media;

public enum MediaKind
{
    Image,
    Video,
    Document,
}

/// <summary>
/// One file in an enterprise's media library (CAT-5). The original lives in the <c>IFileStore</c> under
/// <see cref="StorageKey"/>; type and dimensions were decided from its bytes when it was uploaded.
/// </summary>
public sealed class MediaAsset
{
    private MediaAsset()
    {
    }

    public MediaAsset(long enterpriseId, MediaKind kind, string contentType, long size, int? width, int? height,
        string fileName, string storageKey, string sha256, DateTimeOffset uploadedAt, long? uploadedByUserId)
    {
        EnterpriseId = enterpriseId;
        Kind = kind;
        ContentType = contentType;
        Size = size;
        Width = width;
        Height = height;
        FileName = fileName.Length > 200 ? fileName[..200] : fileName;
        StorageKey = storageKey;
        Sha256 = sha256;
        UploadedAt = uploadedAt;
        UploadedByUserId = uploadedByUserId;
    }

    public long Id { get; private set; }
    public long EnterpriseId { get; private set; }
    public MediaKind Kind { get; private set; }
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public int? Width { get; private set; }
    public int? Height { get; private set; }
    public string FileName { get; private set; } = "";

    /// <summary>Key in the file store, never shown to users.</summary>
    public string StorageKey { get; private set; } = "";

    /// <summary>Lower-case hex SHA-256 of the bytes; its first 12 characters make the public URL immutable.</summary>
    public string Sha256 { get; private set; } = "";

    public DateTimeOffset UploadedAt { get; private set; }
    public long? UploadedByUserId { get; private set; }

    public string Url => MediaUrls.For(Id, Sha256);

    public MediaRef ToRef() => new(Id, EnterpriseId, Kind, ContentType, Size, Width, Height, FileName, Url);
}

internal sealed class MediaAssetConfiguration : IEntityTypeConfiguration<MediaAsset>
{
    public void Configure(EntityTypeBuilder<MediaAsset> b)
    {
        b.ToTable("media_assets");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.ContentType).HasMaxLength(50);
        b.Property(x => x.FileName).HasMaxLength(200);
        b.Property(x => x.StorageKey).HasMaxLength(300);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Ignore(x => x.Url);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.EnterpriseId, x.Kind, x.Id });
    }
}

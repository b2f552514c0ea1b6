using System.Security.Cryptography;
using FairHall.Platform.Files;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Exhibitors.Onboarding;

/// <summary>An uploaded document (business licence), stored in the <see cref="IFileStore"/>; the row says what and whose it is.</summary>
public sealed class OnboardingFile
{
    public long Id { get; private set; }
    public long? EnterpriseId { get; init; }
    public string Purpose { get; init; } = "";
    public string FileName { get; init; } = "";
    public string ContentType { get; init; } = "";
    public long Size { get; init; }

    /// <summary>Key in the <see cref="IFileStore"/> (a relative path), never shown to users.</summary>
    public string StoragePath { get; init; } = "";

    public string Sha256 { get; init; } = "";
    public DateTimeOffset UploadedAt { get; init; }
    public long? UploadedByUserId { get; init; }
}

internal sealed class OnboardingFileConfiguration : IEntityTypeConfiguration<OnboardingFile>
{
    public void Configure(EntityTypeBuilder<OnboardingFile> b)
    {
        b.ToTable("onboarding_files");
        b.Property(x => x.Purpose).HasMaxLength(20);
        b.Property(x => x.FileName).HasMaxLength(200);
        b.Property(x => x.ContentType).HasMaxLength(50);
        b.Property(x => x.StoragePath).HasMaxLength(300);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.HasIndex(x => x.EnterpriseId);
    }
}

/// <summary>
/// Keeps uploaded onboarding documents in the platform's <see cref="IFileStore"/> (local disk by default, S3 when
/// configured). The type is decided by the first bytes, not by the name: PDF, JPEG or PNG only, at most 5 MB.
/// </summary>
public sealed class FileStore(IFileStore store, TextCatalog texts, TimeProvider clock)
{
    public const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>The underlying store, also used for eligibility import files.</summary>
    public IFileStore Store => store;

    /// <summary>The content type the bytes really are, or null when they are none of the accepted kinds.</summary>
    public static (string ContentType, string Extension)? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8))
        {
            return ("application/pdf", ".pdf");
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return ("image/jpeg", ".jpg");
        }

        return head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) ? ("image/png", ".png") : null;
    }

    /// <summary>Checks and writes the upload; the returned row is added to <paramref name="db"/> but not saved.</summary>
    public async Task<Result<OnboardingFile>> SaveAsync(DbContext db, Stream content, string fileName, string purpose, long? enterpriseId, long? userId, string field, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return Error.Invalid(field, texts.Format("Onboarding.File.TooLarge", MaxBytes / 1024 / 1024));
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0 || Sniff(buffer.GetBuffer().AsSpan(0, (int)Math.Min(8, buffer.Length))) is not { } kind)
        {
            return Error.Invalid(field, texts.Get("Onboarding.File.WrongType"));
        }

        var now = clock.GetUtcNow();
        var relative = now.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture) + "/" + $"{Guid.NewGuid():N}{kind.Extension}";
        buffer.Position = 0;
        await store.PutAsync(relative, buffer, kind.ContentType, ct);

        var row = new OnboardingFile
        {
            EnterpriseId = enterpriseId,
            Purpose = purpose,
            FileName = Path.GetFileName(fileName).Length > 200 ? Path.GetFileName(fileName)[..200] : Path.GetFileName(fileName),
            ContentType = kind.ContentType,
            Size = buffer.Length,
            StoragePath = relative,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length))),
            UploadedAt = now,
            UploadedByUserId = userId,
        };
        db.Add(row);
        return row;
    }

    /// <summary>The stored bytes, or null when the original is missing.</summary>
    public Task<Stream?> OpenAsync(OnboardingFile file, CancellationToken ct) => store.OpenReadAsync(file.StoragePath, ct);
}

using System.Security.Cryptography;

namespace FairHall.Platform.Files;

/// <summary>Size limits of checked uploads (CAT-5); configurable under <c>Files:Limits</c> for tests and operators.</summary>
public sealed record UploadLimits(long MaxImageBytes, long MaxVideoBytes, long MaxDocumentBytes, long MaxImagePixels)
{
    public static readonly UploadLimits Default = new(2 * 1024 * 1024, 150L * 1024 * 1024, 10 * 1024 * 1024, 40_000_000);

    public long MaxBytes(ContentKind kind) => kind switch
    {
        ContentKind.Image => MaxImageBytes,
        ContentKind.Video => MaxVideoBytes,
        _ => MaxDocumentBytes,
    };

    public static UploadLimits From(IConfiguration config)
    {
        var section = config.GetSection("Files:Limits");
        return new(
            section.GetValue(nameof(MaxImageBytes), Default.MaxImageBytes),
            section.GetValue(nameof(MaxVideoBytes), Default.MaxVideoBytes),
            section.GetValue(nameof(MaxDocumentBytes), Default.MaxDocumentBytes),
            section.GetValue(nameof(MaxImagePixels), Default.MaxImagePixels));
    }
}

/// <summary>Stable codes of refused uploads; the message is the text <c>error.{code}</c>.</summary>
public static class UploadErrors
{
    public const string Empty = "media_empty";
    public const string TypeNotAllowed = "media_type_not_allowed";
    public const string TooLarge = "media_too_large";
    public const string ImageTooBig = "media_image_too_big";
    public const string ImageInvalid = "media_image_invalid";
    public const string KindNotAllowed = "media_kind_not_allowed";
}

/// <summary>An upload that passed the checks, held in a temporary file until it is stored; disposing removes it.</summary>
public sealed class CheckedUpload(string tempPath, SniffedType type, long size, string sha256, ImageSize? dimensions) : IAsyncDisposable
{
    public SniffedType Type => type;
    public long Size => size;
    public string Sha256 => sha256;
    public ImageSize? Dimensions => dimensions;

    public Stream OpenRead() => new FileStream(tempPath, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    public ValueTask DisposeAsync()
    {
        File.Delete(tempPath);
        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// Streams an upload to a temporary file while hashing it, deciding its type from the first bytes and stopping
/// as soon as it passes the limit of that type; for images the header's width and height are checked
/// (0, cut short, or more than <see cref="UploadLimits.MaxImagePixels"/> — a decompression bomb — are refused).
/// </summary>
public static class UploadCheck
{
    public static async Task<(CheckedUpload? File, string? ErrorCode)> InspectAsync(Stream content, UploadLimits limits, CancellationToken ct)
    {
        var buffer = new byte[81920];
        var head = await FillAsync(content, buffer, ContentSniffer.HeadLength, ct);
        if (head == 0)
        {
            return (null, UploadErrors.Empty);
        }

        if (ContentSniffer.Sniff(buffer.AsSpan(0, head)) is not { } type)
        {
            return (null, UploadErrors.TypeNotAllowed);
        }

        var max = limits.MaxBytes(type.Kind);
        var temp = Path.Combine(Path.GetTempPath(), "fairhall-upload-" + Guid.NewGuid().ToString("N"));
        var keep = false;
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long size = 0;
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                var read = head;
                while (read > 0)
                {
                    size += read;
                    if (size > max)
                    {
                        return (null, UploadErrors.TooLarge);
                    }

                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), ct);
                    read = await content.ReadAsync(buffer, ct);
                }
            }

            ImageSize? dimensions = null;
            if (type.Kind == ContentKind.Image)
            {
                // Images are at most a few MB: the whole file is read to find the frame header (JPEG may put it late).
                var bytes = await File.ReadAllBytesAsync(temp, ct);
                dimensions = ContentSniffer.ReadImageSize(type.ContentType, bytes);
                if (dimensions is not { } d)
                {
                    return (null, UploadErrors.ImageInvalid);
                }

                if (d.Pixels > limits.MaxImagePixels)
                {
                    return (null, UploadErrors.ImageTooBig);
                }
            }

            keep = true;
            return (new CheckedUpload(temp, type, size, Convert.ToHexStringLower(hash.GetHashAndReset()), dimensions), null);
        }
        finally
        {
            if (!keep)
            {
                File.Delete(temp);
            }
        }
    }

    private static async Task<int> FillAsync(Stream content, byte[] buffer, int wanted, CancellationToken ct)
    {
        var total = 0;
        while (total < wanted)
        {
            var read = await content.ReadAsync(buffer.AsMemory(total, wanted - total), ct);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }
}

using System.Buffers.Binary;

namespace FairHall.Platform.Files;

public enum ContentKind
{
    Image,
    Video,
    Document,
}

/// <summary>What the first bytes of a file say it is.</summary>
public sealed record SniffedType(ContentKind Kind, string ContentType, string Extension);

/// <summary>Pixel size read from an image header.</summary>
public readonly record struct ImageSize(int Width, int Height)
{
    public long Pixels => (long)Width * Height;
}

/// <summary>
/// Decides a file's type from its bytes, never from its name (CAT-5, X-1): JPEG, PNG, GIF, BMP and WebP images;
/// MP4 / QuickTime (ftyp box) and WebM videos; PDF documents. Everything else — executables (MZ, ELF, Mach-O,
/// scripts), archives (zip, rar, 7z, gzip), SVG, HTML — is not recognised and therefore refused. Image sizes
/// come from the header (no image library): a header that is cut short or says 0 is invalid.
/// </summary>
public static class ContentSniffer
{
    /// <summary>Bytes needed to recognise every accepted type.</summary>
    public const int HeadLength = 64;

    private static readonly HashSet<string> Mp4Brands = new(StringComparer.Ordinal)
    {
        "isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "M4V ", "M4VH", "M4VP", "mmp4", "dash", "f4v ", "3gp4", "3gp5", "3gp6", "3g2a",
    };

    public static SniffedType? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return new(ContentKind.Image, "image/jpeg", ".jpg");
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return new(ContentKind.Image, "image/png", ".png");
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return new(ContentKind.Image, "image/gif", ".gif");
        }

        if (head.StartsWith("BM"u8) && head.Length >= 18 && BinaryPrimitives.ReadUInt32LittleEndian(head[14..]) is 12 or 40 or 52 or 56 or 64 or 108 or 124)
        {
            return new(ContentKind.Image, "image/bmp", ".bmp");
        }

        if (head.Length >= 16 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return new(ContentKind.Image, "image/webp", ".webp");
        }

        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8) && BinaryPrimitives.ReadUInt32BigEndian(head) >= 8)
        {
            var brand = System.Text.Encoding.ASCII.GetString(head[8..12]);
            if (brand == "qt  ")
            {
                return new(ContentKind.Video, "video/quicktime", ".mov");
            }

            return Mp4Brands.Contains(brand) ? new(ContentKind.Video, "video/mp4", ".mp4") : null;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3]) && head.IndexOf("webm"u8) > 0)
        {
            return new(ContentKind.Video, "video/webm", ".webm");
        }

        return head.StartsWith("%PDF-"u8) ? new(ContentKind.Document, "application/pdf", ".pdf") : null;
    }

    /// <summary>The image's pixel size from its header, or null when the header is cut short or malformed.</summary>
    public static ImageSize? ReadImageSize(string contentType, ReadOnlySpan<byte> data) => contentType switch
    {
        "image/png" => Png(data),
        "image/gif" => Gif(data),
        "image/bmp" => Bmp(data),
        "image/webp" => WebP(data),
        "image/jpeg" => Jpeg(data),
        _ => null,
    };

    private static ImageSize? Png(ReadOnlySpan<byte> d)
    {
        // Signature (8), then the IHDR chunk: length (4) "IHDR" width (4, BE) height (4, BE).
        if (d.Length < 24 || !d[12..16].SequenceEqual("IHDR"u8))
        {
            return null;
        }

        return Size(BinaryPrimitives.ReadUInt32BigEndian(d[16..]), BinaryPrimitives.ReadUInt32BigEndian(d[20..]));
    }

    private static ImageSize? Gif(ReadOnlySpan<byte> d) =>
        d.Length < 10 ? null : Size(BinaryPrimitives.ReadUInt16LittleEndian(d[6..]), BinaryPrimitives.ReadUInt16LittleEndian(d[8..]));

    private static ImageSize? Bmp(ReadOnlySpan<byte> d)
    {
        if (d.Length < 18)
        {
            return null;
        }

        var header = BinaryPrimitives.ReadUInt32LittleEndian(d[14..]);
        if (header == 12)
        {
            return d.Length < 22 ? null : Size(BinaryPrimitives.ReadUInt16LittleEndian(d[18..]), BinaryPrimitives.ReadUInt16LittleEndian(d[20..]));
        }

        if (d.Length < 26)
        {
            return null;
        }

        // Height is negative for top-down bitmaps.
        var width = BinaryPrimitives.ReadInt32LittleEndian(d[18..]);
        var height = BinaryPrimitives.ReadInt32LittleEndian(d[22..]);
        return width < 0 || height == int.MinValue ? null : Size((uint)width, (uint)Math.Abs(height));
    }

    private static ImageSize? WebP(ReadOnlySpan<byte> d)
    {
        if (d.Length < 30)
        {
            return null;
        }

        var chunk = d[12..16];
        if (chunk.SequenceEqual("VP8 "u8))
        {
            // Frame tag (3) then the key-frame start code 9D 01 2A, then 14-bit width and height.
            if (d[23] != 0x9D || d[24] != 0x01 || d[25] != 0x2A)
            {
                return null;
            }

            return Size((uint)(BinaryPrimitives.ReadUInt16LittleEndian(d[26..]) & 0x3FFF), (uint)(BinaryPrimitives.ReadUInt16LittleEndian(d[28..]) & 0x3FFF));
        }

        if (chunk.SequenceEqual("VP8L"u8))
        {
            if (d[20] != 0x2F)
            {
                return null;
            }

            var bits = BinaryPrimitives.ReadUInt32LittleEndian(d[21..]);
            return Size((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
        }

        if (chunk.SequenceEqual("VP8X"u8))
        {
            var width = d[24] | (d[25] << 8) | (d[26] << 16);
            var height = d[27] | (d[28] << 8) | (d[29] << 16);
            return Size((uint)width + 1, (uint)height + 1);
        }

        return null;
    }

    private static ImageSize? Jpeg(ReadOnlySpan<byte> d)
    {
        var i = 2;
        while (i < d.Length)
        {
            if (d[i] != 0xFF)
            {
                return null;
            }

            while (i < d.Length && d[i] == 0xFF)
            {
                i++; // fill bytes
            }

            if (i >= d.Length)
            {
                return null;
            }

            var marker = d[i++];
            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                continue; // markers without a length
            }

            if (marker is 0xD9 or 0xDA || i + 2 > d.Length)
            {
                return null; // end of image or start of scan before any frame header
            }

            int length = BinaryPrimitives.ReadUInt16BigEndian(d[i..]);
            if (length < 2)
            {
                return null;
            }

            // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC): precision (1), height (2), width (2).
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                if (length < 7 || i + 7 > d.Length)
                {
                    return null;
                }

                return Size(BinaryPrimitives.ReadUInt16BigEndian(d[(i + 5)..]), BinaryPrimitives.ReadUInt16BigEndian(d[(i + 3)..]));
            }

            i += length;
        }

        return null;
    }

    private static ImageSize? Size(uint width, uint height) =>
        width is 0 or > int.MaxValue || height is 0 or > int.MaxValue ? null : new ImageSize((int)width, (int)height);
}

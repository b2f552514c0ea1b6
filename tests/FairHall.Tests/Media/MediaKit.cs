using System.Buffers.Binary;
using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;

namespace FairHall.Tests.Media;

/// <summary>Tiny files built byte by byte, so that every header field the checks read is known to the test.</summary>
public static class MediaKit
{
    public sealed record MediaDto(long Id, long EnterpriseId, string Kind, string ContentType, long Size, int? Width, int? Height, string FileName, string Url);

    public sealed record FileResultDto(string FileName, bool Ok, MediaDto? Media, string? Code, string? Message);

    public sealed record UploadDto(List<FileResultDto> Files, int Uploaded, int Failed);

    public sealed record PageDto(List<MediaDto> Items, long? Next);

    /// <summary>A complete PNG (signature, IHDR, one IDAT of zlib data, IEND) with correct CRCs.</summary>
    public static byte[] Png(int width, int height)
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // truecolour
        FairHall.Modules.Catalog.Media.DemoImages.Chunk(output, "IHDR", ihdr);
        var raw = width is > 0 and <= 64 && height is > 0 and <= 64 ? new byte[height * (1 + (width * 3))] : [0];
        using (var compressed = new MemoryStream())
        {
            using (var z = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            {
                z.Write(raw);
            }

            FairHall.Modules.Catalog.Media.DemoImages.Chunk(output, "IDAT", compressed.ToArray());
        }

        FairHall.Modules.Catalog.Media.DemoImages.Chunk(output, "IEND", []);
        return output.ToArray();
    }

    /// <summary>A 2-colour GIF89a of the given logical screen size with one image block.</summary>
    public static byte[] Gif(int width, int height)
    {
        var b = new List<byte>();
        b.AddRange("GIF89a"u8.ToArray());
        b.AddRange([(byte)width, (byte)(width >> 8), (byte)height, (byte)(height >> 8), 0x80, 0, 0]);
        b.AddRange([0, 0, 0, 255, 255, 255]); // global colour table
        b.AddRange([0x2C, 0, 0, 0, 0, (byte)width, (byte)(width >> 8), (byte)height, (byte)(height >> 8), 0]);
        b.AddRange([0x02, 0x02, 0x44, 0x01, 0x00]); // LZW minimum code size 2, one data block, terminator
        b.Add(0x3B);
        return [.. b];
    }

    /// <summary>A 24-bit bottom-up BMP with BITMAPINFOHEADER and padded rows of white pixels.</summary>
    public static byte[] Bmp(int width, int height, bool topDown = false)
    {
        var row = ((width * 3) + 3) & ~3;
        var data = new byte[54 + (row * height)];
        data[0] = (byte)'B';
        data[1] = (byte)'M';
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(2), data.Length);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(10), 54);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(14), 40);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(18), width);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(22), topDown ? -height : height);
        BinaryPrimitives.WriteInt16LittleEndian(data.AsSpan(26), 1);
        BinaryPrimitives.WriteInt16LittleEndian(data.AsSpan(28), 24);
        data.AsSpan(54).Fill(0xFF);
        return data;
    }

    /// <summary>A JPEG header: SOI, APP0 JFIF, a large APP1 before the frame (the frame header is not in the first bytes), DQT, SOFn, DHT, SOS, EOI.</summary>
    public static byte[] Jpeg(int width, int height, byte sof = 0xC0, int app1Length = 3000)
    {
        var b = new List<byte> { 0xFF, 0xD8 };
        Segment(b, 0xE0, [.. "JFIF\0"u8.ToArray(), 1, 1, 0, 0, 1, 0, 1, 0, 0]);
        Segment(b, 0xE1, [.. "Exif\0\0"u8.ToArray(), .. new byte[app1Length]]);
        Segment(b, 0xDB, [0, .. Enumerable.Repeat((byte)1, 64)]);
        Segment(b, sof, [8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 1, 1, 0x11, 0]);
        Segment(b, 0xC4, [0x00, 1, .. new byte[15], 0]);
        Segment(b, 0xDA, [1, 1, 0, 0, 63, 0]);
        b.AddRange([0x00, 0x3F]);
        b.AddRange([0xFF, 0xD9]);
        return [.. b];
    }

    /// <summary>Google's 1×1 lossy WebP (VP8).</summary>
    public static byte[] WebPLossy() => Convert.FromBase64String("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");

    /// <summary>Google's 1×1 lossless WebP (VP8L).</summary>
    public static byte[] WebPLossless() => Convert.FromBase64String("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    /// <summary>An extended WebP (VP8X) header with the given canvas size, followed by the 1×1 VP8 frame.</summary>
    public static byte[] WebPExtended(int width, int height)
    {
        var frame = WebPLossy()[12..];
        var b = new List<byte>();
        b.AddRange("RIFF"u8.ToArray());
        b.AddRange(new byte[4]);
        b.AddRange("WEBPVP8X"u8.ToArray());
        b.AddRange([10, 0, 0, 0, 0, 0, 0, 0]);
        b.AddRange([(byte)(width - 1), (byte)((width - 1) >> 8), (byte)((width - 1) >> 16)]);
        b.AddRange([(byte)(height - 1), (byte)((height - 1) >> 8), (byte)((height - 1) >> 16)]);
        b.AddRange(frame);
        var bytes = b.ToArray();
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), bytes.Length - 8);
        return bytes;
    }

    /// <summary>An MP4 (ftyp isom + empty moov) or, with brand "qt  ", a QuickTime movie.</summary>
    public static byte[] Mp4(string brand = "isom")
    {
        var b = new List<byte>();
        b.AddRange([0, 0, 0, 24]);
        b.AddRange(Encoding.ASCII.GetBytes("ftyp" + brand));
        b.AddRange([0, 0, 2, 0]);
        b.AddRange(Encoding.ASCII.GetBytes(brand == "qt  " ? "qt  " : "isom"));
        b.AddRange([0, 0, 0, 8]);
        b.AddRange("moov"u8.ToArray());
        return [.. b];
    }

    /// <summary>An EBML header with DocType "webm" (or another doc type).</summary>
    public static byte[] WebM(string docType = "webm") =>
        [0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 0x01, 0x42, 0xF7, 0x81, 0x01, 0x42, 0xF2, 0x81, 0x04, 0x42, 0xF3, 0x81, 0x08,
            0x42, 0x82, (byte)(0x80 | docType.Length), .. Encoding.ASCII.GetBytes(docType), 0x42, 0x87, 0x81, 0x04, 0x42, 0x85, 0x81, 0x02,
            0x18, 0x53, 0x80, 0x67, 0x01, 0, 0, 0, 0, 0, 0, 0];

    public static byte[] Pdf() => "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    public static MultipartFormDataContent Multipart(params (string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }

        return form;
    }

    private static void Segment(List<byte> b, byte marker, byte[] payload)
    {
        b.AddRange([0xFF, marker, (byte)((payload.Length + 2) >> 8), (byte)(payload.Length + 2)]);
        b.AddRange(payload);
    }
}

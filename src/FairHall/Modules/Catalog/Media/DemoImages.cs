using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using FairHall.Platform.Data;
using FairHall.Platform.Files;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace FairHall.Modules.Catalog.Media;

/// <summary>
/// Real, small PNG files for demo data (no image library is available here): a coloured disc with a ring on a tinted
/// square, stored through the <see cref="IFileStore"/> and added to the enterprise's media library like an upload.
/// </summary>
internal static class DemoImages
{
    /// <summary>Stores a <paramref name="size"/>² PNG and adds its library row (saved by the caller's SaveChanges).</summary>
    public static async Task<MediaAsset> AddAsync(
        FairHallDbContext db, long enterpriseId, string fileName, int size, (byte R, byte G, byte B) colour, DateTimeOffset now, CancellationToken ct)
    {
        var app = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider
            ?? throw new InvalidOperationException("The demo data needs the application's services.");
        var files = app.GetRequiredService<IFileStore>();
        var png = Disc(size, colour.R, colour.G, colour.B, tinted: true);
        var sha = Convert.ToHexStringLower(SHA256.HashData(png));
        var key = $"media/{enterpriseId}/demo-{sha[..16]}.png";
        using (var stream = new MemoryStream(png))
        {
            await files.PutAsync(key, stream, "image/png", ct);
        }

        var asset = new MediaAsset(enterpriseId, MediaKind.Image, "image/png", png.Length, size, size, fileName, key, sha, now, null);
        db.Add(asset);
        return asset;
    }

    /// <summary>A PNG: a coloured disc with a white ring, on white or on a light tint of the same colour.</summary>
    internal static byte[] Disc(int size, byte r, byte g, byte b, bool tinted = false)
    {
        var raw = new byte[size * (size * 3 + 1)];
        var c = (size - 1) / 2.0;
        var bg = tinted ? ((byte)(255 - (255 - r) / 6), (byte)(255 - (255 - g) / 6), (byte)(255 - (255 - b) / 6)) : ((byte)255, (byte)255, (byte)255);
        for (var y = 0; y < size; y++)
        {
            var row = y * (size * 3 + 1);
            raw[row] = 0; // filter: none
            for (var x = 0; x < size; x++)
            {
                var d = Math.Sqrt((x - c) * (x - c) + (y - c) * (y - c)) / c;
                var i = row + 1 + x * 3;
                (raw[i], raw[i + 1], raw[i + 2]) = d <= 0.95 && !(d > 0.55 && d < 0.68) ? (r, g, b)
                    : d <= 0.95 ? ((byte)255, (byte)255, (byte)255) : bg;
            }
        }

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, size);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), size);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        Chunk(png, "IHDR", header);
        using (var data = new MemoryStream())
        {
            using (var z = new ZLibStream(data, CompressionLevel.Optimal, leaveOpen: true))
            {
                z.Write(raw);
            }

            Chunk(png, "IDAT", data.ToArray());
        }

        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>One PNG chunk: length, type, data and the CRC-32 of type and data (also the test kit's PNG writer).</summary>
    internal static void Chunk(Stream s, string type, byte[] data)
    {
        var len = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(len, data.Length);
        s.Write(len);
        var typed = new byte[4 + data.Length];
        System.Text.Encoding.ASCII.GetBytes(type).CopyTo(typed, 0);
        data.CopyTo(typed, 4);
        s.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        s.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var x in bytes)
        {
            crc ^= x;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}

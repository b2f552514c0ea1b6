using System.Text;
using FairHall.Platform.Files;
using static FairHall.Tests.Media.MediaKit;

namespace FairHall.Tests.Media;

/// <summary>Type by content and image size from the header (CAT-5, X-1), without the database.</summary>
[Trait("Req", "CAT-5")]
public sealed class ContentSnifferTests
{
    private static async Task<(CheckedUpload? File, string? Code)> InspectAsync(byte[] bytes, UploadLimits? limits = null) =>
        await UploadCheck.InspectAsync(new MemoryStream(bytes), limits ?? UploadLimits.Default, CancellationToken.None);

    public static TheoryData<string, byte[], string, int, int> Images => new()
    {
        { "png", Png(3, 2), "image/png", 3, 2 },
        { "png large", Png(4000, 3000), "image/png", 4000, 3000 },
        { "gif", Gif(17, 9), "image/gif", 17, 9 },
        { "bmp", Bmp(5, 4), "image/bmp", 5, 4 },
        { "bmp top-down", Bmp(6, 3, topDown: true), "image/bmp", 6, 3 },
        { "jpeg baseline", Jpeg(1024, 768), "image/jpeg", 1024, 768 },
        { "jpeg progressive, frame after 60 KB of EXIF", Jpeg(640, 480, sof: 0xC2, app1Length: 60000), "image/jpeg", 640, 480 },
        { "webp lossy", WebPLossy(), "image/webp", 1, 1 },
        { "webp lossless", WebPLossless(), "image/webp", 1, 1 },
        { "webp extended", WebPExtended(300, 200), "image/webp", 300, 200 },
    };

    [Theory]
    [MemberData(nameof(Images))]
    public async Task Each_image_type_is_recognised_with_its_dimensions(string name, byte[] bytes, string contentType, int width, int height)
    {
        var (file, code) = await InspectAsync(bytes);
        code.ShouldBeNull(name);
        file.ShouldNotBeNull();
        await using (file)
        {
            file.Type.Kind.ShouldBe(ContentKind.Image);
            file.Type.ContentType.ShouldBe(contentType);
            file.Dimensions.ShouldBe(new ImageSize(width, height), name);
            file.Size.ShouldBe(bytes.Length);
            file.Sha256.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
        }
    }

    [Theory]
    [InlineData("mp4", "video/mp4")]
    [InlineData("mov", "video/quicktime")]
    [InlineData("webm", "video/webm")]
    [InlineData("pdf", "application/pdf")]
    public async Task Videos_and_pdf_are_recognised(string kind, string contentType)
    {
        var bytes = kind switch { "mp4" => Mp4(), "mov" => Mp4("qt  "), "webm" => WebM(), _ => Pdf() };
        var (file, code) = await InspectAsync(bytes);
        code.ShouldBeNull();
        file.ShouldNotBeNull();
        await using (file)
        {
            file.Type.ContentType.ShouldBe(contentType);
            file.Dimensions.ShouldBeNull();
        }
    }

    public static TheoryData<string, byte[], string> Refused => new()
    {
        { "empty", [], UploadErrors.Empty },
        { "Windows executable renamed .png", [.. "MZ"u8.ToArray(), 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, .. new byte[100]], UploadErrors.TypeNotAllowed },
        { "ELF binary", [0x7F, .. "ELF"u8.ToArray(), 2, 1, 1, .. new byte[100]], UploadErrors.TypeNotAllowed },
        { "shell script", Encoding.ASCII.GetBytes("#!/bin/sh\nrm -rf /\n"), UploadErrors.TypeNotAllowed },
        { "zip renamed .jpg", [.. "PK"u8.ToArray(), 3, 4, 20, 0, 0, 0, 8, 0, .. new byte[100]], UploadErrors.TypeNotAllowed },
        { "gzip", [0x1F, 0x8B, 8, 0, .. new byte[100]], UploadErrors.TypeNotAllowed },
        { "svg", Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"), UploadErrors.TypeNotAllowed },
        { "html", Encoding.UTF8.GetBytes("<!DOCTYPE html><script>alert(1)</script>"), UploadErrors.TypeNotAllowed },
        { "HEIC (ftyp, image brand)", Mp4("heic"), UploadErrors.TypeNotAllowed },
        { "Matroska that is not WebM", WebM("matroska"), UploadErrors.TypeNotAllowed },
        { "PNG claiming 60000×60000 (decompression bomb)", Png(60000, 60000), UploadErrors.ImageTooBig },
        { "GIF claiming 65535×65535", Gif(65535, 65535), UploadErrors.ImageTooBig },
        { "PNG with width 0", Png(0, 10), UploadErrors.ImageInvalid },
        { "PNG cut after the signature", Png(3, 2)[..16], UploadErrors.ImageInvalid },
        { "JPEG with the scan before any frame header", [0xFF, 0xD8, 0xFF, 0xDA, 0, 8, 1, 1, 0, 0, 63, 0, 0xFF, 0xD9], UploadErrors.ImageInvalid },
        { "JPEG cut inside the EXIF segment", Jpeg(100, 100)[..200], UploadErrors.ImageInvalid },
        { "BMP with height 0", Bmp(5, 0), UploadErrors.ImageInvalid },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Unsafe_or_broken_files_are_refused_with_a_stable_code(string name, byte[] bytes, string expected)
    {
        var (file, code) = await InspectAsync(bytes);
        file.ShouldBeNull(name);
        code.ShouldBe(expected, name);
    }

    [Fact]
    public async Task Reading_stops_just_past_the_limit_of_the_type()
    {
        var limits = UploadLimits.Default with { MaxImageBytes = 1000, MaxVideoBytes = 5000 };
        var image = Png(3, 2).Concat(new byte[1000]).ToArray();
        var counting = new CountingStream(new MemoryStream([.. image, .. new byte[1_000_000]]));
        var (file, code) = await UploadCheck.InspectAsync(counting, limits, CancellationToken.None);
        file.ShouldBeNull();
        code.ShouldBe(UploadErrors.TooLarge);
        counting.BytesRead.ShouldBeLessThan(200_000); // one buffer past the limit at most, not the whole megabyte

        var video = Mp4().Concat(new byte[2000]).ToArray();
        var (ok, none) = await UploadCheck.InspectAsync(new MemoryStream(video), limits, CancellationToken.None);
        none.ShouldBeNull();
        await ok!.DisposeAsync();
        (await UploadCheck.InspectAsync(new MemoryStream([.. video, .. new byte[4000]]), limits, CancellationToken.None)).ErrorCode.ShouldBe(UploadErrors.TooLarge);
    }

    private sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            BytesRead += n;
            return n;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

using System.Globalization;

namespace FairHall.Modules.Catalog.Media;

/// <summary>How the library shows sizes and dimensions.</summary>
public static class MediaFormat
{
    public static string Bytes(long size) => size switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{size} B"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{size / 1024d:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{size / 1024d / 1024d:0.#} MB"),
    };

    public static string? Dimensions(int? width, int? height) =>
        width is { } w && height is { } h ? string.Create(CultureInfo.InvariantCulture, $"{w}×{h}") : null;
}

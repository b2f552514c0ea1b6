namespace FairHall.Modules.Catalog.Media;

/// <summary>What other modules know of a media asset (CAT-5); <see cref="Url"/> is public and immutable.</summary>
public sealed record MediaRef(long Id, long EnterpriseId, MediaKind Kind, string ContentType, long Size, int? Width, int? Height, string FileName, string Url);

/// <summary>Finds assets of one enterprise; ids of other enterprises or unknown ids are silently absent (callers answer "not found").</summary>
public interface IMediaLookup
{
    Task<IReadOnlyDictionary<long, MediaRef>> FindAsync(long enterpriseId, IReadOnlyCollection<long> ids, CancellationToken ct);
}

/// <summary>
/// Implemented by modules that reference media (products, showcase, booth). Deleting an asset is refused with
/// 409 <c>media_in_use</c> while any registered implementation says it is in use.
/// </summary>
public interface IMediaUsage
{
    Task<bool> IsInUseAsync(long mediaId, CancellationToken ct);
}

/// <summary>The public address of an asset: <c>/media/{id}/{first 12 of sha256}</c>.</summary>
public static class MediaUrls
{
    public const int HashLength = 12;

    public static string For(long id, string sha256) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/media/{id}/{sha256[..Math.Min(HashLength, sha256.Length)]}");
}

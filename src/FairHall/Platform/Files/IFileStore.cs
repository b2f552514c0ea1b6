namespace FairHall.Platform.Files;

/// <summary>
/// Where uploaded originals live (CAT-5): local disk by default, an S3-compatible bucket with
/// <c>Files:Provider=S3</c>. Keys are relative, '/'-separated paths chosen by the caller (never user input).
/// </summary>
public interface IFileStore
{
    /// <summary>Writes (or overwrites) the object under <paramref name="key"/>.</summary>
    Task PutAsync(string key, Stream content, string contentType, CancellationToken ct);

    /// <summary>The object's bytes, or null when there is none under <paramref name="key"/>. The caller disposes it.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken ct);

    /// <summary>Removes the object; nothing happens when it does not exist.</summary>
    Task DeleteAsync(string key, CancellationToken ct);

    Task<bool> ExistsAsync(string key, CancellationToken ct);
}

/// <summary>Checks of storage keys shared by every store: relative, no "..", no empty or dot segments.</summary>
public static class FileKeys
{
    public static string Check(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var normal = key.Replace('\\', '/');
        if (normal.StartsWith('/') || normal.Contains(':', StringComparison.Ordinal) || normal.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException($"Storage key must be relative: '{key}'.", nameof(key));
        }

        foreach (var segment in normal.Split('/'))
        {
            if (segment is "" or "." or "..")
            {
                throw new ArgumentException($"Storage key has an empty, '.' or '..' segment: '{key}'.", nameof(key));
            }
        }

        return normal;
    }
}

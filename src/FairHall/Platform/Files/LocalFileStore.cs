namespace FairHall.Platform.Files;

/// <summary>Files on local disk under <c>Files:Root</c> (default <c>data/files</c> under the content root).</summary>
public sealed class LocalFileStore(IConfiguration config, IWebHostEnvironment env) : IFileStore
{
    public string Root => Path.GetFullPath(Path.Combine(env.ContentRootPath, config["Files:Root"] ?? Path.Combine("data", "files")));

    public async Task PutAsync(string key, Stream content, string contentType, CancellationToken ct)
    {
        var full = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        // Write next to the target and move into place, so that a reader never sees half a file.
        var temp = full + "." + Guid.NewGuid().ToString("N") + ".part";
        try
        {
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await content.CopyToAsync(file, ct);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken ct)
    {
        var full = PathOf(key);
        try
        {
            return Task.FromResult<Stream?>(new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task DeleteAsync(string key, CancellationToken ct)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    public Task<bool> ExistsAsync(string key, CancellationToken ct) => Task.FromResult(File.Exists(PathOf(key)));

    private string PathOf(string key)
    {
        var root = Root;
        var full = Path.GetFullPath(Path.Combine(root, FileKeys.Check(key)));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Storage key leaves the root: '{key}'.", nameof(key));
        }

        return full;
    }
}

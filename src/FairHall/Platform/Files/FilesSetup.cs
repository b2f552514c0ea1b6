namespace FairHall.Platform.Files;

/// <summary>Chooses the file store: <c>Files:Provider</c> = <c>Local</c> (default, <c>Files:Root</c>) or <c>S3</c> (<c>Files:S3:*</c>).</summary>
public static class FilesSetup
{
    public static void AddFairHallFiles(this IServiceCollection services, IConfiguration config)
    {
        var provider = config["Files:Provider"] ?? "Local";
        if (provider.Equals("S3", StringComparison.OrdinalIgnoreCase))
        {
            var options = config.GetSection("Files:S3").Get<S3FileStoreOptions>() ?? new S3FileStoreOptions();
            services.AddSingleton<IFileStore>(_ => new S3FileStore(options));
        }
        else if (provider.Equals("Local", StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<IFileStore, LocalFileStore>();
        }
        else
        {
            throw new InvalidOperationException($"Files:Provider must be Local or S3, not '{provider}'.");
        }
    }
}

namespace FairHall.Platform.Files;

/// <summary>Chooses the file store: <c>Files:Provider</c> = <c>Local</c> (default) or <c>S3</c>.</summary>
public static class FilesSetup
{
    public static void AddFairHallFiles(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton<IFileStore, LocalFileStore>();
    }
}

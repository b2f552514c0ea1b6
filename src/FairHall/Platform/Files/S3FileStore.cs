using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace FairHall.Platform.Files;

/// <summary>Settings of <see cref="S3FileStore"/>, under <c>Files:S3</c>.</summary>
public sealed class S3FileStoreOptions
{
    public string ServiceUrl { get; set; } = "";
    public string Bucket { get; set; } = "";
    public string AccessKey { get; set; } = "";
    public string SecretKey { get; set; } = "";

    /// <summary>Path-style addresses (<c>host/bucket/key</c>), which MinIO and most self-hosted stores need.</summary>
    public bool ForcePathStyle { get; set; } = true;

    /// <summary>The signing region; S3-compatible stores usually accept the default.</summary>
    public string Region { get; set; } = "us-east-1";

    /// <summary>Optional prefix put before every key (several installations in one bucket).</summary>
    public string Prefix { get; set; } = "";
}

/// <summary>
/// Files in an S3-compatible bucket (AWS S3, MinIO, Ceph, OSS/COS in S3 mode) through AWSSDK.S3, with
/// <c>Files:Provider=S3</c>. Requests are signed with SigV4; checksums are only sent where the protocol requires
/// them, so that S3-compatible stores without the newer checksum headers work too.
/// </summary>
public sealed class S3FileStore : IFileStore, IDisposable
{
    private readonly IAmazonS3 client;
    private readonly S3FileStoreOptions options;

    public S3FileStore(S3FileStoreOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ServiceUrl) || string.IsNullOrWhiteSpace(options.Bucket))
        {
            throw new InvalidOperationException("Files:S3:ServiceUrl and Files:S3:Bucket are required when Files:Provider is S3.");
        }

        this.options = options;
        var config = new AmazonS3Config
        {
            ServiceURL = options.ServiceUrl,
            ForcePathStyle = options.ForcePathStyle,
            AuthenticationRegion = options.Region,
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
            MaxErrorRetry = 2,
        };
        client = new AmazonS3Client(new BasicAWSCredentials(options.AccessKey, options.SecretKey), config);
    }

    public async Task PutAsync(string key, Stream content, string contentType, CancellationToken ct)
    {
        var name = Name(key);
        // The payload hash is signed, which needs a seekable stream; others are copied to a temporary file first.
        Stream? temp = null;
        if (!content.CanSeek)
        {
            temp = new FileStream(Path.Combine(Path.GetTempPath(), "fairhall-s3-" + Guid.NewGuid().ToString("N")), FileMode.CreateNew,
                FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
            await content.CopyToAsync(temp, ct);
            temp.Position = 0;
        }

        try
        {
            await client.PutObjectAsync(new PutObjectRequest
            {
                BucketName = options.Bucket,
                Key = name,
                InputStream = temp ?? content,
                ContentType = contentType,
                AutoCloseStream = false,
                UseChunkEncoding = false,
            }, ct);
        }
        finally
        {
            if (temp is not null)
            {
                await temp.DisposeAsync();
            }
        }
    }

    public async Task<Stream?> OpenReadAsync(string key, CancellationToken ct)
    {
        try
        {
            var response = await client.GetObjectAsync(new GetObjectRequest { BucketName = options.Bucket, Key = Name(key) }, ct);
            return response.ResponseStream;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task DeleteAsync(string key, CancellationToken ct) =>
        await client.DeleteObjectAsync(new DeleteObjectRequest { BucketName = options.Bucket, Key = Name(key) }, ct);

    public async Task<bool> ExistsAsync(string key, CancellationToken ct)
    {
        try
        {
            await client.GetObjectMetadataAsync(new GetObjectMetadataRequest { BucketName = options.Bucket, Key = Name(key) }, ct);
            return true;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    public void Dispose() => client.Dispose();

    private string Name(string key)
    {
        var checkedKey = FileKeys.Check(key);
        return string.IsNullOrEmpty(options.Prefix) ? checkedKey : options.Prefix.TrimEnd('/') + "/" + checkedKey;
    }
}

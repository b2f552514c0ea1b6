using System.Net;
using Amazon.S3;
using FairHall.Modules.Catalog.Media;
using FairHall.Platform.Files;
using FairHall.Tests.Accounts;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FairHall.Tests.Media.MediaKit;

namespace FairHall.Tests.Media;

/// <summary>The application with <c>Files:Provider=S3</c> against a local stand-in that verifies SigV4.</summary>
public class S3AppFixture<TDb> : AppFixture<TDb> where TDb : TestDb, new()
{
    public S3StandIn S3 { get; private set; } = default!;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Files:Provider"] = "S3",
        ["Files:S3:ServiceUrl"] = S3.Url,
        ["Files:S3:Bucket"] = S3StandIn.Bucket,
        ["Files:S3:AccessKey"] = S3StandIn.AccessKey,
        ["Files:S3:SecretKey"] = S3StandIn.SecretKey,
        ["Files:S3:ForcePathStyle"] = "true",
    };

    public override async Task InitializeAsync()
    {
        S3 = await S3StandIn.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await S3.DisposeAsync();
    }
}

/// <summary>CAT-5: the originals go to an S3-compatible store behind the same <see cref="IFileStore"/>.</summary>
[Trait("Req", "CAT-5")]
public abstract class S3FileStoreTests<TDb>(S3AppFixture<TDb> fixture) : IClassFixture<S3AppFixture<TDb>> where TDb : TestDb, new()
{
    private IFileStore Store => fixture.App.Services.GetRequiredService<IFileStore>();

    [Fact]
    public async Task Round_trip_missing_key_and_delete_through_the_signed_protocol()
    {
        Store.ShouldBeOfType<S3FileStore>();
        var bytes = Enumerable.Range(0, 300_000).Select(i => (byte)i).ToArray();
        await Store.PutAsync("t/round.bin", new MemoryStream(bytes), "application/octet-stream", CancellationToken.None);
        fixture.S3.Objects["t/round.bin"].Bytes.ShouldBe(bytes);
        (await Store.ExistsAsync("t/round.bin", CancellationToken.None)).ShouldBeTrue();
        await using (var read = await Store.OpenReadAsync("t/round.bin", CancellationToken.None))
        {
            var copy = new MemoryStream();
            await read!.CopyToAsync(copy);
            copy.ToArray().ShouldBe(bytes);
        }

        // A stream that cannot seek is buffered first, so its payload hash can still be signed.
        await Store.PutAsync("t/unseekable.bin", new ForwardOnly(bytes[..1000]), "application/octet-stream", CancellationToken.None);
        fixture.S3.Objects["t/unseekable.bin"].Bytes.ShouldBe(bytes[..1000]);

        (await Store.OpenReadAsync("t/missing.bin", CancellationToken.None)).ShouldBeNull();
        (await Store.ExistsAsync("t/missing.bin", CancellationToken.None)).ShouldBeFalse();
        await Store.DeleteAsync("t/round.bin", CancellationToken.None);
        fixture.S3.Objects.ContainsKey("t/round.bin").ShouldBeFalse();
        (await Store.ExistsAsync("t/round.bin", CancellationToken.None)).ShouldBeFalse();
        await Should.ThrowAsync<ArgumentException>(() => Store.PutAsync("../x", new MemoryStream([1]), "x/y", CancellationToken.None));
        fixture.S3.Refused.Where(r => !r.Contains("/t/wrong.bin", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_wrong_secret_is_refused_by_the_store()
    {
        using var wrong = new S3FileStore(new S3FileStoreOptions
        {
            ServiceUrl = fixture.S3.Url,
            Bucket = S3StandIn.Bucket,
            AccessKey = S3StandIn.AccessKey,
            SecretKey = "not-the-secret",
        });
        var refused = await Should.ThrowAsync<AmazonS3Exception>(() => wrong.PutAsync("t/wrong.bin", new MemoryStream([1, 2]), "x/y", CancellationToken.None));
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        fixture.S3.Objects.ContainsKey("t/wrong.bin").ShouldBeFalse();
        fixture.S3.Refused.ShouldContain($"PUT /{S3StandIn.Bucket}/t/wrong.bin: signature does not verify");
    }

    [Fact]
    public async Task Uploaded_media_and_onboarding_licences_live_in_the_bucket_and_are_served_from_it()
    {
        // The demo data's business licences went through the same store at start-up.
        fixture.S3.Objects.Values.Count(o => o.ContentType == "application/pdf").ShouldBeGreaterThan(0);

        var client = await fixture.ClientAsAsync(DemoUsers.ExhibitorAdmin);
        var upload = await (await client.PostAsync("/api/v1/enterprise/media", Multipart(("s3.png", Png(5, 3))))).ReadAsync<UploadDto>();
        var media = upload.Files.Single().Media!;
        var key = await fixture.App.WithDbAsync(db => db.Set<MediaAsset>().Where(a => a.Id == media.Id).Select(a => a.StorageKey).SingleAsync());
        fixture.S3.Objects[key].Bytes.ShouldBe(Png(5, 3));
        fixture.S3.Objects[key].ContentType.ShouldBe("image/png");

        var served = await fixture.Anonymous().GetAsync(media.Url);
        served.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await served.Content.ReadAsByteArrayAsync()).ShouldBe(Png(5, 3));

        (await client.DeleteAsync($"/api/v1/enterprise/media/{media.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        fixture.S3.Objects.ContainsKey(key).ShouldBeFalse();
        fixture.S3.Refused.Where(r => !r.Contains("/t/wrong.bin", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    private sealed class ForwardOnly(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}

[Trait("Provider", "sqlite")]
public sealed class S3FileStoreTestsOnSqlite(S3AppFixture<SqliteDb> f) : S3FileStoreTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class S3FileStoreTestsOnPostgres(S3AppFixture<PostgresDb> f) : S3FileStoreTests<PostgresDb>(f);

using System.Net;
using System.Security.Cryptography;
using FairHall.Modules.Catalog.Media;
using FairHall.Platform.Files;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FairHall.Tests.Media;

/// <summary>Public immutable media URLs and the enterprise-scoped lookup other modules use (CAT-5).</summary>
[Trait("Req", "CAT-5")]
public abstract class MediaServeTests<TDb>(AppFixture<TDb> fixture) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    internal static async Task<MediaAsset> StoreAsync(FairHallApp app, long enterpriseId, byte[] bytes, string contentType = "image/png")
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var key = $"media/{enterpriseId}/{Guid.NewGuid():N}";
        await app.Services.GetRequiredService<IFileStore>().PutAsync(key, new MemoryStream(bytes), contentType, CancellationToken.None);
        return await app.WithDbAsync(async db =>
        {
            var asset = new MediaAsset(enterpriseId, MediaKind.Image, contentType, bytes.Length, 1, 1, "a.png", key, sha, app.Clock.GetUtcNow(), null);
            db.Add(asset);
            await db.SaveChangesAsync();
            return asset;
        });
    }

    internal static Task<long> EnterpriseOfAsync(FairHallApp app, string userName) =>
        app.WithDbAsync(db => db.Set<Modules.Accounts.User>().Where(u => u.UserName == userName).Select(u => u.EnterpriseId!.Value).SingleAsync());

    [Fact]
    public async Task Anyone_gets_the_bytes_with_immutable_caching_and_a_wrong_hash_is_404()
    {
        var enterpriseId = await EnterpriseOfAsync(fixture.App, DemoUsers.ExhibitorAdmin);
        byte[] bytes = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3, 4];
        var asset = await StoreAsync(fixture.App, enterpriseId, bytes);
        var anonymous = fixture.Anonymous();

        var response = await anonymous.GetAsync(asset.Url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsByteArrayAsync()).ShouldBe(bytes);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        response.Headers.CacheControl!.ToString().ShouldBe("public, max-age=31536000, immutable");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);

        (await anonymous.GetAsync($"/media/{asset.Id}/000000000000")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/media/{asset.Id}/{asset.Sha256[..6]}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/media/{asset.Id + 100000}/{asset.Sha256[..12]}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Lookup_returns_only_the_enterprises_own_assets()
    {
        var enterpriseId = await EnterpriseOfAsync(fixture.App, DemoUsers.ExhibitorAdmin);
        var mine = await StoreAsync(fixture.App, enterpriseId, [1, 2, 3]);
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var lookup = scope.ServiceProvider.GetRequiredService<IMediaLookup>();

        var found = await lookup.FindAsync(enterpriseId, [mine.Id, mine.Id + 100000], CancellationToken.None);
        found.Keys.ShouldBe([mine.Id]);
        found[mine.Id].Url.ShouldBe($"/media/{mine.Id}/{mine.Sha256[..12]}");
        (await lookup.FindAsync(enterpriseId + 1000, [mine.Id], CancellationToken.None)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Local_store_round_trips_and_refuses_keys_leaving_the_root()
    {
        var store = fixture.App.Services.GetRequiredService<IFileStore>();
        await store.PutAsync("t/one.bin", new MemoryStream([7, 8]), "application/octet-stream", CancellationToken.None);
        (await store.ExistsAsync("t/one.bin", CancellationToken.None)).ShouldBeTrue();
        await using (var read = await store.OpenReadAsync("t/one.bin", CancellationToken.None))
        {
            var copy = new MemoryStream();
            await read!.CopyToAsync(copy);
            copy.ToArray().ShouldBe(new byte[] { 7, 8 });
        }

        await store.DeleteAsync("t/one.bin", CancellationToken.None);
        (await store.ExistsAsync("t/one.bin", CancellationToken.None)).ShouldBeFalse();
        (await store.OpenReadAsync("t/one.bin", CancellationToken.None)).ShouldBeNull();
        await Should.ThrowAsync<ArgumentException>(() => store.PutAsync("../escape.bin", new MemoryStream([1]), "x/y", CancellationToken.None));
        await Should.ThrowAsync<ArgumentException>(() => store.OpenReadAsync("a/../../b", CancellationToken.None));
        await Should.ThrowAsync<ArgumentException>(() => store.ExistsAsync("/etc/passwd", CancellationToken.None));
    }
}

[Trait("Provider", "sqlite")]
public sealed class MediaServeTestsOnSqlite(AppFixture<SqliteDb> f) : MediaServeTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class MediaServeTestsOnPostgres(AppFixture<PostgresDb> f) : MediaServeTests<PostgresDb>(f);

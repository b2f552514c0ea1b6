using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AngleSharp;
using FairHall.Modules.Catalog.Media;
using FairHall.Platform.Data;
using FairHall.Platform.Files;
using FairHall.Tests.Accounts;
using FairHall.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FairHall.Tests.Media.MediaKit;
using static FairHall.Tests.Payments.PaymentsKit;

namespace FairHall.Tests.Media;

/// <summary>The media library API (CAT-5): batch upload with a result per file, keyset list, delete, enterprise isolation.</summary>
[Trait("Req", "CAT-5")]
public abstract class MediaApiTests<TDb>(AppFixture<TDb> fixture) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    private static async Task<UploadDto> UploadAsync(HttpClient client, params (string Name, byte[] Bytes)[] files)
    {
        var response = await client.PostAsync("/api/v1/enterprise/media", Multipart(files));
        return await response.ReadAsync<UploadDto>();
    }

    [Fact]
    [Trait("Req", "X-1")]
    public async Task A_batch_gets_a_result_per_file_and_only_checked_files_are_stored()
    {
        var client = await fixture.ClientAsAsync(DemoUsers.ExhibitorAdmin);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var exe = (byte[])[.. "MZ"u8.ToArray(), 0x90, 0, .. new byte[200]];
        var zip = (byte[])[.. "PK"u8.ToArray(), 3, 4, .. new byte[200]];
        var oversize = Png(10, 10).Concat(new byte[(2 * 1024 * 1024) + 1]).ToArray();
        var result = await UploadAsync(client,
            ("logo.png", Png(3, 2)), ("setup.png", exe), ("photos.jpg", zip), ("bomb.png", Png(60000, 60000)), ("empty.png", []),
            ("huge.png", oversize), ("clip.mp4", Mp4()), ("photo.jpg", Jpeg(800, 600)));

        result.Uploaded.ShouldBe(3);
        result.Failed.ShouldBe(5);
        result.Files.Select(f => (f.FileName, f.Ok, f.Code)).ShouldBe(
        [
            ("logo.png", true, null), ("setup.png", false, "media_type_not_allowed"), ("photos.jpg", false, "media_type_not_allowed"),
            ("bomb.png", false, "media_image_too_big"), ("empty.png", false, "media_empty"), ("huge.png", false, "media_too_large"),
            ("clip.mp4", true, null), ("photo.jpg", true, null),
        ]);
        result.Files[1].Message.ShouldStartWith("File type not allowed");
        var logo = result.Files[0].Media!;
        (logo.Kind, logo.ContentType, logo.Width, logo.Height, logo.Size).ShouldBe(("Image", "image/png", (int?)3, (int?)2, (long)Png(3, 2).Length));
        var clip = result.Files[6].Media!;
        (clip.Kind, clip.ContentType, clip.Width).ShouldBe(("Video", "video/mp4", (int?)null));

        // Only the accepted files reached the store and the table.
        var keys = await fixture.App.WithDbAsync(db => db.Set<MediaAsset>().Where(a => a.FileName == "setup.png" || a.FileName == "huge.png").CountAsync());
        keys.ShouldBe(0);
        var bytes = await fixture.Anonymous().GetByteArrayAsync(logo.Url);
        bytes.ShouldBe(Png(3, 2));

        // The answer is in the caller's language.
        var zh = await fixture.ClientAsAsync(DemoUsers.ExhibitorAdmin);
        zh.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        (await UploadAsync(zh, ("a.png", exe))).Files[0].Message.ShouldStartWith("文件类型不允许");
    }

    [Fact]
    public async Task List_is_newest_first_keyset_paged_and_filtered_by_kind()
    {
        var (client, _) = await GiftedExhibitorAsync(fixture);
        await UploadAsync(client, ("1.png", Png(1, 1)), ("2.gif", Gif(2, 2)), ("3.mp4", Mp4()), ("4.bmp", Bmp(4, 4)), ("5.webm", WebM()));
        var first = await (await client.GetAsync("/api/v1/enterprise/media?limit=2")).ReadAsync<PageDto>();
        first.Items.Select(i => i.FileName).ShouldBe(["5.webm", "4.bmp"]);
        var second = await (await client.GetAsync($"/api/v1/enterprise/media?limit=2&after={first.Next}")).ReadAsync<PageDto>();
        second.Items.Select(i => i.FileName).ShouldBe(["3.mp4", "2.gif"]);

        // Walking on to the end gives every asset once (the enterprise may already have others, e.g. a logo), ending with Next = null.
        var seen = first.Items.Concat(second.Items).ToList();
        var next = second.Next;
        while (next is not null)
        {
            var page = await (await client.GetAsync($"/api/v1/enterprise/media?limit=2&after={next}")).ReadAsync<PageDto>();
            page.Items.Count.ShouldBeInRange(1, 2);
            seen.AddRange(page.Items);
            next = page.Next;
        }

        seen.Select(i => i.Id).ShouldBeUnique();
        seen.Select(i => i.Id).ShouldBe(seen.Select(i => i.Id).OrderDescending());
        seen.Select(i => i.FileName).Where(n => n[0] is >= '1' and <= '5').ShouldBe(["5.webm", "4.bmp", "3.mp4", "2.gif", "1.png"]);

        var videos = await (await client.GetAsync("/api/v1/enterprise/media?kind=Video")).ReadAsync<PageDto>();
        videos.Items.Select(i => i.FileName).ShouldBe(["5.webm", "3.mp4"]);
    }

    [Fact]
    [Trait("Req", "ACC-5")]
    [Trait("Req", "X-1")]
    public async Task Media_belongs_to_the_enterprise_sub_accounts_share_it_others_see_404()
    {
        var staff = await fixture.ClientAsAsync(DemoUsers.ExhibitorStaff);
        var uploaded = (await UploadAsync(staff, ("staff.png", Png(7, 7)))).Files.Single().Media!;
        var admin = await fixture.ClientAsAsync(DemoUsers.ExhibitorAdmin);
        (await (await admin.GetAsync("/api/v1/enterprise/media?limit=200")).ReadAsync<PageDto>()).Items.Select(i => i.Id).ShouldContain(uploaded.Id);

        var (stranger, strangerEnterprise) = await GiftedExhibitorAsync(fixture);
        (await (await stranger.GetAsync("/api/v1/enterprise/media?limit=200")).ReadAsync<PageDto>()).Items.Select(i => i.Id).ShouldNotContain(uploaded.Id);
        (await Problem.ReadAsync(await stranger.DeleteAsync($"/api/v1/enterprise/media/{uploaded.Id}"), HttpStatusCode.NotFound)).Code.ShouldBe("not_found");
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            var lookup = scope.ServiceProvider.GetRequiredService<IMediaLookup>();
            (await lookup.FindAsync(strangerEnterprise, [uploaded.Id], CancellationToken.None)).ShouldBeEmpty();
            (await lookup.FindAsync(uploaded.EnterpriseId, [uploaded.Id], CancellationToken.None)).Keys.ShouldBe([uploaded.Id]);
        }

        var buyer = await fixture.ClientAsAsync(DemoUsers.Buyer);
        (await buyer.PostAsync("/api/v1/enterprise/media", Multipart(("x.png", Png(1, 1))))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await fixture.Anonymous().PostAsync("/api/v1/enterprise/media", Multipart(("x.png", Png(1, 1))))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        (await staff.DeleteAsync($"/api/v1/enterprise/media/{uploaded.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await fixture.Anonymous().GetAsync(uploaded.Url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Problem.ReadAsync(await staff.DeleteAsync($"/api/v1/enterprise/media/{uploaded.Id}"), HttpStatusCode.NotFound)).Code.ShouldBe("not_found");
    }

    [Fact]
    public async Task Delete_is_refused_while_a_module_uses_the_file_and_the_original_is_removed_after()
    {
        // The app with one more IMediaUsage: files named "used-*" are in use.
        await using var app = fixture.App.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddScoped<IMediaUsage, UsedByName>()));
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var token = await (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = DemoUsers.ExhibitorAdmin, password = DemoUsers.Password })).ReadAsync<TokenDto>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);

        var result = await UploadAsync(client, ("used-banner.png", Png(2, 2)), ("free.png", Png(2, 2)));
        var used = result.Files[0].Media!;
        var free = result.Files[1].Media!;
        (await Problem.ReadAsync(await client.DeleteAsync($"/api/v1/enterprise/media/{used.Id}"), HttpStatusCode.Conflict)).Code.ShouldBe("media_in_use");
        (await client.GetAsync(used.Url)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var key = await fixture.App.WithDbAsync(db => db.Set<MediaAsset>().Where(a => a.Id == free.Id).Select(a => a.StorageKey).SingleAsync());
        var store = fixture.App.Services.GetRequiredService<IFileStore>();
        (await store.ExistsAsync(key, CancellationToken.None)).ShouldBeTrue();
        (await client.DeleteAsync($"/api/v1/enterprise/media/{free.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await store.ExistsAsync(key, CancellationToken.None)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_cookie_session_needs_the_antiforgery_header()
    {
        using var cookies = fixture.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var login = await ParseAsync(await cookies.GetAsync("/login"));
        var form = login.QuerySelector("input[name='Input.UserName']")!.Closest("form")!;
        var fields = form.QuerySelectorAll("input[name]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        fields["Input.UserName"] = DemoUsers.ExhibitorAdmin;
        fields["Input.Password"] = DemoUsers.Password;
        (await cookies.PostAsync("/login", new FormUrlEncodedContent(fields))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var media = await ParseAsync(await cookies.GetAsync("/enterprise/media"));
        media.QuerySelector("[data-testid=nav-media]").ShouldNotBeNull();
        var token = media.QuerySelector("#media-upload input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var withoutHeader = await cookies.PostAsync("/api/v1/enterprise/media", Multipart(("a.png", Png(1, 1))));
        (await Problem.ReadAsync(withoutHeader, HttpStatusCode.Forbidden)).Code.ShouldBe("antiforgery");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/enterprise/media") { Content = Multipart(("cookie.png", Png(1, 1))) };
        request.Headers.Add("RequestVerificationToken", token);
        var ok = await (await cookies.SendAsync(request)).ReadAsync<UploadDto>();
        ok.Uploaded.ShouldBe(1);

        using var browser = new Browserless(fixture.App);
        await browser.LoginAsync(DemoUsers.ExhibitorAdmin);
        var page = await browser.GetAsync("/enterprise/media?kind=Image");
        var item = page.QuerySelectorAll("[data-testid=media-item]").First(e => e.GetAttribute("data-id") == ok.Files[0].Media!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        item.QuerySelector("[data-testid=media-meta]")!.TextContent.ShouldContain("1×1");
        page = await browser.SubmitAsync(page, "[data-testid=media-grid-form]", new Dictionary<string, string> { ["id"] = ok.Files[0].Media!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        page.QuerySelector("[data-testid=media-deleted]").ShouldNotBeNull();
    }

    private sealed record TokenDto(string AccessToken);

    private static async Task<AngleSharp.Dom.IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html));
    }

    private sealed class UsedByName(FairHallDbContext db) : IMediaUsage
    {
        public Task<bool> IsInUseAsync(long mediaId, CancellationToken ct) =>
            db.Set<MediaAsset>().AnyAsync(a => a.Id == mediaId && a.FileName.StartsWith("used-"), ct);
    }
}

[Trait("Provider", "sqlite")]
public sealed class MediaApiTestsOnSqlite(AppFixture<SqliteDb> f) : MediaApiTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class MediaApiTestsOnPostgres(AppFixture<PostgresDb> f) : MediaApiTests<PostgresDb>(f);

using FairHall.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FairHall.BrowserTests;

/// <summary>
/// CAT-5 in a real browser: batch upload with the progress bar and a result per file (a renamed executable is
/// refused), thumbnails with dimensions, the image filter, delete with confirmation, and the same form without JavaScript.
/// </summary>
[Trait("Req", "CAT-5")]
public abstract class MediaJourneyTests<TDb>(BrowserFixture<TDb> fixture) : IClassFixture<BrowserFixture<TDb>> where TDb : TestDb, new()
{
    protected abstract string Provider { get; }

    /// <summary>A PNG drawn by the browser's own canvas, so the thumbnails show real pictures.</summary>
    private static async Task<byte[]> CanvasPngAsync(IPage page, int width, int height, string from, string to)
    {
        var data = await page.EvaluateAsync<string>(
            "([w, h, a, b]) => { const c = document.createElement('canvas'); c.width = w; c.height = h; const g = c.getContext('2d');" +
            " const grad = g.createLinearGradient(0, 0, w, h); grad.addColorStop(0, a); grad.addColorStop(1, b); g.fillStyle = grad; g.fillRect(0, 0, w, h);" +
            " g.fillStyle = 'rgba(255,255,255,.85)'; g.font = 'bold ' + Math.round(h / 5) + 'px sans-serif'; g.fillText('FairHall', w / 10, h / 2);" +
            " return c.toDataURL('image/png').split(',')[1]; }",
            new object[] { width, height, from, to });
        return Convert.FromBase64String(data);
    }

    [Theory]
    [InlineData("zh-CN", 1280, DemoUsers.ExhibitorAdmin)]
    [InlineData("en", 390, DemoUsers.ExhibitorStaff)]
    public async Task Batch_upload_with_progress_thumbnails_filter_and_delete(string locale, int width, string user)
    {
        var tag = $"{Provider}-media-{(locale == "en" ? "en" : "zh")}{(width < 500 ? "-phone" : "")}";
        await using var context = await fixture.NewContextAsync(width: width, height: 900, locale: locale);
        var page = await context.NewPageAsync();
        await BrowserSteps.SignInAsync(page, user);
        await page.GotoAsync("/enterprise/media");
        (await page.Locator("[data-testid=nav-media]").CountAsync()).ShouldBe(1);

        var stamp = Guid.NewGuid().ToString("N")[..6];
        await page.SetInputFilesAsync("[data-testid=upload-files]", new[]
        {
            new FilePayload { Name = $"booth-{stamp}.png", MimeType = "image/png", Buffer = await CanvasPngAsync(page, 640, 480, "#0b5cad", "#2f8fd8") },
            new FilePayload { Name = $"tea-{stamp}.png", MimeType = "image/png", Buffer = await CanvasPngAsync(page, 300, 300, "#e8a317", "#b5451b") },
            new FilePayload { Name = $"banner-{stamp}.png", MimeType = "image/png", Buffer = await CanvasPngAsync(page, 1200, 400, "#1b7a43", "#7bc96f") },
            new FilePayload { Name = $"setup-{stamp}.png", MimeType = "image/png", Buffer = [(byte)'M', (byte)'Z', 0x90, 0, .. new byte[500]] },
        });
        await page.ClickAsync("[data-testid=upload]");
        await page.Locator("[data-testid=upload-summary]").WaitForAsync();
        (await page.GetAttributeAsync("[data-testid=upload-progress]", "aria-valuenow")).ShouldBe("100");
        (await page.Locator("[data-testid=upload-result][data-ok=true]").CountAsync()).ShouldBe(3);
        (await page.Locator("[data-testid=upload-result][data-code=media_type_not_allowed]").CountAsync()).ShouldBe(1);

        // The grid is refreshed in place with the new thumbnails and their dimensions.
        var booth = page.Locator("[data-testid=media-item]", new PageLocatorOptions { HasText = $"booth-{stamp}.png" });
        await booth.WaitForAsync();
        (await booth.Locator("[data-testid=media-meta]").InnerTextAsync()).ShouldContain("640×480");
        (await page.Locator("[data-testid=media-item]", new PageLocatorOptions { HasText = $"setup-{stamp}" }).CountAsync()).ShouldBe(0);
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('[data-testid=media-thumb] img')].every(i => i.complete && i.naturalWidth > 0)");
        await Screenshots.TakeAsync(page, $"{tag}-01-uploaded");
        await BrowserSteps.NoOverflowAsync(page);

        await page.ClickAsync("[data-testid=filter-images]");
        await page.WaitForURLAsync("**/enterprise/media?kind=Image");
        (await page.Locator("[data-testid=media-item][data-kind=Video]").CountAsync()).ShouldBe(0);

        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.Locator("[data-testid=media-item]", new PageLocatorOptions { HasText = $"tea-{stamp}.png" }).Locator("[data-testid=media-delete]").ClickAsync();
        await page.Locator("[data-testid=media-deleted]").WaitForAsync();
        (await page.Locator("[data-testid=media-item]", new PageLocatorOptions { HasText = $"tea-{stamp}.png" }).CountAsync()).ShouldBe(0);
        await Screenshots.TakeAsync(page, $"{tag}-02-deleted");
        await BrowserSteps.NoOverflowAsync(page);
    }

    [Fact]
    public async Task Without_javascript_the_form_posts_and_shows_a_result_per_file()
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseUrl,
            ViewportSize = new ViewportSize { Width = 390, Height = 900 },
            Locale = "zh-CN",
            JavaScriptEnabled = false,
        });
        var page = await context.NewPageAsync();
        await BrowserSteps.SignInAsync(page, DemoUsers.ExhibitorAdmin);
        await page.GotoAsync("/enterprise/media");
        var stamp = Guid.NewGuid().ToString("N")[..6];
        var gif = Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");
        await page.SetInputFilesAsync("[data-testid=upload-files]", new[]
        {
            new FilePayload { Name = $"pixel-{stamp}.gif", MimeType = "image/gif", Buffer = gif },
            new FilePayload { Name = $"archive-{stamp}.jpg", MimeType = "image/jpeg", Buffer = [(byte)'P', (byte)'K', 3, 4, .. new byte[100]] },
        });
        await page.ClickAsync("[data-testid=upload]");
        await page.Locator("[data-testid=upload-summary]").WaitForAsync();
        (await page.Locator("[data-testid=upload-result][data-ok=true]").InnerTextAsync()).ShouldContain($"pixel-{stamp}.gif");
        (await page.Locator("[data-testid=upload-result][data-ok=false]").InnerTextAsync()).ShouldContain("文件类型不允许");
        (await page.Locator("[data-testid=media-item]", new PageLocatorOptions { HasText = $"pixel-{stamp}.gif" }).Locator("[data-testid=media-meta]").InnerTextAsync()).ShouldContain("1×1");
        await Screenshots.TakeAsync(page, $"{Provider}-media-nojs-phone");
    }
}

[Trait("Provider", "sqlite")]
public sealed class MediaJourneyOnSqlite(BrowserFixture<SqliteDb> f) : MediaJourneyTests<SqliteDb>(f)
{
    protected override string Provider => "sqlite";
}

[Trait("Provider", "postgres")]
public sealed class MediaJourneyOnPostgres(BrowserFixture<PostgresDb> f) : MediaJourneyTests<PostgresDb>(f)
{
    protected override string Provider => "postgres";
}

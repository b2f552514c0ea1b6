using System.Net;
using System.Net.Sockets;
using FairHall.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FairHall.BrowserTests;

/// <summary>
/// FairHall served by Kestrel on a loopback port (real HTTP, real database of the provider) and Debian's
/// Chromium driven headless by Playwright. Playwright never downloads a browser here.
/// </summary>
public class BrowserFixture<TDb> : IAsyncLifetime where TDb : TestDb, new()
{
    private IPlaywright? playwright;

    public FairHallApp App { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var db = new TDb();
        await db.CreateAsync();
        var port = FreePort();
        App = new FairHallApp(db);
        App.UseKestrel(port);
        App.StartServer();
        BaseUrl = $"http://127.0.0.1:{port}";

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("FAIRHALL_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            // The machine's network is closed: keep Chromium from calling home at every start.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        await App.DisposeAsync();
        await App.Db.DisposeAsync();
    }

    /// <summary>A fresh browser context (own cookies) with the given viewport and language.</summary>
    public Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 800, string locale = "zh-CN") =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = locale,
        });

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

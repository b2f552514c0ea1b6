using Microsoft.Playwright;

namespace FairHall.BrowserTests;

/// <summary>Saves full-page screenshots under artifacts/screenshots/ at the repository root, for people to look at.</summary>
public static class Screenshots
{
    public static string Folder { get; } = Create();

    public static async Task TakeAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + ".png"), FullPage = true });
    }

    private static string Create()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FairHall.slnx")))
        {
            dir = dir.Parent;
        }

        var folder = Path.Combine(dir?.FullName ?? Path.GetTempPath(), "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }
}

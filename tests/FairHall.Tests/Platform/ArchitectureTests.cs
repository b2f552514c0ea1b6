using System.Text.RegularExpressions;
using FairHall.Platform.Localization;

namespace FairHall.Tests.Platform;

/// <summary>Rules about the code itself, checked by reading the sources.</summary>
[Trait("Req", "X-2")]
public sealed partial class ArchitectureTests
{
    [Fact]
    public void Every_text_key_used_in_pages_and_code_exists_in_both_languages()
    {
        var catalog = new TextCatalog(typeof(TextCatalog).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ITextSource).IsAssignableFrom(t))
            .Select(t => (ITextSource)Activator.CreateInstance(t)!));
        var src = Path.Combine(RepoRoot(), "src", "FairHall");

        var used = Directory.EnumerateFiles(src, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => TextKey().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups["key"].Value)))
            .ToList();
        var missing = used
            .Where(x => !catalog.Contains(x.Key))
            .Select(x => $"{x.File}: {x.Key}")
            .Distinct()
            .ToList();

        used.Count.ShouldBeGreaterThan(20);
        missing.ShouldBeEmpty();
    }

    [Fact]
    public void No_source_file_reads_the_wall_clock_directly()
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(RepoRoot(), "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => WallClock().IsMatch(File.ReadAllText(f)))
            .ToList();

        offenders.ShouldBeEmpty();
    }

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FairHall.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root (FairHall.slnx) not found.");
    }

    // T["Key"], texts.Get("Key"), Catalog.Get("Key"), texts.Format("Key", …): literal keys only.
    [GeneratedRegex("""(?:\bT\[|\.Get\(|\.Format\()"(?<key>[A-Za-z][A-Za-z0-9_.\-]*\.[A-Za-z0-9_.\-]+)"[,\])]""")]
    private static partial Regex TextKey();

    [GeneratedRegex(@"DateTime(Offset)?\.(Now|UtcNow|Today)\b")]
    private static partial Regex WallClock();
}

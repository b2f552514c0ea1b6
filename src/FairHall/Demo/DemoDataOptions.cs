namespace FairHall.Demo;

public sealed class DemoDataOptions
{
    /// <summary>Load the demo fair and demo accounts when the application starts on an empty database.</summary>
    public bool SeedOnStart { get; set; }

    /// <summary>The password of every demo account (letters and digits, ACC-7).</summary>
    public string Password { get; set; } = "fairhall2026";
}

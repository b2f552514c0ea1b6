namespace FairHall.Platform.Localization;

/// <summary>One UI text in both languages.</summary>
public sealed record Text(string Key, string Zh, string En);

/// <summary>
/// A module's bilingual texts. Each module keeps one class of these next to its code (e.g. FairsTexts), so a
/// text is found where its module is, with Chinese and English side by side.
/// </summary>
public interface ITextSource
{
    IEnumerable<Text> Texts { get; }
}

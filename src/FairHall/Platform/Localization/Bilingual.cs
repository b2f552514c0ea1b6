using System.Globalization;

namespace FairHall.Platform.Localization;

/// <summary>Picks the Chinese or English one of a pair of content fields (e.g. NameZh / NameEn).</summary>
public static class Bilingual
{
    public static string Pick(string zh, string? en) =>
        TextCatalog.IsChinese(CultureInfo.CurrentUICulture) || string.IsNullOrWhiteSpace(en) ? zh : en;
}

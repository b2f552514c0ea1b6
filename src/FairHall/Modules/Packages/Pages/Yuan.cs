using System.Globalization;

namespace FairHall.Modules.Packages.Pages;

/// <summary>Money is kept in fen; pages show yuan with two decimals.</summary>
internal static class Yuan
{
    public static string Of(long fen) => (fen / 100m).ToString("#,##0.00", CultureInfo.InvariantCulture);
}

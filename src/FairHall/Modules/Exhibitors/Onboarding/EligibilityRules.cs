using System.Text;

namespace FairHall.Modules.Exhibitors.Onboarding;

/// <summary>The session numbers that count for kind (b) (FAIR-3).</summary>
public sealed record EligibilityWindow(int HistoryFrom, int HistoryTo, int PackageFrom, int PackageTo)
{
    /// <summary>A row counts when its session is in the window, unless it was online-only where a package was required and none was bought.</summary>
    public bool Counts(int sessionNumber, bool onlineOnly, string? package) =>
        sessionNumber >= HistoryFrom && sessionNumber <= HistoryTo
        && (!onlineOnly || sessionNumber < PackageFrom || sessionNumber > PackageTo || !string.IsNullOrWhiteSpace(package));
}

/// <summary>Derives an enterprise's online eligibility from imported data (FAIR-3; seed 000 §一).</summary>
public static class EligibilityRules
{
    /// <summary>
    /// Names match after trimming, folding full-width brackets and spaces and collapsing whitespace — nothing looser:
    /// the seed requires an affiliate's name to equal the confirmed affiliate name.
    /// </summary>
    public static string NormalizeName(string? name)
    {
        var sb = new StringBuilder();
        var space = false;
        foreach (var ch in (name ?? "").Trim())
        {
            var c = ch switch { '（' => '(', '）' => ')', '\u3000' => ' ', _ => ch };
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }

            space = false;
            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>Kind (a) or (b) with its basis, or null when the enterprise must apply (kind c).</summary>
    public static (EligibilityKind Kind, string Basis)? Derive(
        string enterpriseName, IReadOnlyDictionary<string, string> offlineNames, IReadOnlyDictionary<string, string> historyNames)
    {
        var name = NormalizeName(enterpriseName);
        if (offlineNames.TryGetValue(name, out var offline))
        {
            return (EligibilityKind.OfflineExhibitor, offline);
        }

        return historyNames.TryGetValue(name, out var history) ? (EligibilityKind.OnlineHistory, history) : null;
    }

    /// <summary>Offline exhibitors and their confirmed affiliates, by normalized name, with why they count.</summary>
    public static Dictionary<string, string> OfflineNames(IEnumerable<(string Name, string Affiliates)> rows)
    {
        var names = new Dictionary<string, string>();
        foreach (var (name, affiliates) in rows)
        {
            var exhibitor = NormalizeName(name);
            names.TryAdd(exhibitor, "线下展商 / offline exhibitor");
            foreach (var affiliate in affiliates.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                names.TryAdd(NormalizeName(affiliate), $"联营企业 / affiliate of {exhibitor}");
            }
        }

        return names;
    }

    /// <summary>Enterprises with at least one counting history row, by normalized name.</summary>
    public static Dictionary<string, string> HistoryNames(IEnumerable<(string Name, int Session, bool OnlineOnly, string? Package)> rows, EligibilityWindow window)
    {
        var names = new Dictionary<string, string>();
        foreach (var row in rows.Where(r => window.Counts(r.Session, r.OnlineOnly, r.Package)))
        {
            names.TryAdd(NormalizeName(row.Name), row.OnlineOnly ? $"第{row.Session}届线上 / session {row.Session} online (package {row.Package})" : $"第{row.Session}届 / session {row.Session}");
        }

        return names;
    }
}

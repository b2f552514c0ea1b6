using System.Globalization;
using CsvHelper;

namespace FairHall.Modules.Exhibitors.Onboarding;

/// <summary>
/// Reads an eligibility CSV (CsvHelper) row by row, checking each field; a refused row yields errors naming its
/// line and field. Headers may be English or Chinese:
/// offline list <c>EnterpriseName/企业名称, Affiliates/联营企业 (separated by | ; or ；), Zones/展区, BoothNumbers/展位号</c>;
/// history <c>EnterpriseName/企业名称, SessionNumber/届次, OnlineOnly/仅线上, Package/购买套餐</c>.
/// </summary>
internal sealed class ImportReader : IDisposable
{
    private static readonly string[][] OfflineColumns = [["EnterpriseName", "企业名称"], ["Affiliates", "联营企业"], ["Zones", "展区"], ["BoothNumbers", "展位号"]];
    private static readonly string[][] HistoryColumns = [["EnterpriseName", "企业名称"], ["SessionNumber", "届次"], ["OnlineOnly", "仅线上"], ["Package", "购买套餐"]];
    private static readonly string[] Yes = ["true", "1", "y", "yes", "是"];
    private static readonly string[] No = ["false", "0", "n", "no", "否", ""];

    private readonly CsvReader reader;
    private readonly int[] index;

    private ImportReader(CsvReader reader, int[] index)
    {
        this.reader = reader;
        this.index = index;
    }

    /// <summary>Opens the file; null with the missing column's name when a required header is absent (the whole file is refused).</summary>
    public static ImportReader? Open(Stream stream, ImportKind kind, out string? missing)
    {
        var reader = CsvReader.Create(stream, new CsvReaderOptions { TrackLineNumbers = true }, false);
        var columns = kind == ImportKind.OfflineExhibitors ? OfflineColumns : HistoryColumns;
        var headers = new List<string>();
        foreach (var h in reader.Headers)
        {
            headers.Add(h.Trim().TrimStart('\uFEFF'));
        }

        var index = columns.Select(names => headers.FindIndex(h => names.Any(n => string.Equals(n, h, StringComparison.OrdinalIgnoreCase)))).ToArray();
        var required = kind == ImportKind.OfflineExhibitors ? 1 : 2;
        for (var i = 0; i < required; i++)
        {
            if (index[i] < 0)
            {
                missing = columns[i][0];
                reader.Dispose();
                return null;
            }
        }

        missing = null;
        return new ImportReader(reader, index);
    }

    public bool Read() => reader.Read();

    /// <summary>The current row's values in the order of the kind's columns (for the preview).</summary>
    public IReadOnlyList<string> Values => [.. index.Select((_, i) => Field(i))];

    /// <summary>Where the current row starts in the file (lines of the file, header included).</summary>
    public int Line => (int)reader.LineNumber;

    private string Field(int column) => index[column] >= 0 && index[column] < reader.FieldCount ? reader.GetString(index[column]).Trim() : "";

    public (OfflineExhibitor? Row, List<ImportRowError> Errors) Offline(long sessionId, long jobId)
    {
        var errors = new List<ImportRowError>();
        var name = Text(0, "EnterpriseName", 200, required: true, errors);
        var affiliates = string.Join('|', Field(1).Split(['|', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(EligibilityRules.NormalizeName));
        if (affiliates.Length > 2000)
        {
            errors.Add(Error("Affiliates", "too_long", affiliates));
        }

        var zones = Text(2, "Zones", 500, required: false, errors);
        var booths = Text(3, "BoothNumbers", 500, required: false, errors);
        return errors.Count > 0 ? (null, errors) : (new OfflineExhibitor
        {
            SessionId = sessionId,
            JobId = jobId,
            EnterpriseName = EligibilityRules.NormalizeName(name),
            Affiliates = affiliates,
            Zones = zones,
            BoothNumbers = booths,
        }, errors);
    }

    public (ParticipationHistory? Row, List<ImportRowError> Errors) History(long sessionId, long jobId)
    {
        var errors = new List<ImportRowError>();
        var name = Text(0, "EnterpriseName", 200, required: true, errors);
        var sessionText = Field(1);
        var session = 0;
        if (sessionText.Length == 0)
        {
            errors.Add(Error("SessionNumber", "required", null));
        }
        else if (!int.TryParse(sessionText, NumberStyles.None, CultureInfo.InvariantCulture, out session))
        {
            errors.Add(Error("SessionNumber", "not_a_number", sessionText));
        }
        else if (session is < 1 or > 999)
        {
            errors.Add(Error("SessionNumber", "out_of_range", sessionText));
        }

        var onlineText = Field(2).ToLowerInvariant();
        var onlineOnly = Yes.Contains(onlineText);
        if (!onlineOnly && !No.Contains(onlineText))
        {
            errors.Add(Error("OnlineOnly", "not_a_yes_no", onlineText));
        }

        var package = Text(3, "Package", 50, required: false, errors);
        return errors.Count > 0 ? (null, errors) : (new ParticipationHistory
        {
            SessionId = sessionId,
            JobId = jobId,
            EnterpriseName = EligibilityRules.NormalizeName(name),
            SessionNumber = session,
            OnlineOnly = onlineOnly,
            Package = package.Length == 0 ? null : package,
        }, errors);
    }

    private string Text(int column, string field, int max, bool required, List<ImportRowError> errors)
    {
        var value = Field(column);
        if (required && value.Length == 0)
        {
            errors.Add(Error(field, "required", null));
        }
        else if (value.Length > max)
        {
            errors.Add(Error(field, "too_long", value));
        }

        return value;
    }

    private ImportRowError Error(string field, string code, string? value) =>
        new() { Line = Line, Field = field, Code = code, Value = value is { Length: > 200 } ? value[..200] : value };

    public void Dispose() => reader.Dispose();
}

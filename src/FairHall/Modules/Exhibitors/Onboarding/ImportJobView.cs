using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Exhibitors.Onboarding;

public sealed record RowErrorView(int Line, string Field, string Code, string? Value, string Message);

public sealed record PreviewRow(int Line, IReadOnlyList<string> Values, IReadOnlyList<RowErrorView> Errors);

/// <summary>An import as the organizer sees it: progress, the first rows as they will be read, and the refused rows.</summary>
public sealed record ImportJobView(
    long Id, long SessionId, ImportKind Kind, string FileName, ImportStatus Status, int TotalRows, int ProcessedRows, int ImportedRows,
    int ErrorRows, string? Message, DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt,
    IReadOnlyList<string> Columns, IReadOnlyList<PreviewRow> Preview, IReadOnlyList<RowErrorView> Errors)
{
    public int Percent => Status == ImportStatus.Completed ? 100 : TotalRows == 0 ? 0 : Math.Min(99, ProcessedRows * 100 / TotalRows);
}

/// <summary>Builds <see cref="ImportJobView"/>s: reads the first rows of the file again for the preview.</summary>
internal sealed class ImportViews(FairHallDbContext db, FileStore files, TextCatalog texts)
{
    public const int PreviewRows = 10;

    public static IReadOnlyList<string> ColumnsOf(ImportKind kind) => kind == ImportKind.OfflineExhibitors
        ? ["EnterpriseName", "Affiliates", "Zones", "BoothNumbers"]
        : ["EnterpriseName", "SessionNumber", "OnlineOnly", "Package"];

    public RowErrorView Word(int line, string field, string code, string? value) =>
        new(line, field, code, value, texts.Format("Onboarding.Import.Error.Line", line, texts.Get($"Onboarding.Import.Column.{field}"), texts.Get($"Onboarding.Import.Error.{code}")));

    public async Task<ImportJobView> ViewAsync(ImportJob job, bool withDetails, CancellationToken ct)
    {
        List<PreviewRow> preview = [];
        List<RowErrorView> errors = [];
        var message = job.Message;
        if (withDetails)
        {
            var stored = await files.Store.OpenReadAsync(job.StoragePath, ct);
            if (stored is not null)
            {
                await using var stream = stored;
                using var reader = ImportReader.Open(stream, job.Kind, out var missing);
                if (reader is null)
                {
                    message = $"missing_column:{missing}";
                }
                else
                {
                    while (preview.Count < PreviewRows && reader.Read())
                    {
                        var parsed = job.Kind == ImportKind.OfflineExhibitors ? reader.Offline(job.SessionId, job.Id).Errors : reader.History(job.SessionId, job.Id).Errors;
                        preview.Add(new PreviewRow(reader.Line, reader.Values, [.. parsed.Select(e => Word(e.Line, e.Field, e.Code, e.Value))]));
                    }
                }
            }

            errors = [.. (await db.Set<ImportRowError>().AsNoTracking().Where(e => e.JobId == job.Id).OrderBy(e => e.Line).Take(200).ToListAsync(ct))
                .Select(e => Word(e.Line, e.Field, e.Code, e.Value))];
        }

        if (message is not null && message.StartsWith("missing_column:", StringComparison.Ordinal))
        {
            message = texts.Format("Onboarding.Import.MissingColumn", message["missing_column:".Length..]);
        }

        return new ImportJobView(job.Id, job.SessionId, job.Kind, job.FileName, job.Status, job.TotalRows, job.ProcessedRows, job.ImportedRows,
            job.ErrorRows, message, job.CreatedAt, job.StartedAt, job.FinishedAt, ColumnsOf(job.Kind), preview, errors);
    }
}

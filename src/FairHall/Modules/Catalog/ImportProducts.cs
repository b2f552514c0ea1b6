using System.Globalization;
using System.Text;
using CsvHelper;
using FairHall.Modules.Exhibitors.Onboarding;
using FairHall.Modules.Fairs;
using FairHall.Modules.Packages;
using FairHall.Platform.Data;
using FairHall.Platform.Files;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Catalog;

/// <summary>One refused field of a CSV row: the line of the file, the template column, and the reason in the reader's language.</summary>
public sealed record ProductImportIssue(int Line, string Field, string Message);

/// <summary>A row as read (the preview), with its problems.</summary>
public sealed record ProductImportRow(int Line, IReadOnlyList<string> Values, IReadOnlyList<ProductImportIssue> Issues);

/// <summary>
/// A product import job as its page shows it: while <c>Uploaded</c> the preview (first rows, every row error), then the
/// background run's progress, and the result (drafts created, refused rows). <see cref="Refused"/> says why the whole
/// file is refused (nothing is written then).
/// </summary>
public sealed record ProductImportView(
    long Id, string FileName, ImportStatus Status, int Rows, int ProcessedRows, int ValidRows, int ErrorRows, int Created, string? Refused,
    IReadOnlyList<ProductImportRow> Preview, IReadOnlyList<ProductImportIssue> Errors, long? ElapsedMs)
{
    public int Percent => Status == ImportStatus.Completed ? 100 : Rows == 0 ? 0 : Math.Min(99, ProcessedRows * 100 / Rows);

    public bool Busy => Status is ImportStatus.Queued or ImportStatus.Running;
}

/// <summary>
/// Products import from CSV: POST /api/v1/enterprise/products/imports (multipart file) keeps the file as an
/// <see cref="ImportJob"/> and previews it; POST …/imports/{id}/start queues it for the background import worker
/// (shared with the eligibility imports), which creates the valid rows as drafts (Unreviewed, not submitted) as the
/// user who started it; GET …/imports/{id} shows progress and result.
/// Each row goes through the same checks as creating a product (<see cref="ProductFormValidator"/> and the zone tags
/// of <see cref="ProductContent"/>); the CAT-1 gate refuses the whole file; a sub-account's rows for zones it is not
/// bound to are row errors (ACC-5). Images are not imported. Rows are inserted 1,000 at a time, one transaction each,
/// with zones and tags loaded once per file.
/// </summary>
internal static class ImportProducts
{
    public const long MaxBytes = 20L * 1024 * 1024;
    public const int MaxRows = 20_000;
    public const int BatchSize = 1000;
    public const int PreviewRows = 10;
    public const int MaxListedErrors = 500;
    public const int MaxStoredErrors = 1000;
    private const string ElapsedPrefix = "elapsed_ms:";

    /// <summary>The template: field name, Chinese header, English header (headers may be either, or "中文/English").</summary>
    public static readonly (string Field, string Zh, string En, bool Required)[] Columns =
    [
        ("ZoneCode", "展区编号", "ZoneCode", true),
        ("NameZh", "中文名称", "NameZh", true),
        ("NameEn", "英文名称", "NameEn", true),
        ("Category", "类别", "Category", true),
        ("DescriptionZh", "中文介绍", "DescriptionZh", false),
        ("DescriptionEn", "英文介绍", "DescriptionEn", false),
        ("OwnCode", "展台展品编码", "OwnCode", false),
        ("Brand", "品牌", "Brand", false),
        ("Origin", "产地", "Origin", false),
        ("Model", "型号", "Model", false),
        ("MarketPrice", "市场价(元)", "MarketPrice", false),
        ("WholesalePrice", "批发价(元)", "WholesalePrice", false),
        ("MinimumOrder", "起订量", "MinimumOrder", false),
        ("IsNew", "新品", "IsNew", false),
        ("ContainsMap", "含地图", "ContainsMap", true),
        ("MapApprovalNo", "审图号", "MapApprovalNo", false),
        ("Tags", "参数标签", "Tags", false),
    ];

    private static readonly string[] Yes = ["true", "1", "y", "yes", "是"];
    private static readonly string[] No = ["false", "0", "n", "no", "否"];

    /// <summary>The sample file: UTF-8 with a byte-order mark, bilingual headers, a few rows of the demo zones.</summary>
    public static byte[] Sample()
    {
        var csv = new StringBuilder();
        csv.Append('\uFEFF').AppendJoin(',', Columns.Select(c => CsvText.Quote($"{c.Zh}/{c.En}"))).Append("\r\n");
        string[][] rows =
        [
            ["P1-01", "智能电饭煲", "Smart rice cooker", "家用电器", "4 升，24 小时预约", "4 L, 24-hour timer", "RC-01", "美厨", "广东佛山", "MC-4L", "299.00", "180.50", "100 台", "是", "否", "", ""],
            ["P1-01", "不锈钢炒锅", "Stainless steel wok", "厨具", "", "", "", "", "浙江永康", "", "", "", "", "否", "no", "", ""],
            ["P1-02", "蓝牙音箱", "Bluetooth speaker", "消费电子", "防水便携", "Waterproof, portable", "BS-7", "声海", "Shenzhen", "BS7", "129", "", "500 pcs", "no", "否", "", ""],
        ];
        foreach (var r in rows)
        {
            csv.AppendJoin(',', r.Select(CsvText.Quote)).Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    internal sealed class Handler(
        FairHallDbContext db, ProductContent content, ProductAccess access, Exhibitors.Showcase.IShowcaseGate showcase, IFileStore files,
        ImportQueue queue, ICurrentActor actor, ProductBulkWriter writer, TextCatalog texts, TimeProvider clock, ILogger<Handler> log)
    {
        /// <summary>Stores the upload as a job and previews it.</summary>
        public async Task<Result<ProductImportView>> PreviewAsync(Stream? upload, string? fileName, CancellationToken ct)
        {
            if (access.EnterpriseId is not { } enterpriseId)
            {
                return Error.Forbidden();
            }

            if (upload is null)
            {
                return Error.Invalid("File", texts.Get("Catalog.Import.FileRequired"));
            }

            if (await Sessions.CurrentAsync(db, clock, ct) is not { } session)
            {
                return Error.Rule("no_current_session");
            }

            using var copy = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = await upload.ReadAsync(buffer, ct)) > 0)
            {
                if (copy.Length + read > MaxBytes || (copy.Length < 4096 && buffer.AsSpan(0, read).Contains((byte)0)))
                {
                    return Error.Invalid("File", texts.Get(copy.Length + read > MaxBytes ? "Catalog.Import.TooLarge" : "Catalog.Import.NotText"));
                }

                copy.Write(buffer, 0, read);
            }

            var key = $"{Prefix(enterpriseId)}{Guid.NewGuid():N}.csv";
            copy.Position = 0;
            await files.PutAsync(key, copy, "text/csv", ct);
            copy.Position = 0;
            var job = new ImportJob
            {
                SessionId = session.Id,
                Kind = ImportKind.Products,
                FileName = Path.GetFileName(fileName ?? "products.csv") is { Length: > 0 and <= 200 } n ? n : "products.csv",
                StoragePath = key,
                Status = ImportStatus.Uploaded,
                CreatedAt = clock.GetUtcNow(),
                CreatedByName = actor.Name.Length > 100 ? actor.Name[..100] : actor.Name,
            };
            var preview = await RunAsync(enterpriseId, job, copy, write: false, ct);
            if (!preview.IsSuccess)
            {
                await files.DeleteAsync(key, ct);
                return preview.Error;
            }

            job.TotalRows = preview.Value.Rows;
            job.ErrorRows = preview.Value.ErrorRows;
            if (preview.Value.Refused is { } refused)
            {
                job.Status = ImportStatus.Failed;
                job.Message = refused.Length > 500 ? refused[..500] : refused;
            }

            db.Add(job);
            await db.SaveChangesAsync(ct);
            return preview.Value with { Id = job.Id, Status = job.Status };
        }

        /// <summary>The caller's own product import job, with the preview while it waits for confirmation.</summary>
        public async Task<Result<ProductImportView>> GetAsync(long id, CancellationToken ct)
        {
            if (await OwnAsync(id, track: false, ct) is not { } job)
            {
                return Error.NotFound();
            }

            if (job.Status == ImportStatus.Uploaded && await files.OpenReadAsync(job.StoragePath, ct) is { } stored)
            {
                await using (stored)
                {
                    return await RunAsync(access.EnterpriseId!.Value, job, stored, write: false, ct) is { IsSuccess: true } p ? p.Value with { Id = job.Id } : Error.NotFound();
                }
            }

            var errors = await db.Set<ImportRowError>().AsNoTracking().Where(e => e.JobId == job.Id).OrderBy(e => e.Line).ThenBy(e => e.Id).Take(MaxListedErrors)
                .Select(e => new ProductImportIssue(e.Line, e.Field, e.Value ?? "")).ToListAsync(ct);
            long? elapsed = ElapsedOf(job);
            return new ProductImportView(job.Id, job.FileName, job.Status, job.TotalRows, job.ProcessedRows, job.TotalRows - job.ErrorRows, job.ErrorRows, job.ImportedRows,
                job.Status == ImportStatus.Failed ? job.Message : null, [], errors, elapsed);
        }

        /// <summary>The worker's own stopwatch reading ("elapsed_ms:N" in the job message); the clock times otherwise.</summary>
        private static long? ElapsedOf(ImportJob job) =>
            job.Message is { } m && m.StartsWith(ElapsedPrefix, StringComparison.Ordinal) && long.TryParse(m.AsSpan(ElapsedPrefix.Length), out var ms) ? ms
            : job.StartedAt is { } s && job.FinishedAt is { } f ? (long)(f - s).TotalMilliseconds : null;

        /// <summary>Queues a previewed job; it runs in the background as the caller.</summary>
        public async Task<Result<ProductImportView>> StartAsync(long id, System.Security.Claims.ClaimsPrincipal user, CancellationToken ct)
        {
            if (await OwnAsync(id, track: true, ct) is not { } job)
            {
                return Error.NotFound();
            }

            if (job.Status != ImportStatus.Uploaded)
            {
                return Error.Conflict("import_already_started");
            }

            job.Status = ImportStatus.Queued;
            await db.SaveChangesAsync(ct);
            queue.Enqueue(job.Id, user, CultureInfo.CurrentUICulture.Name);
            return await GetAsync(id, ct);
        }

        /// <summary>Runs a queued job (the background worker, as the user who started it).</summary>
        public async Task RunJobAsync(long id, CancellationToken ct)
        {
            var job = await db.Set<ImportJob>().FirstOrDefaultAsync(j => j.Id == id && j.Kind == ImportKind.Products, ct);
            if (job is null || job.Status is not (ImportStatus.Queued or ImportStatus.Running))
            {
                return;
            }

            if (access.EnterpriseId is not { } enterpriseId || !job.StoragePath.StartsWith(Prefix(enterpriseId), StringComparison.Ordinal))
            {
                await FinishAsync(job, ImportStatus.Failed, texts.Get("Catalog.Import.Interrupted"), ct); // e.g. queued before a restart: start it again
                return;
            }

            job.Status = ImportStatus.Running;
            job.StartedAt = clock.GetUtcNow();
            job.ProcessedRows = job.ImportedRows = job.ErrorRows = 0;
            await db.SaveChangesAsync(ct);
            Result<ProductImportView> result;
            await using (var stored = await files.OpenReadAsync(job.StoragePath, ct) ?? throw new FileNotFoundException("The uploaded product file is missing.", job.StoragePath))
            {
                result = await RunAsync(enterpriseId, job, stored, write: true, ct);
            }

            job = await db.Set<ImportJob>().FirstAsync(j => j.Id == id, ct);
            if (!result.IsSuccess || result.Value.Refused is not null)
            {
                await FinishAsync(job, ImportStatus.Failed, result.IsSuccess ? result.Value.Refused! : texts.Get("Catalog.Import.Gated"), ct);
                return;
            }

            job.ProcessedRows = result.Value.Rows;
            job.ImportedRows = result.Value.Created;
            job.ErrorRows = result.Value.ErrorRows;
            await FinishAsync(job, ImportStatus.Completed, $"{ElapsedPrefix}{result.Value.ElapsedMs}", ct);
            await files.DeleteAsync(job.StoragePath, ct);
        }

        private async Task FinishAsync(ImportJob job, ImportStatus status, string message, CancellationToken ct)
        {
            job.Status = status;
            job.Message = message.Length > 500 ? message[..500] : message;
            job.FinishedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }

        private Task<ImportJob?> OwnAsync(long id, bool track, CancellationToken ct)
        {
            if (access.EnterpriseId is not { } enterpriseId)
            {
                return Task.FromResult<ImportJob?>(null);
            }

            var prefix = Prefix(enterpriseId);
            var query = db.Set<ImportJob>().Where(j => j.Id == id && j.Kind == ImportKind.Products && j.StoragePath.StartsWith(prefix));
            return (track ? query : query.AsNoTracking()).FirstOrDefaultAsync(ct);
        }

        /// <summary>Where an enterprise's product files are kept; it also marks whose job it is.</summary>
        private static string Prefix(long enterpriseId) => $"imports/products/{enterpriseId}/";

        private async Task<Result<ProductImportView>> RunAsync(long enterpriseId, ImportJob job, Stream stream, bool write, CancellationToken ct)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            if (await showcase.CanCreateProductsAsync(enterpriseId, ct) is { } gated)
            {
                return gated; // CAT-1: an incomplete showcase cannot create products, so the whole file is refused
            }

            // Loaded once per file: the current session's zones by code, what the caller may use, the zones' tags.
            var session = await Sessions.CurrentAsync(db, clock, ct);
            var zones = session is null ? [] : await db.Set<Zone>().AsNoTracking().Where(z => z.SessionId == session.Id && z.IsActive)
                .Select(z => new { z.Id, z.Code, z.SessionId }).ToListAsync(ct);
            var byCode = zones.GroupBy(z => z.Code, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
            var bound = await access.BoundZonesAsync(ct);
            var zoneIds = zones.Select(z => z.Id).ToList();
            var tags = (await db.Set<ZoneTag>().AsNoTracking().Where(t => zoneIds.Contains(t.ZoneId)).OrderBy(t => t.SortOrder).ToListAsync(ct))
                .GroupBy(t => t.ZoneId).ToDictionary(g => g.Key, g => (IReadOnlyList<ZoneTag>)g.ToList());

            using var reader = CsvReader.Create(stream, new CsvReaderOptions { TrackLineNumbers = true }, false);
            var headers = reader.Headers.Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
            var index = Columns.Select(c => headers.FindIndex(h => Matches(h, c.Zh, c.En))).ToArray();
            if (Columns.Select((c, i) => (c, i)).FirstOrDefault(x => x.c.Required && index[x.i] < 0) is { c.Field: not null } missing)
            {
                var text = texts.Format("Catalog.Import.MissingColumn", $"{missing.c.Zh}/{missing.c.En}");
                return new ProductImportView(job.Id, job.FileName, job.Status, 0, 0, 0, 0, 0, text, [], [], watch.ElapsedMilliseconds);
            }

            var now = clock.GetUtcNow();
            var preview = new List<ProductImportRow>();
            var errors = new List<ProductImportIssue>();
            var batch = new List<Product>(BatchSize);
            var pendingErrors = new List<ImportRowError>();
            var stored = 0;
            int rows = 0, valid = 0, broken = 0, created = 0;
            if (write)
            {
                db.ChangeTracker.AutoDetectChangesEnabled = false;
            }

            while (reader.Read())
            {
                rows++;
                if (rows > MaxRows)
                {
                    db.ChangeTracker.AutoDetectChangesEnabled = true;
                    var text = texts.Format("Catalog.Import.TooManyRows", MaxRows);
                    return new ProductImportView(job.Id, job.FileName, job.Status, rows, 0, 0, 0, created, text, [], [], watch.ElapsedMilliseconds);
                }

                var line = (int)reader.LineNumber;
                string Field(int column) => index[column] >= 0 && index[column] < reader.FieldCount ? reader.GetString(index[column]).Trim() : "";
                var values = Enumerable.Range(0, Columns.Length).Select(Field).ToList();
                var issues = new List<ProductImportIssue>();
                void Add(string field, string message) => issues.Add(new ProductImportIssue(line, field, message));

                if (reader.FieldCount != headers.Count)
                {
                    Add("Row", texts.Format("Catalog.Import.ColumnCount", reader.FieldCount, headers.Count));
                }

                long? zoneId = null;
                long sessionId = 0;
                if (values[0].Length == 0)
                {
                    Add("ZoneCode", texts.Get("Catalog.Field.Required"));
                }
                else if (!byCode.TryGetValue(values[0], out var zone))
                {
                    Add("ZoneCode", texts.Get("Catalog.Import.UnknownZone"));
                }
                else if (bound is not null && !bound.Contains(zone.Id))
                {
                    Add("ZoneCode", texts.Get("Catalog.Import.ZoneNotBound")); // ACC-5
                }
                else
                {
                    zoneId = zone.Id;
                    sessionId = zone.SessionId;
                }

                var market = Price(values[10], "MarketPrice", Add);
                var wholesale = Price(values[11], "WholesalePrice", Add);
                var isNew = YesNo(values[13], "IsNew", Add) ?? false;
                var containsMap = YesNo(values[14], "ContainsMap", Add);
                var zoneTags = zoneId is { } zid && tags.TryGetValue(zid, out var t) ? t : [];
                var tagInputs = TagsOf(values[16], zoneTags, Add);

                var form = new ProductForm(
                    zoneId ?? (values[0].Length == 0 ? null : 0), values[1], values[2], values[4], values[5], values[3],
                    values[7], values[8], values[9], market, wholesale, values[12], isNew, null, values[6], null, null,
                    containsMap, values[15], null, [], [], tagInputs);

                // The same rules as creating a product (no second rule set): the field validator, then the zone's tags.
                var fields = content.Validate(form);
                var normalized = zoneId is null ? [] : content.CheckTags(form, zoneTags, fields);
                foreach (var (key, messages) in fields)
                {
                    if (key == "ZoneId" && issues.Any(i => i.Field == "ZoneCode"))
                    {
                        continue;
                    }

                    Add(ColumnOf(key), string.Join(" ", messages));
                }

                if (issues.Count > 0)
                {
                    broken++;
                    errors.AddRange(issues.Take(Math.Max(0, MaxListedErrors - errors.Count)));
                    foreach (var issue in issues.Where(_ => write && stored < MaxStoredErrors))
                    {
                        stored++;
                        pendingErrors.Add(new ImportRowError
                        {
                            JobId = job.Id,
                            Line = issue.Line,
                            Field = issue.Field,
                            Code = "product_row",
                            Value = issue.Message.Length > 200 ? issue.Message[..200] : issue.Message,
                        });
                    }
                }
                else
                {
                    valid++;
                    if (write)
                    {
                        batch.Add(new Product(enterpriseId, sessionId, (form with { Tags = normalized }).ToDetails(), now));
                        if (batch.Count >= BatchSize)
                        {
                            created += await FlushAsync(job.Id, batch, pendingErrors, rows, broken, ct);
                        }
                    }
                }

                if (preview.Count < PreviewRows)
                {
                    preview.Add(new ProductImportRow(line, values, issues));
                }
            }

            if (write)
            {
                created += await FlushAsync(job.Id, batch, pendingErrors, rows, broken, ct);
                db.ChangeTracker.AutoDetectChangesEnabled = true;
                log.LogInformation("Product import {JobId} of enterprise {EnterpriseId}: {Rows} rows, {Created} created, {Broken} refused in {Elapsed} ms.",
                    job.Id, enterpriseId, rows, created, broken, watch.ElapsedMilliseconds);
            }

            var refused = rows == 0 ? texts.Get("Catalog.Import.Empty") : null;
            return new ProductImportView(job.Id, job.FileName, job.Status, rows, rows, valid, broken, created, refused, preview, errors, watch.ElapsedMilliseconds);
        }

        /// <summary>
        /// One batch (and the row errors so far) in one transaction through the platform's bulk path
        /// (<see cref="ProductBulkWriter"/>), then the job's progress; the change tracker is emptied afterwards.
        /// </summary>
        private async Task<int> FlushAsync(long jobId, List<Product> batch, List<ImportRowError> rowErrors, int processed, int broken, CancellationToken ct)
        {
            var count = await writer.WriteAsync(batch, ct, alongside: rowErrors);
            rowErrors.Clear();
            await db.Set<ImportJob>().Where(j => j.Id == jobId)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.ProcessedRows, processed).SetProperty(j => j.ErrorRows, broken).SetProperty(j => j.ImportedRows, j => j.ImportedRows + count), ct);
            return count;
        }

        private long? Price(string value, string field, Action<string, string> add)
        {
            if (value.Length == 0)
            {
                return null; // 暂无报价
            }

            if (!decimal.TryParse(value.Replace(",", "", StringComparison.Ordinal).TrimStart('¥', '￥'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
                    CultureInfo.InvariantCulture, out var yuan) || decimal.Round(yuan, 2) != yuan || yuan > 1_000_000_000m)
            {
                add(field, texts.Get("Catalog.Import.BadPrice"));
                return null;
            }

            return (long)(yuan * 100); // a negative price reaches the validator's rule
        }

        private bool? YesNo(string value, string field, Action<string, string> add)
        {
            var v = value.ToLowerInvariant();
            if (v.Length == 0)
            {
                return null;
            }

            if (Yes.Contains(v))
            {
                return true;
            }

            if (No.Contains(v))
            {
                return false;
            }

            add(field, texts.Get("Catalog.Import.BadYesNo"));
            return null;
        }

        /// <summary><c>name=value;name=value</c>, a name in either language of the zone's tags.</summary>
        private List<ProductTagInput> TagsOf(string value, IReadOnlyList<ZoneTag> zoneTags, Action<string, string> add)
        {
            List<ProductTagInput> list = [];
            foreach (var pair in value.Split([';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var at = pair.IndexOfAny(['=', '＝']);
                var name = at > 0 ? pair[..at].Trim() : "";
                var tag = name.Length == 0 ? null : zoneTags.FirstOrDefault(t => string.Equals(t.NameZh, name, StringComparison.OrdinalIgnoreCase) || string.Equals(t.NameEn, name, StringComparison.OrdinalIgnoreCase));
                if (tag is null)
                {
                    add("Tags", texts.Format("Catalog.Import.UnknownTag", at > 0 ? name : pair));
                    continue;
                }

                list.Add(new ProductTagInput(tag.Id, pair[(at + 1)..].Trim()));
            }

            return list;
        }

        private static bool Matches(string header, string zh, string en) =>
            string.Equals(header, zh, StringComparison.OrdinalIgnoreCase) || string.Equals(header, en, StringComparison.OrdinalIgnoreCase)
            || string.Equals(header, $"{zh}/{en}", StringComparison.OrdinalIgnoreCase);

        private static string ColumnOf(string formField) => formField switch
        {
            "ZoneId" => "ZoneCode",
            "MarketPriceFen" => "MarketPrice",
            "WholesalePriceFen" => "WholesalePrice",
            "MapDocumentId" => "ContainsMap",
            _ when formField.StartsWith("Tags", StringComparison.Ordinal) => "Tags",
            _ => formField,
        };
    }

    public static void Map(IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        app.MapGet("/enterprise/products/import-sample.csv", () => Results.File(Sample(), "text/csv; charset=utf-8", "products-sample.csv"))
            .RequireAuthorization(Policies.Exhibitor).ExcludeFromDescription();
        api.MapPost("/enterprise/products/imports", async (HttpRequest request, Handler handler, CancellationToken ct) =>
            {
                var form = request.HasFormContentType ? await request.ReadFormAsync(ct) : null;
                var file = form?.Files.GetFile("file");
                await using var stream = file is { Length: > 0 } ? file.OpenReadStream() : null;
                return (await handler.PreviewAsync(stream, file?.FileName, ct)).ToHttp(request.HttpContext, v => TypedResults.Ok(v));
            })
            .DisableAntiforgery().RequireAuthorization(Policies.Exhibitor).WithTags("Catalog")
            .WithSummary("Upload a product CSV and preview it (rows, first rows, errors by line and field); nothing is created yet.");
        api.MapGet("/enterprise/products/imports/{id:long}", async (long id, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.GetAsync(id, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Exhibitor).WithTags("Catalog").WithSummary("A product import: preview, progress, result.");
        api.MapPost("/enterprise/products/imports/{id:long}/start", async (long id, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.StartAsync(id, http.User, ct)).ToHttp(http, v => TypedResults.Accepted($"/api/v1/enterprise/products/imports/{id}", v)))
            .RequireAuthorization(Policies.Exhibitor).WithTags("Catalog")
            .WithSummary("Start a previewed product import: in the background the valid rows become drafts (Unreviewed, not submitted).");
    }
}

/// <summary>The background worker's runner for product imports (the worker is shared with the eligibility imports).</summary>
internal sealed class ProductImportRunner(ImportProducts.Handler handler) : IImportRunner
{
    public bool Runs(ImportKind kind) => kind == ImportKind.Products;

    public Task RunAsync(long jobId, CancellationToken ct) => handler.RunJobAsync(jobId, ct);
}

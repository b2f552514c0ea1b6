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
/// A product CSV as previewed or imported: <see cref="Token"/> names the stored upload for the confirmation,
/// <see cref="Refused"/> says why the whole file is refused (nothing is written then).
/// </summary>
public sealed record ProductImportView(
    string? Token, string FileName, int Rows, int ValidRows, int ErrorRows, int Created, string? Refused,
    IReadOnlyList<ProductImportRow> Preview, IReadOnlyList<ProductImportIssue> Errors, long ElapsedMs);

/// <summary>
/// Products import from CSV: POST /api/v1/enterprise/products/imports (multipart file) previews a file and keeps
/// it; POST /api/v1/enterprise/products/imports/{token} creates the valid rows as drafts (Unreviewed, not submitted).
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
        TextCatalog texts, TimeProvider clock, ILogger<Handler> log)
    {
        /// <summary>Stores the upload and previews it.</summary>
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

            var token = Guid.NewGuid().ToString("N");
            copy.Position = 0;
            await files.PutAsync(Key(enterpriseId, token), copy, "text/csv", ct);
            copy.Position = 0;
            return await RunAsync(enterpriseId, token, Name(fileName), copy, write: false, ct);
        }

        /// <summary>Imports a previewed upload: the valid rows become drafts.</summary>
        public async Task<Result<ProductImportView>> ImportAsync(string token, string? fileName, CancellationToken ct)
        {
            if (access.EnterpriseId is not { } enterpriseId)
            {
                return Error.Forbidden();
            }

            if (token.Length != 32 || !token.All(char.IsAsciiHexDigitLower))
            {
                return Error.NotFound();
            }

            var stored = await files.OpenReadAsync(Key(enterpriseId, token), ct);
            if (stored is null)
            {
                return Error.NotFound();
            }

            Result<ProductImportView> result;
            await using (stored)
            {
                result = await RunAsync(enterpriseId, token, Name(fileName), stored, write: true, ct);
            }

            if (result.IsSuccess && result.Value.Refused is null)
            {
                await files.DeleteAsync(Key(enterpriseId, token), ct); // imported once; a second confirmation is "not found"
            }

            return result;
        }

        private static string Key(long enterpriseId, string token) => $"imports/products/{enterpriseId}/{token}.csv";

        private static string Name(string? fileName) => Path.GetFileName(fileName ?? "products.csv") is { Length: > 0 and <= 200 } n ? n : "products.csv";

        private async Task<Result<ProductImportView>> RunAsync(long enterpriseId, string token, string fileName, Stream stream, bool write, CancellationToken ct)
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
                return new ProductImportView(null, fileName, 0, 0, 0, 0, text, [], [], watch.ElapsedMilliseconds);
            }

            var now = clock.GetUtcNow();
            var preview = new List<ProductImportRow>();
            var errors = new List<ProductImportIssue>();
            var batch = new List<Product>(BatchSize);
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
                    return new ProductImportView(null, fileName, rows, 0, 0, created, text, [], [], watch.ElapsedMilliseconds);
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
                }
                else
                {
                    valid++;
                    if (write)
                    {
                        batch.Add(new Product(enterpriseId, sessionId, (form with { Tags = normalized }).ToDetails(), now));
                        if (batch.Count >= BatchSize)
                        {
                            created += await FlushAsync(batch, ct);
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
                created += await FlushAsync(batch, ct);
                db.ChangeTracker.AutoDetectChangesEnabled = true;
                log.LogInformation("Product import {Token} of enterprise {EnterpriseId}: {Rows} rows, {Created} created, {Broken} refused in {Elapsed} ms.",
                    token, enterpriseId, rows, created, broken, watch.ElapsedMilliseconds);
            }

            var refused = rows == 0 ? texts.Get("Catalog.Import.Empty") : null;
            return new ProductImportView(refused is null ? token : null, fileName, rows, valid, broken, created, refused, preview, errors, watch.ElapsedMilliseconds);
        }

        /// <summary>One batch, one transaction; the change tracker is emptied afterwards.</summary>
        private async Task<int> FlushAsync(List<Product> batch, CancellationToken ct)
        {
            if (batch.Count == 0)
            {
                return 0;
            }

            await using var tx = await db.Database.BeginTransactionAsync(ct);
            db.AddRange(batch);
            await db.SaveChangesAsync(ct); // the audit interceptor writes the batch's audit rows in the same transaction
            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
            var count = batch.Count;
            batch.Clear();
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
        api.MapPost("/enterprise/products/imports/{token}", async (string token, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.ImportAsync(token, null, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Exhibitor).WithTags("Catalog")
            .WithSummary("Import a previewed product CSV: the valid rows become drafts (Unreviewed, not submitted).");
    }
}

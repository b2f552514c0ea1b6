using System.Globalization;
using System.Text;
using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Platform.Audit;

/// <summary>Query string of the audit list and export (names as in <see cref="AuditFilter"/>).</summary>
internal sealed record AuditQueryParameters(string? EntityType, string? EntityId, string? Actor, string? From, string? To, long? AfterId, int? Limit)
{
    public AuditFilter Filter => new(EntityType, EntityId, Actor, From, To);
}

internal static class AuditApi
{
    public static void MapAuditApi(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        var audit = api.MapGroup("/audit").WithTags("Audit").RequireAuthorization(Policies.Organizer);
        audit.MapListAuditEntries();
        audit.MapExportAuditCsv();
    }
}

/// <summary>GET /api/v1/audit?entityType=&amp;entityId=&amp;actor=&amp;from=&amp;to=&amp;afterId=&amp;limit= — one page, newest first.</summary>
internal static class ListAuditEntries
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public sealed record Item(long Id, DateTimeOffset At, long? ActorUserId, string ActorName, string Action, string EntityType, string EntityId, string? Before, string? After);

    public sealed record Response(IReadOnlyList<Item> Items, long? NextAfterId);

    public static async Task<Result<Response>> HandleAsync(FairHallDbContext db, TextCatalog texts, AuditFilter filter, long? afterId, int? limit, CancellationToken ct)
    {
        if (filter.Validate(texts) is { } invalid)
        {
            return invalid;
        }

        var take = Math.Clamp(limit ?? DefaultLimit, 1, MaxLimit);
        var rows = await filter.Apply(db.Set<AuditEntry>(), afterId).Take(take + 1).ToListAsync(ct);
        var items = rows.Take(take).Select(e => new Item(e.Id, e.At, e.ActorUserId, e.ActorName, e.Action, e.EntityType, e.EntityId, e.Before, e.After)).ToList();
        return new Response(items, rows.Count > take ? items[^1].Id : null);
    }

    public static void MapListAuditEntries(this RouteGroupBuilder group) =>
        group.MapGet("/", async ([AsParameters] AuditQueryParameters q, FairHallDbContext db, TextCatalog texts, HttpContext http, CancellationToken ct) =>
                (await HandleAsync(db, texts, q.Filter, q.AfterId, q.Limit, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .WithName("ListAuditEntries");
}

/// <summary>GET /api/v1/audit/export?… — every entry of the filter as CSV, streamed row by row.</summary>
internal static class ExportAuditCsv
{
    public static readonly string Header = "id,at,actor_user_id,actor_name,action,entity_type,entity_id,before,after";

    public static void MapExportAuditCsv(this RouteGroupBuilder group) =>
        group.MapGet("/export", IResult ([AsParameters] AuditQueryParameters q, FairHallDbContext db, TextCatalog texts, TimeProvider clock, HttpContext http) =>
            {
                var filter = q.Filter;
                if (filter.Validate(texts) is { } invalid)
                {
                    return invalid.ToProblem(http);
                }

                var name = $"audit-{DisplayTime.Local(clock.GetUtcNow()):yyyyMMdd-HHmmss}.csv";
                return TypedResults.Stream(stream => WriteAsync(stream, filter.Apply(db.Set<AuditEntry>()), http.RequestAborted), "text/csv; charset=utf-8", name);
            })
            .WithName("ExportAuditCsv");

    /// <summary>Rows are read and written one at a time, so memory stays flat for any size of export.</summary>
    private static async Task WriteAsync(Stream stream, IQueryable<AuditEntry> entries, CancellationToken ct)
    {
        await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024);
        // A byte-order mark, so that spreadsheet programs read the Chinese names as UTF-8.
        await writer.WriteAsync('\uFEFF');
        await writer.WriteAsync(Header + "\r\n");
        await foreach (var e in entries.AsAsyncEnumerable().WithCancellation(ct))
        {
            await writer.WriteAsync(string.Join(',',
                e.Id.ToString(CultureInfo.InvariantCulture),
                DisplayTime.Local(e.At).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
                e.ActorUserId?.ToString(CultureInfo.InvariantCulture) ?? "",
                Cell(e.ActorName), Cell(e.Action), Cell(e.EntityType), Cell(e.EntityId), Cell(e.Before), Cell(e.After)) + "\r\n");
        }

        await writer.FlushAsync(ct);
    }

    /// <summary>RFC 4180 quoting; a leading = + - @ is neutralised so a spreadsheet never runs a value as a formula.</summary>
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}

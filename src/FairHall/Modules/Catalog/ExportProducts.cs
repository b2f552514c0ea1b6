using System.Globalization;
using System.Text;
using FairHall.Modules.Exhibitors.Onboarding;
using FairHall.Modules.Fairs;
using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Catalog;

/// <summary>
/// GET /enterprise/products/export?q=&amp;status=&amp;zoneId=&amp;groupId= — the product list with the page's current
/// filters as CSV: UTF-8 with a byte-order mark so Excel reads Chinese, fields quoted and defused by
/// <see cref="CsvText"/>, headers in both languages, a sub-account only its bound zones (ACC-5).
/// </summary>
internal static class ExportProducts
{
    public const int MaxRows = 20_000;

    private static readonly string[] Headers =
    [
        "展品编号/Id", "展区/Zone", "中文名称/NameZh", "英文名称/NameEn", "类别/Category", "展台展品编码/OwnCode", "品牌/Brand", "产地/Origin",
        "型号/Model", "市场价(元)/MarketPrice", "批发价(元)/WholesalePrice", "状态/Status", "对采购商可见/Visible", "分组/Group", "上架时间/ListedAt", "更新时间/UpdatedAt",
    ];

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/enterprise/products/export", async (ProductStatus? status, long? zoneId, long? groupId, string? q, ListMyProducts.Handler list,
                FairHallDbContext db, TextCatalog texts, TimeProvider clock, CancellationToken ct) =>
            {
                if (await list.FilteredAsync(status, zoneId, q, groupId, ct) is not { } query)
                {
                    return Results.Forbid();
                }

                var rows = await (
                    from p in query
                    join z in db.Set<Zone>() on p.ZoneId equals z.Id
                    join g in db.Set<ProductGroup>() on p.GroupId equals g.Id into gs
                    from g in gs.DefaultIfEmpty()
                    orderby p.Id descending
                    select new { p, z.Code, Group = g == null ? null : g.Name }).Take(MaxRows).ToListAsync(ct);
                var csv = new StringBuilder();
                csv.Append('\uFEFF').AppendJoin(',', Headers.Select(CsvText.Quote)).Append("\r\n");
                foreach (var r in rows)
                {
                    var p = r.p;
                    string[] fields =
                    [
                        p.Id.ToString(CultureInfo.InvariantCulture), r.Code, p.NameZh, p.NameEn, p.Category, p.OwnCode ?? "", p.Brand ?? "", p.Origin ?? "", p.Model ?? "",
                        Yuan(p.MarketPriceFen), Yuan(p.WholesalePriceFen),
                        texts.Get($"Catalog.Status.{p.Status}", CultureInfo.GetCultureInfo("zh-CN")) + "/" + p.Status, p.IsHidden ? "否/No" : "是/Yes", r.Group ?? "",
                        p.ListedAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "", p.UpdatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                    ];
                    csv.AppendJoin(',', fields.Select(CsvText.Quote)).Append("\r\n");
                }

                var name = $"products-{clock.GetUtcNow():yyyyMMdd-HHmm}.csv";
                return Results.File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", name);
            })
            .RequireAuthorization(Policies.Exhibitor).ExcludeFromDescription();

    private static string Yuan(long? fen) => fen is { } f ? (f / 100m).ToString("0.00", CultureInfo.InvariantCulture) : "";
}

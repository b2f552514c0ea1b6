using System.Globalization;
using System.Text;
using FairHall.Modules.Accounts;
using FairHall.Modules.Exhibitors;
using FairHall.Modules.Exhibitors.Onboarding;
using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Engagement;

/// <summary>
/// One lead (商机, ORD-4): a buyer who favorited one of the enterprise's items, with how that buyer viewed the item
/// (views, average visible seconds, last view), the favorite date and masked contact details.
/// </summary>
public sealed record LeadRow(
    long Id, EngageKind Kind, long ItemId, string ItemNameZh, string ItemNameEn, string BuyerName, string UserName, bool IsEnterpriseBuyer,
    string? CompanyZh, string? CompanyEn, bool IsOverseas, string? ContactName, string? Phone, string? Email, long Views, long AverageSeconds,
    DateTimeOffset FavoritedAt, DateTimeOffset? LastViewAt);

public sealed record LeadPage(IReadOnlyList<LeadRow> Items, int Page, bool HasMore);

/// <summary>
/// GET /api/v1/enterprise/leads (+ /export.csv) — ORD-4, seed 003 商机管理 (收藏展台的采购商 / 收藏展品的采购商): filters
/// kind, item, favorite date range (days in the fair's time zone) and buyer name; sorted by last view, views or
/// favorite date; bounded page numbers (50 a page, at most <see cref="MaxPage"/> pages). Access: an enterprise sees
/// only favorites of its own items; the admin all of them; a sub-account the leads on products of its bound zones
/// (ACC-5, like intent routing) plus the enterprise-level leads (exhibitor and booth favorites), which concern every
/// representative. Contacts are always masked (138****5678, a***@example.com), in the CSV too.
/// </summary>
internal static class Leads
{
    public const int PageSize = 50;
    public const int MaxPage = 200;

    public sealed record Filter(string? Kind = null, long? ItemId = null, DateOnly? From = null, DateOnly? To = null, string? Buyer = null, string? Sort = null);

    internal sealed class Handler(FairHallDbContext db, ItemCards cards, ICurrentActor me, TextCatalog texts)
    {
        public async Task<Result<LeadPage>> ListAsync(Filter filter, int? page, CancellationToken ct)
        {
            var number = Math.Clamp(page ?? 1, 1, MaxPage);
            var rows = await QueryAsync(filter, (number - 1) * PageSize, PageSize + 1, ct);
            return rows.IsSuccess
                ? new LeadPage([.. rows.Value.Take(PageSize)], number, rows.Value.Count > PageSize && number < MaxPage)
                : rows.Error;
        }

        public async Task<Result<byte[]>> ExportAsync(Filter filter, CancellationToken ct)
        {
            var rows = await QueryAsync(filter, 0, PageSize * MaxPage, ct);
            if (!rows.IsSuccess)
            {
                return rows.Error;
            }

            var text = new StringBuilder("kind,item,user_name,buyer,identity,company,region,contact,phone,email,views,average_seconds,favorited_at,last_view_at\r\n");
            foreach (var r in rows.Value)
            {
                text.Append(CsvText.Quote(texts.Get($"Engage.Kind.{r.Kind}"))).Append(',').Append(CsvText.Quote(Bilingual.Pick(r.ItemNameZh, r.ItemNameEn))).Append(',')
                    .Append(CsvText.Quote(r.UserName)).Append(',').Append(CsvText.Quote(r.BuyerName)).Append(',')
                    .Append(CsvText.Quote(texts.Get(r.IsEnterpriseBuyer ? "Engage.Leads.Enterprise" : "Engage.Leads.Individual"))).Append(',')
                    .Append(CsvText.Quote(r.CompanyZh is null ? "" : Bilingual.Pick(r.CompanyZh, r.CompanyEn ?? ""))).Append(',')
                    .Append(CsvText.Quote(texts.Get(r.IsOverseas ? "Engage.Leads.Overseas" : "Engage.Leads.Domestic"))).Append(',')
                    .Append(CsvText.Quote(r.ContactName)).Append(',').Append(CsvText.Quote(r.Phone)).Append(',').Append(CsvText.Quote(r.Email)).Append(',')
                    .Append(r.Views.ToString(CultureInfo.InvariantCulture)).Append(',').Append(r.AverageSeconds.ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(DisplayTime.Seconds(r.FavoritedAt)).Append(',').Append(r.LastViewAt is { } l ? DisplayTime.Seconds(l) : "").Append("\r\n");
            }

            return (byte[])[.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
        }

        private async Task<Result<List<LeadRow>>> QueryAsync(Filter f, int skip, int take, CancellationToken ct)
        {
            if (me.EnterpriseId is not { } enterpriseId)
            {
                return Error.Forbidden();
            }

            var favorites = db.Set<Favorite>().AsNoTracking().Where(x => x.EnterpriseId == enterpriseId);
            if (!me.IsInRole(Roles.ExhibitorAdmin))
            {
                var zones = await db.Set<AccountZone>().Where(z => z.UserId == me.UserId).Select(z => (long?)z.ZoneId).ToListAsync(ct);
                favorites = favorites.Where(x => x.Kind != EngageKind.Product || zones.Contains(x.ZoneId));
            }

            if (!string.IsNullOrWhiteSpace(f.Kind))
            {
                if (EngageKinds.Parse(f.Kind) is not { } kind)
                {
                    return Error.Invalid("kind", texts.Get("Engage.Invalid.Kind"));
                }

                favorites = favorites.Where(x => x.Kind == kind);
            }

            if (f.ItemId is { } item)
            {
                favorites = favorites.Where(x => x.ItemId == item);
            }

            if (f.From is { } from)
            {
                var start = DisplayTime.StartOf(from).ToUniversalTime();
                favorites = favorites.Where(x => x.CreatedAt >= start);
            }

            if (f.To is { } to)
            {
                var end = DisplayTime.StartOf(to.AddDays(1)).ToUniversalTime();
                favorites = favorites.Where(x => x.CreatedAt < end);
            }

            var q = from fav in favorites
                    join u in db.Users on fav.UserId equals u.Id
                    from v in db.Set<ItemView>().Where(v => v.UserId == fav.UserId && v.Kind == fav.Kind && v.ItemId == fav.ItemId).DefaultIfEmpty()
                    select new
                    {
                        fav.Id,
                        fav.Kind,
                        fav.ItemId,
                        fav.CreatedAt,
                        u.UserName,
                        u.DisplayName,
                        u.RealName,
                        u.PhoneNumber,
                        u.Email,
                        BuyerEnterpriseId = u.EnterpriseId,
                        u.IsOverseas,
                        Views = v == null ? 0 : v.Views,
                        Seconds = v == null ? 0 : v.Seconds,
                        LastAt = v == null ? (DateTimeOffset?)null : v.LastAt,
                    };
            if (!string.IsNullOrWhiteSpace(f.Buyer))
            {
                var buyer = f.Buyer.Trim();
                q = q.Where(x => x.DisplayName.Contains(buyer) || x.UserName!.Contains(buyer) || (x.RealName != null && x.RealName.Contains(buyer)));
            }

            q = f.Sort?.ToLowerInvariant() switch
            {
                "views" => q.OrderByDescending(x => x.Views).ThenByDescending(x => x.Id),
                "favorited" => q.OrderByDescending(x => x.Id),
                null or "" or "lastview" => q.OrderByDescending(x => x.LastAt != null).ThenByDescending(x => x.LastAt).ThenByDescending(x => x.Id),
                _ => q.OrderByDescending(x => x.LastAt != null).ThenByDescending(x => x.LastAt).ThenByDescending(x => x.Id),
            };
            var rows = await q.Skip(skip).Take(take).ToListAsync(ct);

            var companyIds = rows.Where(r => r.BuyerEnterpriseId is not null).Select(r => r.BuyerEnterpriseId!.Value).Distinct().ToList();
            var companies = await db.Set<Enterprise>().AsNoTracking().Where(e => companyIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => (e.NameZh, e.NameEn), ct);
            var names = new Dictionary<(EngageKind, long), ItemCard>();
            foreach (var g in rows.GroupBy(r => r.Kind))
            {
                foreach (var (id, card) in await cards.ReadAsync(g.Key, [.. g.Select(r => r.ItemId)], ct))
                {
                    names[(g.Key, id)] = card;
                }
            }

            return rows.Select(r =>
            {
                var card = names.GetValueOrDefault((r.Kind, r.ItemId));
                var company = r.BuyerEnterpriseId is { } e && companies.TryGetValue(e, out var c) ? c : ((string?)null, (string?)null);
                return new LeadRow(
                    r.Id, r.Kind, r.ItemId, card?.NameZh ?? "", card?.NameEn ?? "", r.DisplayName, r.UserName ?? "", r.BuyerEnterpriseId is not null, company.Item1, company.Item2,
                    r.IsOverseas, r.RealName, Mask.Phone(r.PhoneNumber), Mask.Email(r.Email), r.Views, r.Views > 0 ? r.Seconds / r.Views : 0, r.CreatedAt, r.LastAt);
            }).ToList();
        }
    }

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/enterprise/leads", async (string? kind, long? item, DateOnly? from, DateOnly? to, string? buyer, string? sort, int? page, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.ListAsync(new Filter(kind, item, from, to, buyer, sort), page, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Exhibitor).WithTags("Engagement")
            .WithSummary("Leads (ORD-4): buyers who favorited the enterprise's products, showcase or booth; filters kind, item, from/to, buyer; sort lastview|views|favorited; page.");
        api.MapGet("/enterprise/leads/export.csv", async (string? kind, long? item, DateOnly? from, DateOnly? to, string? buyer, string? sort, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.ExportAsync(new Filter(kind, item, from, to, buyer, sort), ct)).ToHttp(http, v => TypedResults.File(v, "text/csv; charset=utf-8", "leads.csv")))
            .RequireAuthorization(Policies.Exhibitor).WithTags("Engagement").WithSummary("Leads with the same filters as CSV, contacts masked (ORD-4).");
    }
}

/// <summary>Masked contact details for leads: the exhibitor learns that a contact exists, not the contact itself.</summary>
internal static class Mask
{
    /// <summary>13812345678 → 138****5678; shorter numbers keep only the last two digits.</summary>
    public static string? Phone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var digits = phone.Trim();
        return digits.Length >= 8 ? $"{digits[..3]}****{digits[^4..]}" : digits.Length > 2 ? $"****{digits[^2..]}" : "****";
    }

    /// <summary>alice@example.com → a***@example.com.</summary>
    public static string? Email(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 ? "***" : $"{email[0]}***{email[at..]}";
    }
}

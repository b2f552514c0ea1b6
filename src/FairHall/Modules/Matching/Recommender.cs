using FairHall.Modules.Catalog;
using FairHall.Modules.Catalog.Booths;
using FairHall.Modules.Discovery;
using FairHall.Modules.Exhibitors;
using FairHall.Modules.Exhibitors.Onboarding;
using FairHall.Modules.Exhibitors.Showcase;
using FairHall.Modules.Packages;
using FairHall.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Matching;

/// <summary>One recommended exhibitor, booth or product with the one-line reason (the best matched interest).</summary>
public sealed record Recommendation(string Kind, long Id, long EnterpriseId, string NameZh, string NameEn, string Link, int Score, string ReasonZh, string ReasonEn);

/// <summary>What /my/recommendations shows; <see cref="NeedsInterests"/> asks the buyer to pick interests first.</summary>
public sealed record Recommendations(bool NeedsInterests, IReadOnlyList<Recommendation> Exhibitors, IReadOnlyList<Recommendation> Booths, IReadOnlyList<Recommendation> Products)
{
    public static readonly Recommendations Empty = new(true, [], [], []);
}

/// <summary>
/// BUY-3 recommendations, deterministic and bounded (docs/adr "recommendations"): each interest tag fetches at most
/// <see cref="PerTag"/> public products through an index (zone; session + category; tag + value), newest first; a
/// product scores the sum of the weights of the distinct tags it matched (option 3, category 2, zone 1); ties go to
/// the newer product. At most <see cref="PerExhibitor"/> products of one exhibitor are shown. Exhibitors (displayable
/// showcase) score the distinct tags their candidate products matched plus the industry (2) when their registered
/// industry is the buyer's; booths (approved) of those exhibitors score the same plus 1 per interest named in the
/// booth's own tags or categories. The reason is the heaviest matched interest, the buyer's order breaking ties.
/// </summary>
internal sealed class Recommender(FairHallDbContext db, InterestVocabulary vocabulary, TimeProvider clock)
{
    public const int PerTag = 100;
    public const int PerExhibitor = 2;
    public const int ProductCount = 12;
    public const int ExhibitorCount = 8;
    public const int BoothCount = 8;
    public const int IndustryWeight = 2;
    public const int BoothTagWeight = 1;

    public static int Weight(InterestKind kind) => kind switch
    {
        InterestKind.Option => 3,
        InterestKind.Category => 2,
        InterestKind.Zone => 1,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private sealed record Reason(int Weight, int Order, string Zh, string En)
    {
        public static Reason Of(InterestTag t, int order) => new(Recommender.Weight(t.Kind), order, $"匹配您的兴趣：{t.LabelZh}", $"Matches your interest: {t.LabelEn}");

        public static Reason Industry(Industry i) => new(IndustryWeight, -1, $"匹配您的行业：{i.Zh}", $"Matches your industry: {i.En}");

        /// <summary>The heaviest reason; among equals the one the buyer listed first (the industry before tags).</summary>
        public static Reason Best(IEnumerable<Reason> reasons) => reasons.OrderByDescending(r => r.Weight).ThenBy(r => r.Order).First();
    }

    public async Task<Recommendations> ForUserAsync(long userId, CancellationToken ct)
    {
        var interest = await db.Set<BuyerInterest>().AsNoTracking().FirstOrDefaultAsync(i => i.UserId == userId, ct);
        return interest is null ? Recommendations.Empty : await ForAsync(interest.Industry, interest.Tags, ct);
    }

    public async Task<Recommendations> ForAsync(string? industryCode, IReadOnlyList<string> tagKeys, CancellationToken ct)
    {
        var industry = Industries.Find(industryCode);
        if ((tagKeys.Count == 0 && industry is null) || await Sessions.CurrentAsync(db, clock, ct) is not { } session)
        {
            return Recommendations.Empty;
        }

        var known = await vocabulary.ResolveAsync(session.Id, tagKeys, ct);
        var tags = tagKeys.Where(known.ContainsKey).Select((k, i) => (Tag: known[k], Order: i)).ToList();
        if (tags.Count == 0 && industry is null)
        {
            return Recommendations.Empty;
        }

        // Product candidates: a bounded slice per tag, each through an index.
        var hits = new Dictionary<long, Dictionary<string, Reason>>();
        foreach (var (tag, order) in tags)
        {
            foreach (var id in await CandidatesAsync(session.Id, tag, ct))
            {
                (hits.TryGetValue(id, out var r) ? r : hits[id] = [])[tag.Key] = Reason.Of(tag, order);
            }
        }

        var ids = hits.Keys.ToList();
        var products = await db.Set<Product>().AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.EnterpriseId, p.NameZh, p.NameEn }).ToListAsync(ct);
        var scored = products.Select(p => (p.Id, p.EnterpriseId, p.NameZh, p.NameEn, Score: hits[p.Id].Values.Sum(r => r.Weight), Reason: Reason.Best(hits[p.Id].Values)))
            .OrderByDescending(p => p.Score).ThenByDescending(p => p.Id).ToList();
        var perExhibitor = new Dictionary<long, int>();
        var productList = new List<Recommendation>();
        foreach (var p in scored)
        {
            var n = perExhibitor.GetValueOrDefault(p.EnterpriseId);
            if (n >= PerExhibitor)
            {
                continue;
            }

            perExhibitor[p.EnterpriseId] = n + 1;
            productList.Add(new("product", p.Id, p.EnterpriseId, p.NameZh, p.NameEn, $"/products/{p.Id}", p.Score, p.Reason.Zh, p.Reason.En));
            if (productList.Count == ProductCount)
            {
                break;
            }
        }

        // Exhibitors: the distinct interests their candidate products matched, plus the industry.
        var enterprises = scored.GroupBy(p => p.EnterpriseId).ToDictionary(
            g => g.Key,
            g => (Reasons: g.SelectMany(p => hits[p.Id]).GroupBy(kv => kv.Key).Select(kv => kv.First().Value).ToList(), Products: g.Count()));
        if (industry is not null)
        {
            var zh = industry.Zh;
            var same = await db.Set<CiftisRegistration>().AsNoTracking().Where(r => r.Industry == zh && r.EnterpriseId != null)
                .OrderBy(r => r.Id).Select(r => r.EnterpriseId!.Value).Take(PerTag).ToListAsync(ct);
            foreach (var e in same.Distinct())
            {
                var entry = enterprises.TryGetValue(e, out var found) ? found : ([], 0);
                entry.Reasons.Add(Reason.Industry(industry));
                enterprises[e] = entry;
            }
        }

        var candidateIds = enterprises.Keys.ToList();
        var displayable = await db.Set<EnterpriseShowcase>().AsNoTracking()
            .Where(s => candidateIds.Contains(s.EnterpriseId) && s.Status == ShowcaseStatus.Displayable).Select(s => s.EnterpriseId).ToListAsync(ct);
        var names = await db.Set<Enterprise>().AsNoTracking().Where(e => candidateIds.Contains(e.Id))
            .Select(e => new { e.Id, e.NameZh, e.NameEn }).ToDictionaryAsync(e => e.Id, ct);
        var exhibitorList = displayable.Where(names.ContainsKey)
            .Select(e => (Id: e, Score: enterprises[e].Reasons.Sum(r => r.Weight), enterprises[e].Products, Reason: Reason.Best(enterprises[e].Reasons)))
            .OrderByDescending(e => e.Score).ThenByDescending(e => e.Products).ThenBy(e => e.Id).Take(ExhibitorCount)
            .Select(e => new Recommendation("exhibitor", e.Id, e.Id, names[e.Id].NameZh, names[e.Id].NameEn, $"/showcase/{e.Id}", e.Score, e.Reason.Zh, e.Reason.En))
            .ToList();

        // Booths: approved booths of the candidate exhibitors, plus their own tags and categories.
        var booths = await db.Set<Booth>().AsNoTracking().Where(b => candidateIds.Contains(b.EnterpriseId) && b.Status == BoothStatus.Approved)
            .Select(b => new { b.Id, b.EnterpriseId, b.Name, b.Tags, b.Categories }).ToListAsync(ct);
        var boothList = booths.Select(b =>
            {
                var words = b.Tags.Concat(b.Categories).Select(w => w.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
                var own = tags.Where(t => words.Contains(t.Tag.Value) || words.Contains(t.Tag.LabelEn)).Select(t => Reason.Of(t.Tag, t.Order) with { Weight = BoothTagWeight });
                var reasons = enterprises[b.EnterpriseId].Reasons.Concat(own).ToList();
                return (b.Id, b.EnterpriseId, b.Name, Score: reasons.Sum(r => r.Weight), Reason: Reason.Best(reasons));
            })
            .OrderByDescending(b => b.Score).ThenBy(b => b.Id).Take(BoothCount)
            .Select(b => new Recommendation("booth", b.Id, b.EnterpriseId, b.Name, b.Name, $"/showcase/{b.EnterpriseId}", b.Score, b.Reason.Zh, b.Reason.En))
            .ToList();

        return new Recommendations(false, exhibitorList, boothList, productList);
    }

    /// <summary>At most <see cref="PerTag"/> public product ids for one tag, newest first, each query on an index.</summary>
    private async Task<List<long>> CandidatesAsync(long sessionId, InterestTag tag, CancellationToken ct)
    {
        var products = db.Set<Product>().AsNoTracking().Where(PublicProducts.Rule);
        switch (tag.Kind)
        {
            case InterestKind.Zone:
                var zoneId = tag.ZoneId!.Value;
                return await products.Where(p => p.ZoneId == zoneId).OrderByDescending(p => p.Id).Select(p => p.Id).Take(PerTag).ToListAsync(ct);
            case InterestKind.Category:
                var category = tag.Value;
                return await products.Where(p => p.SessionId == sessionId && p.Category == category).OrderByDescending(p => p.Id).Select(p => p.Id).Take(PerTag).ToListAsync(ct);
            default:
                var tagId = tag.ZoneTagId!.Value;
                var value = tag.Value;
                return await db.Set<ProductTagValue>().AsNoTracking().Where(v => v.ZoneTagId == tagId && v.Value == value)
                    .Join(products, v => v.ProductId, p => p.Id, (v, p) => p.Id)
                    .OrderByDescending(id => id).Take(PerTag).ToListAsync(ct);
        }
    }
}

using FairHall.Modules.Catalog;
using FairHall.Modules.Exhibitors;
using FairHall.Modules.Exhibitors.Showcase;
using FairHall.Platform.Data;
using FairHall.Platform.Outbox;
using FairHall.Platform.Search;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Discovery;

/// <summary>
/// Something that decides whether or how an enterprise's exhibitor entry or booth is found changed: its showcase
/// (displayable, banned, edited), its booth (approved, back in review), its name, or one of its products (the
/// exhibitor needs a public product).
/// </summary>
public sealed record DirectoryChanged(long EnterpriseId) : IOutboxEvent;

/// <summary>
/// Keeps <c>search_exhibitors</c> and <c>search_booths</c> (and their term tables) in step with showcases and booths,
/// by the rules of <see cref="PublicDirectory"/>; from the outbox and from <c>search-rebuild</c>.
/// </summary>
internal sealed class DirectoryIndexer(FairHallDbContext db, ISearchTermStore terms) : IOutboxHandler<DirectoryChanged>
{
    public const string Exhibitors = "search_exhibitors";
    public const string Booths = "search_booths";
    public const int BatchSize = 500;

    public Task HandleAsync(DirectoryChanged evt, CancellationToken ct) => RefreshAsync([evt.EnterpriseId], ct);

    /// <summary>Writes or removes the exhibitor and booth rows of these enterprises from what showcases and booths say now.</summary>
    public async Task RefreshAsync(IReadOnlyList<long> enterpriseIds, CancellationToken ct)
    {
        var ids = enterpriseIds.Distinct().ToList();
        var oldExhibitors = await db.Set<SearchExhibitor>().Where(d => ids.Contains(d.EnterpriseId)).ToListAsync(ct);
        var oldBooths = await db.Set<SearchBooth>().Where(d => ids.Contains(d.EnterpriseId)).ToListAsync(ct);
        await terms.DeleteAsync([.. oldExhibitors.Select(d => d.DocKey)], ct, Exhibitors);
        await terms.DeleteAsync([.. oldBooths.Select(d => d.DocKey)], ct, Booths);
        db.RemoveRange(oldExhibitors);
        db.RemoveRange(oldBooths);
        await db.SaveChangesAsync(ct);

        var publicIds = await PublicDirectory.Exhibitors(db).Where(id => ids.Contains(id)).ToListAsync(ct);
        var showcases = await db.Set<EnterpriseShowcase>().AsNoTracking().Where(s => publicIds.Contains(s.EnterpriseId))
            .Join(db.Set<Enterprise>().AsNoTracking(), s => s.EnterpriseId, e => e.Id, (s, e) => new { Showcase = s, e.NameZh, e.NameEn }).ToListAsync(ct);
        var listed = await db.Set<Product>().AsNoTracking().Where(p => publicIds.Contains(p.EnterpriseId) && p.Status == ProductStatus.Listed && !p.IsHidden)
            .GroupBy(p => p.EnterpriseId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var exhibitors = showcases.Select(x =>
        {
            var s = x.Showcase;
            var row = new SearchExhibitor
            {
                EnterpriseId = s.EnterpriseId,
                DocKey = SearchProduct.KeyOf(Math.Min(listed.GetValueOrDefault(s.EnterpriseId), 100_000), s.EnterpriseId),
                NameZh = Cut(x.NameZh, 200),
                NameEn = Cut(x.NameEn, 300),
                MainProductsZh = Cut(s.MainProductsZh, 200),
                MainProductsEn = Cut(s.MainProductsEn, 300),
                LogoMediaId = s.LogoMediaId,
            };
            return (Row: row, Terms: Tokenizer.IndexTerms(x.NameZh, x.NameEn, s.MainProductsZh, s.MainProductsEn, s.IntroZh, s.IntroEn));
        }).ToList();

        var booths = (await PublicDirectory.Booths(db).Where(b => ids.Contains(b.EnterpriseId)).ToListAsync(ct)).Select(b =>
        {
            var region = string.Join(" ", new[] { b.Country, b.Province, b.City }.Where(r => !string.IsNullOrWhiteSpace(r)).Distinct());
            var row = new SearchBooth
            {
                BoothId = b.Id,
                DocKey = SearchProduct.KeyOf((b.BannerMediaIds.Count > 0 ? 2 : 0) + (b.VideoMediaIds.Count > 0 ? 1 : 0), b.Id),
                EnterpriseId = b.EnterpriseId,
                Name = b.Name,
                Intro = Cut(b.Intro, 200),
                Region = Cut(region, 200),
                Tags = Cut(string.Join(" · ", b.Tags), 300),
                OfflineBoothNumber = b.OfflineBoothNumber,
                LogoMediaId = b.LogoMediaId,
            };
            return (Row: row, Terms: Tokenizer.IndexTerms([b.Name, b.Intro, b.MainBusiness, region, b.OfflineBoothNumber, .. b.Tags, .. b.Categories]));
        }).ToList();

        db.AddRange(exhibitors.Select(x => x.Row));
        db.AddRange(booths.Select(x => x.Row));
        await db.SaveChangesAsync(ct);
        await terms.InsertAsync([.. exhibitors.Select(x => (x.Row.DocKey, x.Terms))], ct, Exhibitors);
        await terms.InsertAsync([.. booths.Select(x => (x.Row.DocKey, x.Terms))], ct, Booths);
    }

    /// <summary>Empties both indexes and fills them again, <see cref="BatchSize"/> enterprises at a time.</summary>
    public async Task<(int Exhibitors, int Booths)> RebuildAsync(CancellationToken ct)
    {
        await terms.ClearAsync(ct, Exhibitors);
        await terms.ClearAsync(ct, Booths);
        await db.Set<SearchExhibitor>().ExecuteDeleteAsync(ct);
        await db.Set<SearchBooth>().ExecuteDeleteAsync(ct);
        long after = 0;
        while (true)
        {
            var ids = await db.Set<Enterprise>().AsNoTracking().Where(e => e.Id > after).OrderBy(e => e.Id).Select(e => e.Id).Take(BatchSize).ToListAsync(ct);
            if (ids.Count == 0)
            {
                break;
            }

            await using (var tx = await db.Database.BeginTransactionAsync(ct))
            {
                await RefreshAsync(ids, ct);
                await tx.CommitAsync(ct);
            }

            db.ChangeTracker.Clear();
            after = ids[^1];
        }

        return (await db.Set<SearchExhibitor>().CountAsync(ct), await db.Set<SearchBooth>().CountAsync(ct));
    }

    private static string Cut(string? text, int max) => text is null ? "" : text.Length > max ? text[..max] : text;
}

using FairHall.Modules.Catalog;
using FairHall.Modules.Reviews;
using FairHall.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Exhibitors.Showcase;

/// <summary>Enterprise info as the admin sees it: the fields, the status with its reason, and the completeness meter.</summary>
public sealed record ShowcaseView(
    long EnterpriseId, string NameZh, string NameEn, ShowcaseStatus Status, string? StatusReason, bool InReview,
    ShowcaseDetails Details, IReadOnlyList<string> Missing, IReadOnlyList<string> Suggestions, int CompletenessPercent,
    bool CanCreateProducts, int ListedProducts, bool IsPublic, int? VideoLimit, long Version);

/// <summary>The public preview of a showcase (CAT-1: Displayable and at least one listed product).</summary>
public sealed record PublicShowcaseView(
    long EnterpriseId, string NameZh, string NameEn, string IntroZh, string IntroEn, string MainProductsZh, string MainProductsEn,
    long? LogoMediaId, IReadOnlyList<long> ImageMediaIds, IReadOnlyList<long> VideoMediaIds, string? Website, int? FoundedYear, string? Employees,
    string ContactName, string ContactPhone, string ContactEmail, string AddressZh, string AddressEn, IReadOnlyList<PublicProduct> Products);

public sealed record PublicProduct(long Id, string NameZh, string NameEn, string Category, long? MarketPriceFen);

/// <summary>Loads showcases and the facts their rules depend on (listed products, review state).</summary>
internal sealed class Showcases(FairHallDbContext db, ReviewQueue queue)
{
    /// <summary>The enterprise's showcase, tracked; a new (Incomplete, unsaved) one when it has none yet.</summary>
    public async Task<EnterpriseShowcase> OfAsync(long enterpriseId, DateTimeOffset now, CancellationToken ct) =>
        await db.Set<EnterpriseShowcase>().FirstOrDefaultAsync(s => s.EnterpriseId == enterpriseId, ct) ?? new EnterpriseShowcase(enterpriseId, now);

    public Task<int> ListedProductsAsync(long enterpriseId, CancellationToken ct) =>
        db.Set<Product>().CountAsync(p => p.EnterpriseId == enterpriseId && p.Status == ProductStatus.Listed, ct);

    public async Task<bool> InReviewAsync(EnterpriseShowcase s, CancellationToken ct)
    {
        if (s.Id == 0)
        {
            return false;
        }

        var round = await db.Set<ShowcaseReviewRound>().AsNoTracking().Where(r => r.ShowcaseId == s.Id).OrderByDescending(r => r.Id).Select(r => (long?)r.Id).FirstOrDefaultAsync(ct);
        return round is { } id && await queue.FindAsync(ShowcaseReviewHandler.Type, id, ct) is { Status: ReviewStatus.Pending or ReviewStatus.Claimed };
    }

    /// <summary>The enterprise's media library for the pickers of the edit page (newest first).</summary>
    public async Task<IReadOnlyList<Catalog.Media.MediaRef>> LibraryAsync(long enterpriseId, CancellationToken ct) =>
        [.. (await db.Set<Catalog.Media.MediaAsset>().AsNoTracking().Where(a => a.EnterpriseId == enterpriseId)
            .OrderByDescending(a => a.Id).Take(500).ToListAsync(ct)).Select(a => a.ToRef())];

    public async Task<ShowcaseView> ViewAsync(EnterpriseShowcase s, int? videoLimit, CancellationToken ct)
    {
        var enterprise = await db.Set<Enterprise>().AsNoTracking().FirstAsync(e => e.Id == s.EnterpriseId, ct);
        var listed = await ListedProductsAsync(s.EnterpriseId, ct);
        return new ShowcaseView(
            s.EnterpriseId, enterprise.NameZh, enterprise.NameEn, s.Status, s.StatusReason, await InReviewAsync(s, ct), s.Details, s.Missing(), s.Suggestions(),
            s.CompletenessPercent(), ShowcaseGate.Allows(s.Status), listed, s.IsPublic(listed > 0), videoLimit, s.Version);
    }
}

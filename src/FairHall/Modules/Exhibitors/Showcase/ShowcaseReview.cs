using FairHall.Modules.Catalog.Media;
using FairHall.Modules.Exhibitors.Onboarding;
using FairHall.Modules.Reviews;
using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Exhibitors.Showcase;

/// <summary>
/// One review round of enterprise info: the queue treats approval as final, but every later complete save
/// must be reviewed again, so the queue's subject is the round (as for products, ADR 0016).
/// </summary>
public sealed class ShowcaseReviewRound
{
    private ShowcaseReviewRound()
    {
    }

    public ShowcaseReviewRound(long showcaseId, DateTimeOffset now)
    {
        ShowcaseId = showcaseId;
        StartedAt = now;
    }

    public long Id { get; private set; }
    public long ShowcaseId { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
}

internal sealed class ShowcaseReviewRoundConfiguration : IEntityTypeConfiguration<ShowcaseReviewRound>
{
    public void Configure(EntityTypeBuilder<ShowcaseReviewRound> b)
    {
        b.ToTable("showcase_review_rounds");
        b.HasOne<EnterpriseShowcase>().WithMany().HasForeignKey(x => x.ShowcaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>
/// Enterprise info is reviewed by the enterprise's delegation (seed 000 §二(三): 展商及展品信息经审核…); a CIFTIS
/// enterprise without a delegation by the institution that invited it. Approval makes 待整改 info displayable
/// again; rejection makes it 待整改 with the reason (ADR 0017).
/// </summary>
internal sealed class ShowcaseReviewHandler(FairHallDbContext db) : IReviewSubjectHandler
{
    public const string Type = "enterprise_info";

    public string SubjectType => Type;

    public string NameZh => "企业信息";

    public string NameEn => "Enterprise info";

    public async Task<Result<ReviewNotice>> OnMovedAsync(ReviewItem item, ReviewAction action, string? reason, DateTimeOffset now, CancellationToken ct)
    {
        if (action is not (ReviewAction.Approve or ReviewAction.Reject))
        {
            return new ReviewNotice([], null);
        }

        var round = await db.Set<ShowcaseReviewRound>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == item.SubjectId, ct);
        var showcase = round is null ? null : await db.Set<EnterpriseShowcase>().FirstOrDefaultAsync(s => s.Id == round.ShowcaseId, ct);
        if (showcase is null)
        {
            return Error.NotFound();
        }

        if ((action == ReviewAction.Approve ? showcase.Approve(now) : showcase.Reject(reason ?? "", now)) is { } illegal)
        {
            return illegal;
        }

        return new ReviewNotice(await EnterpriseContacts.AdminsAsync(db, showcase.EnterpriseId, ct), "/enterprise/showcase");
    }
}

/// <summary>Sends complete enterprise info to its reviewer (adds to the caller's unit of work).</summary>
internal sealed class ShowcaseReviewSubmitter(FairHallDbContext db, ReviewQueue queue, IMediaLookup media, TimeProvider clock)
{
    public async Task<Error?> SubmitAsync(EnterpriseShowcase s, Enterprise enterprise, CancellationToken ct)
    {
        var (kind, org) = await ReviewerOfAsync(enterprise, ct);
        if (org is null)
        {
            return null; // no delegation and no inviting institution: nobody reviews (the organizer may still ban)
        }

        var round = await db.Set<ShowcaseReviewRound>().Where(r => r.ShowcaseId == s.Id).OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        var last = round is null ? null : await queue.FindAsync(ShowcaseReviewHandler.Type, round.Id, ct);
        if (round is null || last?.Status == ReviewStatus.Approved)
        {
            round = new ShowcaseReviewRound(s.Id, clock.GetUtcNow());
            db.Add(round);
            await db.SaveChangesAsync(ct);
        }

        // What the reviewer judges (CAT-1/4): every field, the logo, images and videos as thumbnails, the map declaration with its document.
        var found = await media.FindAsync(s.EnterpriseId, [.. s.LogoMediaId is { } logo ? new[] { logo } : [], .. s.ImageMediaIds, .. s.VideoMediaIds,
            .. s.MapDocumentMediaId is { } d ? new[] { d } : []], ct);
        string Urls(IEnumerable<long> ids) => string.Join("\n", ids.Where(found.ContainsKey).Select(id => found[id].Url));
        var snapshot = new ReviewSnapshot(
        [
            new("Enterprise", "企业名称", "Enterprise", $"{enterprise.NameZh} / {enterprise.NameEn}"),
            new("Logo", "企业标志", "Logo", Urls(s.LogoMediaId is { } l ? [l] : []), Kind: SnapshotKinds.Images),
            new("IntroZh", "企业简介（中文）", "Introduction (Chinese)", s.IntroZh ?? ""),
            new("IntroEn", "企业简介（英文）", "Introduction (English)", s.IntroEn ?? ""),
            new("MainProductsZh", "主营产品（中文）", "Main products (Chinese)", s.MainProductsZh ?? ""),
            new("MainProductsEn", "主营产品（英文）", "Main products (English)", s.MainProductsEn ?? ""),
            new("Images", "企业图片", "Images", Urls(s.ImageMediaIds), Kind: SnapshotKinds.Images),
            new("Videos", "企业视频", "Videos", Urls(s.VideoMediaIds), Kind: SnapshotKinds.Videos),
            new("Contact", "联系人", "Contact", $"{s.ContactName} {s.ContactPhone} {s.ContactEmail}"),
            new("AddressZh", "地址（中文）", "Address (Chinese)", s.AddressZh ?? ""),
            new("AddressEn", "地址（英文）", "Address (English)", s.AddressEn ?? ""),
            new("Website", "官网", "Website", s.Website ?? ""),
            new("ContainsMap", "是否包含地图", "Contains a map", s.ContainsMap == true ? $"是 / Yes · 审图号 / Approval no. {s.MapApprovalNumber}" : "否 / No"),
            new("MapDocument", "地图审核文件", "Map approval document", s.ContainsMap == true ? Urls(s.MapDocumentMediaId is { } m ? [m] : []) : "", Kind: SnapshotKinds.Link),
        ]);
        var submitted = await queue.SubmitAsync(new ReviewSubmission(
            ShowcaseReviewHandler.Type, round.Id, kind, org.Value, enterprise.Id, enterprise.NameZh, enterprise.NameEn,
            $"{enterprise.NameZh} {enterprise.NameEn}", snapshot), ct);
        return submitted.IsSuccess ? null : submitted.Error;
    }

    private async Task<(ReviewerKind Kind, long? Org)> ReviewerOfAsync(Enterprise enterprise, CancellationToken ct)
    {
        if (enterprise.DelegationId is { } delegation)
        {
            return (ReviewerKind.Delegation, delegation);
        }

        var institution = await db.Set<CiftisRegistration>().AsNoTracking().Where(r => r.EnterpriseId == enterprise.Id)
            .Select(r => (long?)r.InstitutionId).FirstOrDefaultAsync(ct);
        return (ReviewerKind.Institution, institution);
    }
}

using FairHall.Modules.Catalog.Media;
using FairHall.Modules.Exhibitors;
using FairHall.Modules.Exhibitors.Onboarding;
using FairHall.Modules.Reviews;
using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Catalog.Booths;

/// <summary>A booth as its exhibitor sees it.</summary>
public sealed record BoothView(long Id, long EnterpriseId, BoothStatus Status, string? StatusReason, bool IsPublic, BoothArea? FixedArea, BoothDetails Details, long Version)
{
    public static BoothView Of(Booth b, BoothArea? fixedArea) => new(b.Id, b.EnterpriseId, b.Status, b.StatusReason, b.IsPublic, fixedArea, b.Details, b.Version);
}

/// <summary>
/// The booth's reviewer is the institution that invited the exhibitor (谁邀请谁审核, seed 003): the institution of
/// its approved CIFTIS registration. Approval shows the booth; rejection keeps it hidden with the reason.
/// </summary>
internal sealed class BoothReviewHandler(FairHallDbContext db) : IReviewSubjectHandler
{
    public const string Type = "booth";

    public string SubjectType => Type;

    public string NameZh => "展台";

    public string NameEn => "Booth";

    public async Task<Result<ReviewNotice>> OnMovedAsync(ReviewItem item, ReviewAction action, string? reason, DateTimeOffset now, CancellationToken ct)
    {
        if (action is not (ReviewAction.Approve or ReviewAction.Reject))
        {
            return new ReviewNotice([], null);
        }

        var round = await db.Set<BoothReviewRound>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == item.SubjectId, ct);
        var booth = round is null ? null : await db.Set<Booth>().FirstOrDefaultAsync(b => b.Id == round.BoothId, ct);
        if (booth is null)
        {
            return Error.NotFound();
        }

        if ((action == ReviewAction.Approve ? booth.Approve(now) : booth.Reject(reason ?? "", now)) is { } illegal)
        {
            return illegal;
        }

        return new ReviewNotice(await EnterpriseContacts.AdminsAsync(db, booth.EnterpriseId, ct), "/enterprise/booth");
    }
}

/// <summary>Who may apply, the booth's media checks and its way into the review queue.</summary>
internal sealed class BoothDesk(FairHallDbContext db, ReviewQueue queue, IMediaLookup media, TextCatalog texts, TimeProvider clock)
{
    private static readonly string[] BoothImageTypes = ["image/png", "image/jpeg", "image/gif", "image/bmp"];

    /// <summary>The enterprise's approved CIFTIS registration (institution and sub-venue), or the refusal.</summary>
    public async Task<Result<CiftisRegistration>> RegistrationAsync(long enterpriseId, CancellationToken ct)
    {
        var registration = await db.Set<CiftisRegistration>().AsNoTracking().FirstOrDefaultAsync(r => r.EnterpriseId == enterpriseId, ct);
        return registration is { Status: CiftisStatus.Approved } ? registration : Error.Rule("booth_not_ciftis_exhibitor");
    }

    /// <summary>CAT-7 media limits: logo one image, 1–5 banner images (png/jpg/gif/bmp ≤2 MB), ≤2 videos ≤150 MB, all the enterprise's own.</summary>
    public async Task<Error?> CheckMediaAsync(long enterpriseId, BoothForm form, CancellationToken ct)
    {
        var wanted = new List<(string Field, long Id, MediaKind Kind, long MaxBytes)> { ("LogoMediaId", form.LogoMediaId!.Value, MediaKind.Image, BoothLimits.ImageBytes) };
        wanted.AddRange((form.BannerMediaIds ?? []).Select(id => ("BannerMediaIds", id, MediaKind.Image, BoothLimits.ImageBytes)));
        wanted.AddRange((form.VideoMediaIds ?? []).Select(id => ("VideoMediaIds", id, MediaKind.Video, BoothLimits.VideoBytes)));
        var found = await media.FindAsync(enterpriseId, [.. wanted.Select(w => w.Id).Distinct()], ct);
        var fields = new Dictionary<string, string[]>();
        foreach (var (field, id, kind, max) in wanted)
        {
            var message = !found.TryGetValue(id, out var m) ? texts.Get("Showcase.Field.MediaUnknown")
                : m.Kind != kind || (kind == MediaKind.Image && !BoothImageTypes.Contains(m.ContentType)) ? texts.Get($"Booth.Field.Kind.{kind}")
                : m.Size > max ? texts.Get($"Booth.Field.Size.{kind}")
                : null;
            if (message is not null)
            {
                fields.TryAdd(field, [message]);
            }
        }

        return fields.Count == 0 ? null : Error.Invalid(fields);
    }

    /// <summary>Sends the booth to the inviting institution (adds to the caller's unit of work).</summary>
    public async Task<Error?> SubmitAsync(Booth b, Enterprise enterprise, CancellationToken ct)
    {
        var round = await db.Set<BoothReviewRound>().Where(r => r.BoothId == b.Id).OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        var last = round is null ? null : await queue.FindAsync(BoothReviewHandler.Type, round.Id, ct);
        if (round is null || last?.Status == ReviewStatus.Approved)
        {
            round = new BoothReviewRound(b.Id, clock.GetUtcNow());
            db.Add(round);
            await db.SaveChangesAsync(ct);
        }

        var snapshot = new ReviewSnapshot(
        [
            new("Name", "展台名称", "Booth name", b.Name),
            new("Website", "官网链接", "Website", b.WebsiteUrl ?? ""),
            new("Intro", "展台简介", "Introduction", b.Intro),
            new("MainBusiness", "展台主营", "Main business", b.MainBusiness),
            new("Tags", "展台标签", "Tags", string.Join("; ", b.Tags)),
            new("Area", "所属展会类型", "Area", texts.Get($"Booth.Area.{b.Area}")),
            new("OfflineBoothNumber", "线下展位编号", "Offline booth number", b.OfflineBoothNumber ?? ""),
            new("Hall3dUrl", "3D展厅链接", "3D hall link", b.Hall3dUrl ?? ""),
            new("Categories", "展品分类", "Product categories", string.Join("; ", b.Categories)),
            new("Contact", "联系信息", "Contact", $"{b.ContactName} {b.ContactPhone} {b.ContactEmail} {b.Fax}"),
            new("Region", "地区", "Region", string.Join(" ", new[] { b.Country, b.Province, b.City, b.District }.Where(s => !string.IsNullOrEmpty(s)))),
            new("Address", "详细地址", "Address", $"{b.Address} {b.Postcode}"),
            new("ShowContact", "是否展示联系信息", "Show contact", b.ShowContact ? "是 / Yes" : "否 / No"),
            new("SmartService", "智能客服", "Smart customer service", b.SmartServiceEnabled ? b.SmartServiceUrl ?? "" : "不开通 / Off"),
            new("Media", "图片 / 视频", "Images / videos", $"{b.BannerMediaIds.Count} / {b.VideoMediaIds.Count}"),
        ]);
        var submitted = await queue.SubmitAsync(new ReviewSubmission(
            BoothReviewHandler.Type, round.Id, ReviewerKind.Institution, b.InstitutionId, enterprise.Id, b.Name, enterprise.NameEn,
            $"{b.Name} {enterprise.NameZh} {enterprise.NameEn}", snapshot), ct);
        return submitted.IsSuccess ? null : submitted.Error;
    }
}

/// <summary>CAT-5: booth logo, banners and videos cannot be deleted from the library while the booth uses them.</summary>
internal sealed class BoothMediaUsage(FairHallDbContext db) : IMediaUsage
{
    public Task<bool> IsInUseAsync(long mediaId, CancellationToken ct) =>
        db.Set<Booth>().AnyAsync(b => b.LogoMediaId == mediaId || b.BannerMediaIds.Contains(mediaId) || b.VideoMediaIds.Contains(mediaId), ct);
}

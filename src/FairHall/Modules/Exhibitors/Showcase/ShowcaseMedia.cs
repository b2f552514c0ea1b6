using FairHall.Modules.Catalog.Media;
using FairHall.Modules.Packages;
using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Exhibitors.Showcase;

/// <summary>Checks that the media chosen in enterprise info are in the enterprise's own library and of the right kind.</summary>
internal sealed class ShowcaseMediaCheck(IMediaLookup media, TextCatalog texts)
{
    public async Task<Error?> CheckAsync(long enterpriseId, ShowcaseDetails d, CancellationToken ct)
    {
        var wanted = new List<(string Field, long Id, MediaKind[] Kinds)>();
        if (d.LogoMediaId is { } logo)
        {
            wanted.Add(("LogoMediaId", logo, [MediaKind.Image]));
        }

        if (d.ContainsMap == true && d.MapDocumentMediaId is { } doc)
        {
            wanted.Add(("MapDocumentMediaId", doc, [MediaKind.Document, MediaKind.Image])); // a PDF or a scan
        }

        wanted.AddRange(d.ImageMediaIds.Select(id => ("ImageMediaIds", id, new[] { MediaKind.Image })));
        wanted.AddRange(d.VideoMediaIds.Select(id => ("VideoMediaIds", id, new[] { MediaKind.Video })));
        if (wanted.Count == 0)
        {
            return null;
        }

        var found = await media.FindAsync(enterpriseId, [.. wanted.Select(w => w.Id).Distinct()], ct);
        var fields = new Dictionary<string, string[]>();
        foreach (var (field, id, kinds) in wanted)
        {
            var message = !found.TryGetValue(id, out var m) ? texts.Get("Showcase.Field.MediaUnknown")
                : !kinds.Contains(m.Kind) ? texts.Get($"Showcase.Field.MediaKind.{kinds[0]}") : null;
            if (message is not null)
            {
                fields.TryAdd(field, [message]);
            }
        }

        return fields.Count == 0 ? null : Error.Invalid(fields);
    }
}

/// <summary>CAT-5: an asset used as logo, image, video or map document of enterprise info cannot be deleted.</summary>
internal sealed class ShowcaseMediaUsage(FairHallDbContext db) : IMediaUsage
{
    public Task<bool> IsInUseAsync(long mediaId, CancellationToken ct) =>
        db.Set<EnterpriseShowcase>().AnyAsync(s => s.LogoMediaId == mediaId || s.MapDocumentMediaId == mediaId
            || s.ImageMediaIds.Contains(mediaId) || s.VideoMediaIds.Contains(mediaId), ct);
}

/// <summary>PKG-2/10: videos used in enterprise info.</summary>
internal sealed class ShowcaseVideosUsage(FairHallDbContext db) : IQuotaUsage
{
    public string Key => QuotaKeys.Videos;

    public async Task<int> CountAsync(long enterpriseId, long sessionId, CancellationToken ct) =>
        (await db.Set<EnterpriseShowcase>().AsNoTracking().Where(s => s.EnterpriseId == enterpriseId).Select(s => s.VideoMediaIds).FirstOrDefaultAsync(ct))?.Count ?? 0;
}

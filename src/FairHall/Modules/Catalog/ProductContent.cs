using System.Net;
using System.Text.RegularExpressions;
using FairHall.Modules.Catalog.Media;
using FairHall.Modules.Fairs;
using FairHall.Platform.Data;
using FairHall.Platform.Html;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Catalog;

/// <summary>
/// The checks of a product form that need the database, after the field validator: the zone parameter tags
/// (CAT-5: only tags of the chosen zone, a choice among its options, required ones filled), reported per field
/// as <c>Tags[tagId]</c>. A choice may be given in either language and is stored as the Chinese option. Images,
/// videos and the map document must be media of the same enterprise and of the right kind (CAT-5/8, images ≤2 MB);
/// the rich descriptions are sanitized (allow-list) and may hold at most 1,500 characters of text.
/// </summary>
internal sealed partial class ProductContent(FairHallDbContext db, IValidator<ProductForm> validator, IMediaLookup media, TextCatalog texts)
{
    public const int MaxTagValue = 100;
    public const long MaxImageBytes = 2 * 1024 * 1024;

    /// <summary>The form, checked and normalized, or the field errors.</summary>
    public async Task<Result<ProductForm>> CheckAsync(long enterpriseId, ProductForm form, CancellationToken ct)
    {
        // Field errors and tag errors are reported together, so the form shows every problem at once.
        var fields = (await validator.CheckAsync(form, ct))?.Fields?.ToDictionary() ?? [];
        var tags = await db.Set<ZoneTag>().AsNoTracking().Where(t => t.ZoneId == form.ZoneId).OrderBy(t => t.SortOrder).ToListAsync(ct);
        var values = CheckTags(form, tags, fields);
        await CheckMediaAsync(enterpriseId, form, fields, ct);
        var richZh = RichText.Sanitize(form.RichDescriptionZh);
        var richEn = RichText.Sanitize(form.RichDescriptionEn);
        foreach (var (field, html) in new[] { ("RichDescriptionZh", richZh), ("RichDescriptionEn", richEn) })
        {
            if (TextLength(html) > ProductForm.MaxRichText || html.Length > 20000)
            {
                fields[field] = [texts.Format("Catalog.Field.MaxLength", ProductForm.MaxRichText)];
            }
        }

        return fields.Count > 0 ? Error.Invalid(fields) : form with { Tags = values, RichDescriptionZh = richZh, RichDescriptionEn = richEn };
    }

    /// <summary>
    /// The zone parameter tags of a form against the zone's tags (CAT-5), errors added as <c>Tags[tagId]</c>; the
    /// normalized values. No database access: the CSV import calls it with tags loaded once per file.
    /// </summary>
    public List<ProductTagInput> CheckTags(ProductForm form, IReadOnlyList<ZoneTag> tags, Dictionary<string, string[]> fields)
    {
        var given = (form.Tags ?? []).Where(t => !string.IsNullOrWhiteSpace(t.Value)).GroupBy(t => t.TagId).ToDictionary(g => g.Key, g => g.First().Value!.Trim());
        List<ProductTagInput> values = [];
        foreach (var (tagId, value) in given)
        {
            var tag = tags.FirstOrDefault(t => t.Id == tagId);
            if (tag is null)
            {
                fields[$"Tags[{tagId}]"] = [texts.Get("Catalog.Field.TagNotOfZone")];
                continue;
            }

            if (tag.Kind == ZoneTagKind.Choice)
            {
                var index = tag.OptionsZh.FindIndex(o => string.Equals(o, value, StringComparison.OrdinalIgnoreCase));
                index = index >= 0 ? index : tag.OptionsEn.FindIndex(o => string.Equals(o, value, StringComparison.OrdinalIgnoreCase));
                if (index < 0)
                {
                    fields[$"Tags[{tagId}]"] = [texts.Get("Catalog.Field.TagOption")];
                    continue;
                }

                values.Add(new(tagId, tag.OptionsZh[index]));
            }
            else if (value.Length > MaxTagValue)
            {
                fields[$"Tags[{tagId}]"] = [texts.Format("Catalog.Field.MaxLength", MaxTagValue)];
            }
            else
            {
                values.Add(new(tagId, value));
            }
        }

        foreach (var missing in tags.Where(t => t.Required && !given.ContainsKey(t.Id)))
        {
            fields[$"Tags[{missing.Id}]"] = [texts.Get("Catalog.Field.Required")];
        }

        return values;
    }

    /// <summary>The field validator's errors of a form, by field (the same rules as <see cref="CheckAsync"/>), synchronously.</summary>
    public Dictionary<string, string[]> Validate(ProductForm form) =>
        validator.Validate(form).Errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());

    /// <summary>The characters a reader sees (the editor's counter): tags removed, entities decoded.</summary>
    public static int TextLength(string html) => WebUtility.HtmlDecode(Tag().Replace(html, "")).Length;

    private async Task CheckMediaAsync(long enterpriseId, ProductForm form, Dictionary<string, string[]> fields, CancellationToken ct)
    {
        var images = form.ImageIds ?? [];
        var videos = form.VideoIds ?? [];
        List<long> ids = [.. images, .. videos];
        if (form.ContainsMap == true && form.MapDocumentId is { } doc)
        {
            ids.Add(doc);
        }

        var found = await media.FindAsync(enterpriseId, ids, ct);
        if (images.Any(id => !found.TryGetValue(id, out var m) || m.Kind != MediaKind.Image))
        {
            fields.TryAdd("ImageIds", [texts.Get("Catalog.Field.NotYourImage")]);
        }
        else if (images.Any(id => found[id].Size > MaxImageBytes))
        {
            fields.TryAdd("ImageIds", [texts.Get("Catalog.Field.ImageTooLarge")]);
        }

        if (videos.Any(id => !found.TryGetValue(id, out var m) || m.Kind != MediaKind.Video))
        {
            fields.TryAdd("VideoIds", [texts.Get("Catalog.Field.NotYourVideo")]);
        }

        if (form.ContainsMap == true && form.MapDocumentId is { } d && !found.ContainsKey(d))
        {
            fields.TryAdd("MapDocumentId", [texts.Get("Catalog.Field.NotYourFile")]);
        }
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}

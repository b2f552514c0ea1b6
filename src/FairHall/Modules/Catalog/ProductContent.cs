using FairHall.Modules.Fairs;
using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Catalog;

/// <summary>
/// The checks of a product form that need the database, after the field validator: the zone parameter tags
/// (CAT-5: only tags of the chosen zone, a choice among its options, required ones filled), reported per field
/// as <c>Tags[tagId]</c>. A choice may be given in either language and is stored as the Chinese option.
/// </summary>
internal sealed class ProductContent(FairHallDbContext db, IValidator<ProductForm> validator, TextCatalog texts)
{
    public const int MaxTagValue = 100;

    /// <summary>The form, checked and normalized, or the field errors.</summary>
    public async Task<Result<ProductForm>> CheckAsync(ProductForm form, CancellationToken ct)
    {
        // Field errors and tag errors are reported together, so the form shows every problem at once.
        var fields = (await validator.CheckAsync(form, ct))?.Fields?.ToDictionary() ?? [];
        var tags = await db.Set<ZoneTag>().AsNoTracking().Where(t => t.ZoneId == form.ZoneId).OrderBy(t => t.SortOrder).ToListAsync(ct);
        var given = (form.Tags ?? []).Where(t => !string.IsNullOrWhiteSpace(t.Value)).GroupBy(t => t.TagId).ToDictionary(g => g.Key, g => g.First().Value!.Trim());
        List<ProductTagInput> values = [];
        foreach (var (tagId, value) in given)
        {
            var tag = tags.Find(t => t.Id == tagId);
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

        return fields.Count > 0 ? Error.Invalid(fields) : form with { Tags = values };
    }
}

using System.Text.Json;

namespace FairHall.Modules.Reviews;

/// <summary>One labelled value of what an applicant submitted. Sensitive values (phones, ID numbers, credit codes) are masked in lists .</summary>
public sealed record SnapshotField(string Key, string LabelZh, string LabelEn, string? Value, bool Sensitive = false, string? Kind = null);

/// <summary>
/// How the review page shows a <see cref="SnapshotField"/> value: plain text when null; <see cref="Images"/> /
/// <see cref="Videos"/> are media URLs one per line (thumbnails, the first image is the main one); <see cref="Html"/>
/// is rich text the subject module has already sanitized with its allow-list; <see cref="Link"/> is one URL to open.
/// </summary>
public static class SnapshotKinds
{
    public const string Images = "images";
    public const string Videos = "videos";
    public const string Html = "html";
    public const string Link = "link";
}

/// <summary>What a reviewer decides on, frozen as JSON in the item and in each history row.</summary>
public sealed record ReviewSnapshot(IReadOnlyList<SnapshotField> Fields)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ReviewSnapshot Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ReviewSnapshot>(json, Json) is { Fields: not null } s ? s : new([]);
        }
        catch (JsonException)
        {
            return new([]);
        }
    }

    /// <summary>The same fields with sensitive values masked, for lists and for people who may not see them in full.</summary>
    public ReviewSnapshot Masked() => new([.. Fields.Select(f => f.Sensitive ? f with { Value = Masking.Any(f.Key, f.Value) } : f)]);

    public bool HasSensitive => Fields.Any(f => f.Sensitive && !string.IsNullOrEmpty(f.Value));
}

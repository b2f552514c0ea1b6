using System.Globalization;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Platform.Audit;

/// <summary>
/// The filter of the audit console, its JSON list and its CSV export (query string names are the property
/// names). <see cref="From"/>/<see cref="To"/> take a day (2026-11-21, a whole day in Beijing time) or an instant.
/// </summary>
public sealed record AuditFilter(string? EntityType = null, string? EntityId = null, string? Actor = null, string? From = null, string? To = null)
{
    public bool IsEmpty => Blank(EntityType) && Blank(EntityId) && Blank(Actor) && Blank(From) && Blank(To);

    /// <summary>Null when the filter is usable; a field error when a date is neither a day nor an instant.</summary>
    public Error? Validate(TextCatalog texts)
    {
        var fields = new Dictionary<string, string[]>();
        if (!TryInstant(From, endOfDay: false, out _))
        {
            fields["From"] = [texts.Get("Audit.DateFormat")];
        }

        if (!TryInstant(To, endOfDay: true, out _))
        {
            fields["To"] = [texts.Get("Audit.DateFormat")];
        }

        return fields.Count > 0 ? Error.Invalid(fields) : null;
    }

    /// <summary>The filtered entries, newest first (keyset on id: never counts or loads the whole table).</summary>
    public IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> entries, long? afterId = null)
    {
        var q = entries.AsNoTracking();
        if (!Blank(EntityType))
        {
            var type = EntityType!.Trim();
            q = q.Where(e => e.EntityType == type);
        }

        if (!Blank(EntityId))
        {
            var id = EntityId!.Trim();
            q = q.Where(e => e.EntityId == id);
        }

        if (!Blank(Actor))
        {
            var actor = Actor!.Trim();
            q = long.TryParse(actor, NumberStyles.None, CultureInfo.InvariantCulture, out var userId)
                ? q.Where(e => e.ActorUserId == userId)
                : q.Where(e => e.ActorName.Contains(actor));
        }

        if (TryInstant(From, endOfDay: false, out var from) && from is { } start)
        {
            q = q.Where(e => e.At >= start);
        }

        if (TryInstant(To, endOfDay: true, out var to) && to is { } end)
        {
            q = q.Where(e => e.At < end);
        }

        if (afterId is { } after)
        {
            q = q.Where(e => e.Id < after);
        }

        return q.OrderByDescending(e => e.Id);
    }

    /// <summary>The query string of this filter (for page links and the export link).</summary>
    public string ToQueryString(long? afterId = null)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!Blank(value))
            {
                parts.Add($"{name}={Uri.EscapeDataString(value!.Trim())}");
            }
        }

        Add("entityType", EntityType);
        Add("entityId", EntityId);
        Add("actor", Actor);
        Add("from", From);
        Add("to", To);
        Add("afterId", afterId?.ToString(CultureInfo.InvariantCulture));
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    public static string Show(DateTimeOffset at) => DisplayTime.Seconds(at);

    /// <summary>False when given but neither a day nor an instant; <paramref name="instant"/> is null when not given.</summary>
    private static bool TryInstant(string? text, bool endOfDay, out DateTimeOffset? instant)
    {
        instant = null;
        if (Blank(text))
        {
            return true;
        }

        text = text!.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var midnight = DisplayTime.StartOf(day);
            instant = (endOfDay ? midnight.AddDays(1) : midnight).ToUniversalTime();
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            // "To" an instant includes that instant; one microsecond, the finest step timestamptz keeps.
            instant = (endOfDay ? at.AddMicroseconds(1) : at).ToUniversalTime();
            return true;
        }

        return false;
    }

    private static bool Blank(string? s) => string.IsNullOrWhiteSpace(s);
}

/// <summary>An index the audit console needs for date-range filters (added by 0003_messaging).</summary>
internal sealed class AuditEntryConsoleIndexes : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b) => b.HasIndex(x => x.At);
}

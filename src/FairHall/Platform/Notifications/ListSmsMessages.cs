using FairHall.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Platform.Notifications;

/// <summary>The sandbox SMS outbox for the organizer console: newest first, keyset paging, phone search.</summary>
internal static class ListSmsMessages
{
    public const int PageSize = 50;

    /// <summary>Phones are masked here; only <see cref="GetAsync"/> (the detail view) gives the full number.</summary>
    public sealed record Item(long Id, string MaskedPhone, string Text, string Purpose, DateTimeOffset CreatedAt);

    public sealed record Response(IReadOnlyList<Item> Items, long? NextAfterId);

    public static async Task<Response> HandleAsync(FairHallDbContext db, string? phone, long? afterId, CancellationToken ct)
    {
        var q = db.Set<SmsMessage>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(phone))
        {
            var digits = phone.Trim();
            // A whole number uses the (phone, id) index; a fragment searches within numbers.
            q = digits.Length >= 11 ? q.Where(m => m.Phone == digits) : q.Where(m => m.Phone.Contains(digits));
        }

        if (afterId is { } after)
        {
            q = q.Where(m => m.Id < after);
        }

        var rows = await q.OrderByDescending(m => m.Id).Take(PageSize + 1).ToListAsync(ct);
        var items = rows.Take(PageSize).Select(m => new Item(m.Id, PhoneMask.Mask(m.Phone), m.Text, m.Purpose, m.CreatedAt)).ToList();
        return new Response(items, rows.Count > PageSize ? items[^1].Id : null);
    }

    public static Task<SmsMessage?> GetAsync(FairHallDbContext db, long id, CancellationToken ct) =>
        db.Set<SmsMessage>().AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct);
}

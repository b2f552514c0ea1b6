using FairHall.Platform.Data;

namespace FairHall.Platform.Notifications;

/// <summary>Sends a text message. <c>Sms:Provider</c> picks the implementation; only "Sandbox" exists here.</summary>
public interface ISmsSender
{
    Task SendAsync(string phone, string text, string purpose, CancellationToken ct);
}

/// <summary>
/// SANDBOX: sends nothing. Stores each message in <c>sms_messages</c> so that developers, testers and the
/// organizer (on /console/sms) can read what a real carrier would have delivered.
/// </summary>
internal sealed class SandboxSmsSender(FairHallDbContext db, TimeProvider clock) : ISmsSender
{
    public async Task SendAsync(string phone, string text, string purpose, CancellationToken ct)
    {
        db.Set<SmsMessage>().Add(new SmsMessage { Phone = phone, Text = text, Purpose = purpose, CreatedAt = clock.GetUtcNow() });
        // Inside the outbox handler's transaction this commits with the delivery record, not before it.
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>Shows a phone number in lists without revealing it: 13812345678 → 138****5678 (SPEC X-4).</summary>
public static class PhoneMask
{
    public static string Mask(string? phone)
    {
        if (string.IsNullOrEmpty(phone))
        {
            return "";
        }

        if (phone.Length >= 8)
        {
            return string.Concat(phone.AsSpan(0, 3), "****", phone.AsSpan(phone.Length - 4));
        }

        // Too short to keep both ends: show only the last two characters.
        return phone.Length <= 2 ? new string('*', phone.Length) : string.Concat(new string('*', phone.Length - 2), phone.AsSpan(phone.Length - 2));
    }
}

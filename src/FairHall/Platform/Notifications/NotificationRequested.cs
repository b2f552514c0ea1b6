using FairHall.Platform.Outbox;

namespace FairHall.Platform.Notifications;

/// <summary>
/// Something to tell someone, on one or more channels: in-app (<see cref="UserId"/>), SMS (<see cref="Phone"/>),
/// e-mail (<see cref="Email"/>). Carried by the outbox; one handler per channel delivers it.
/// </summary>
public sealed record NotificationRequested(
    string TitleZh,
    string TitleEn,
    string BodyZh,
    string BodyEn,
    string? Link = null,
    long? UserId = null,
    string? Phone = null,
    string? Email = null,
    string SmsPurpose = "notice",
    bool English = false) : IOutboxEvent
{
    /// <summary>SMS and e-mail carry one language: the recipient's, Chinese unless asked otherwise.</summary>
    public string Title => English ? TitleEn : TitleZh;

    public string Body => English ? BodyEn : BodyZh;
}

/// <summary>What a notification says, in both languages.</summary>
public sealed record NotificationContent(string TitleZh, string TitleEn, string BodyZh, string BodyEn, string? Link = null);

/// <summary>Where it goes. Any combination; at least one.</summary>
public sealed record NotificationRecipient(long? UserId = null, string? Phone = null, string? Email = null, bool English = false);

/// <summary>
/// What use cases call to tell someone something. It only queues: the event is saved by the caller's own
/// SaveChanges, so a change that fails or rolls back sends nothing.
/// </summary>
public sealed class Notifier(Outbox.Outbox outbox)
{
    public void Queue(NotificationContent content, NotificationRecipient to, string smsPurpose = "notice")
    {
        if (to.UserId is null && string.IsNullOrWhiteSpace(to.Phone) && string.IsNullOrWhiteSpace(to.Email))
        {
            throw new ArgumentException("A notification needs a user, a phone or an e-mail address.", nameof(to));
        }

        outbox.Add(new NotificationRequested(
            content.TitleZh, content.TitleEn, content.BodyZh, content.BodyEn, content.Link,
            to.UserId, NullIfBlank(to.Phone), NullIfBlank(to.Email), smsPurpose, to.English));
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

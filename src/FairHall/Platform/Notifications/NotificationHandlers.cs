using FairHall.Platform.Data;
using FairHall.Platform.Outbox;

namespace FairHall.Platform.Notifications;

/// <summary>In-app channel: writes the notification row (in the dispatcher's transaction).</summary>
internal sealed class InAppNotificationHandler(FairHallDbContext db, TimeProvider clock) : IOutboxHandler<NotificationRequested>
{
    public Task HandleAsync(NotificationRequested evt, CancellationToken ct)
    {
        if (evt.UserId is { } userId)
        {
            db.Set<Notification>().Add(new Notification
            {
                UserId = userId,
                TitleZh = evt.TitleZh,
                TitleEn = evt.TitleEn,
                BodyZh = evt.BodyZh,
                BodyEn = evt.BodyEn,
                Link = evt.Link,
                CreatedAt = clock.GetUtcNow(),
            });
        }

        return Task.CompletedTask;
    }
}

/// <summary>SMS channel: title and body in the recipient's language, in one message.</summary>
internal sealed class SmsNotificationHandler(ISmsSender sms) : IOutboxHandler<NotificationRequested>
{
    public Task HandleAsync(NotificationRequested evt, CancellationToken ct) =>
        evt.Phone is { } phone
            ? sms.SendAsync(phone, evt.English ? $"[FairHall] {evt.Title}: {evt.Body}" : $"【云展厅】{evt.Title}：{evt.Body}", evt.SmsPurpose, ct)
            : Task.CompletedTask;
}

/// <summary>E-mail channel.</summary>
internal sealed class EmailNotificationHandler(IEmailSender email) : IOutboxHandler<NotificationRequested>
{
    public Task HandleAsync(NotificationRequested evt, CancellationToken ct)
    {
        if (evt.Email is not { } address)
        {
            return Task.CompletedTask;
        }

        var body = evt.Link is null ? evt.Body : $"{evt.Body}\n\n{evt.Link}";
        return email.SendAsync(new EmailMessage(address, evt.Title, body), ct);
    }
}

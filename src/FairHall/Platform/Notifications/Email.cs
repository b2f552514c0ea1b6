using System.Net;
using System.Net.Mail;
using System.Text;

namespace FairHall.Platform.Notifications;

/// <summary>One e-mail, plain text unless <see cref="IsHtml"/>.</summary>
public sealed record EmailMessage(string To, string Subject, string Body, bool IsHtml = false);

public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken ct);
}

/// <summary>Configuration section <c>Smtp</c>.</summary>
public sealed class SmtpOptions
{
    public string Host { get; set; } = "127.0.0.1";
    public int Port { get; set; } = 25;
    public string From { get; set; } = "noreply@fairhall.local";
    public bool EnableSsl { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public int TimeoutSeconds { get; set; } = 30;
}

/// <summary>
/// Sends through an SMTP server with <see cref="SmtpClient"/> (MailKit is not on the package mirror). Subject,
/// body and headers are UTF-8 so that Chinese arrives intact.
/// </summary>
internal sealed class SmtpEmailSender(SmtpOptions options) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        using var mail = new MailMessage(new MailAddress(options.From), new MailAddress(message.To))
        {
            Subject = message.Subject,
            Body = message.Body,
            IsBodyHtml = message.IsHtml,
            SubjectEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
        };
        // A client per message: SmtpClient is not thread-safe and a pooled connection buys little here.
        using var client = new SmtpClient(options.Host, options.Port)
        {
            EnableSsl = options.EnableSsl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = options.TimeoutSeconds * 1000,
        };
        if (!string.IsNullOrEmpty(options.UserName))
        {
            client.Credentials = new NetworkCredential(options.UserName, options.Password);
        }

        await client.SendMailAsync(mail, ct);
    }
}

using System.Globalization;
using System.Net.Mail;
using System.Security.Cryptography;
using System.Text;
using FairHall.Platform.Data;
using FairHall.Platform.Notifications;
using FairHall.Platform.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Accounts.Phone;

/// <summary>What a verification code is for.</summary>
public static class CodePurposes
{
    public const string BindPhone = "bind_phone";
    public const string Register = "register";
    public const string ResetPassword = "reset_password";
}

/// <summary>
/// Sends and checks six-digit one-time codes (docs/adr/0006): ten minutes valid, five attempts, one code a
/// minute and five an hour per target and purpose; only a salted SHA-256 hash is stored.
/// </summary>
internal sealed class VerificationCodes(FairHallDbContext db, TimeProvider clock, ISmsSender sms, IEmailSender email, ILogger<VerificationCodes> log)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan Cooldown = TimeSpan.FromSeconds(60);
    public const int MaxAttempts = 5;
    public const int MaxPerHour = 5;

    public async Task<Error?> SendSmsAsync(string purpose, string phone, long? userId, CancellationToken ct)
    {
        var (code, error) = await IssueAsync(purpose, phone, userId, ct);
        if (error is not null)
        {
            return error;
        }

        await sms.SendAsync(phone, $"【FairHall】您的验证码为 {code}，{Lifetime.TotalMinutes:0} 分钟内有效，请勿告诉他人。", "verification", ct);
        return null;
    }

    public async Task<Error?> SendEmailAsync(string purpose, string address, long? userId, CancellationToken ct)
    {
        var target = address.Trim().ToLowerInvariant();
        var (code, error) = await IssueAsync(purpose, target, userId, ct);
        if (error is not null)
        {
            return error;
        }

        var body = $"Your FairHall verification code is {code}. It is valid for {Lifetime.TotalMinutes:0} minutes.\n" +
                   $"您的 FairHall 验证码为 {code}，{Lifetime.TotalMinutes:0} 分钟内有效。";
        try
        {
            await email.SendAsync(new EmailMessage(target, "FairHall verification code / 验证码", body), ct);
            return null;
        }
        catch (Exception e) when (e is SmtpException or IOException or InvalidOperationException)
        {
            log.LogWarning(e, "Verification e-mail to {Target} failed", target);
            return new Error("email_unavailable", StatusCodes.Status503ServiceUnavailable);
        }
    }

    /// <summary>Checks the latest code of the target; a right one is used up, a wrong one counts an attempt.</summary>
    public async Task<Error?> CheckAsync(string purpose, string target, string? code, long? userId, CancellationToken ct)
    {
        target = target.Trim().ToLowerInvariant();
        var latest = await db.Set<VerificationCode>()
            .Where(c => c.Target == target && c.Purpose == purpose && c.UsedAt == null)
            .OrderByDescending(c => c.Id).FirstOrDefaultAsync(ct);
        if (latest is null || (userId is not null && latest.UserId != userId))
        {
            return Error.Rule("code_invalid");
        }

        var now = clock.GetUtcNow();
        if (latest.ExpiresAt <= now)
        {
            return Error.Rule("code_expired");
        }

        if (latest.Attempts >= MaxAttempts)
        {
            return Error.Rule("code_attempts_exceeded");
        }

        if (!Matches(latest, code))
        {
            latest.CountAttempt();
            await db.SaveChangesAsync(ct);
            return Error.Rule(latest.Attempts >= MaxAttempts ? "code_attempts_exceeded" : "code_invalid");
        }

        latest.Use(now);
        return null;
    }

    private async Task<(string Code, Error? Error)> IssueAsync(string purpose, string target, long? userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var hourAgo = now.AddHours(-1);
        var recent = await db.Set<VerificationCode>()
            .Where(c => c.Target == target && c.Purpose == purpose && c.CreatedAt > hourAgo)
            .Select(c => c.CreatedAt).ToListAsync(ct);
        if (recent.Count >= MaxPerHour || recent.Any(t => t > now - Cooldown))
        {
            return ("", new Error("code_too_many_requests", StatusCodes.Status429TooManyRequests));
        }

        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        var salt = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        db.Add(new VerificationCode(purpose, target, userId, salt, Hash(salt, code), now, now + Lifetime));
        await db.SaveChangesAsync(ct);
        return (code, null);
    }

    private static bool Matches(VerificationCode stored, string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return false;
        }

        var given = Encoding.ASCII.GetBytes(Hash(stored.Salt, code.Trim()));
        return CryptographicOperations.FixedTimeEquals(given, Encoding.ASCII.GetBytes(stored.Hash));
    }

    private static string Hash(string salt, string code) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(salt + ":" + code)));
}

using FairHall.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Accounts.Phone;

/// <summary>
/// A one-time code sent by SMS or e-mail (ACC-2, ACC-7, ROLE-6). Only a salted hash is kept; it expires, allows
/// a few attempts and is used once. Not audited: the audit log would only repeat hashes.
/// </summary>
[NotAudited]
public sealed class VerificationCode
{
    private VerificationCode()
    {
    }

    public VerificationCode(string purpose, string target, long? userId, string salt, string hash, DateTimeOffset now, DateTimeOffset expiresAt)
    {
        Purpose = purpose;
        Target = target;
        UserId = userId;
        Salt = salt;
        Hash = hash;
        CreatedAt = now;
        ExpiresAt = expiresAt;
    }

    public long Id { get; private set; }

    /// <summary>What the code proves: bind_phone, register, reset_password.</summary>
    public string Purpose { get; private set; } = "";

    /// <summary>The phone number or lower-cased e-mail address the code was sent to.</summary>
    public string Target { get; private set; } = "";
    public long? UserId { get; private set; }
    public string Salt { get; private set; } = "";
    public string Hash { get; private set; } = "";
    public int Attempts { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }

    public void CountAttempt() => Attempts++;

    public void Use(DateTimeOffset now) => UsedAt = now;
}

internal sealed class VerificationCodeConfiguration : IEntityTypeConfiguration<VerificationCode>
{
    public void Configure(EntityTypeBuilder<VerificationCode> b)
    {
        b.ToTable("verification_codes");
        b.Property(x => x.Purpose).HasMaxLength(30);
        b.Property(x => x.Target).HasMaxLength(200);
        b.Property(x => x.Salt).HasMaxLength(50);
        b.Property(x => x.Hash).HasMaxLength(100);
        // The latest code of a target and purpose, and the count of recent ones (resend limits).
        b.HasIndex(x => new { x.Target, x.Purpose, x.CreatedAt });
    }
}

using System.Security.Cryptography;
using FairHall.Modules.Fairs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Exhibitors.Onboarding;

/// <summary>
/// A single-use CIFTIS invitation code (邀请码) issued by an organizing institution (FAIR-6, ROLE-4). It is
/// used up by a conditional update (<c>… WHERE used_at IS NULL</c>), so two registrations racing for it
/// cannot both win.
/// </summary>
public sealed class InvitationCode
{
    /// <summary>No 0/O, 1/I/L: codes are read aloud and typed from paper.</summary>
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public long Id { get; private set; }
    public long InstitutionId { get; init; }
    public string Code { get; init; } = "";
    public string BatchLabel { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public string CreatedByName { get; init; } = "";
    public DateTimeOffset? UsedAt { get; private set; }

    /// <summary>12 random characters of a 31-character alphabet (about 59 bits), shown as XXXX-XXXX-XXXX.</summary>
    public static string NewCode()
    {
        Span<char> chars = stackalloc char[14];
        var n = 0;
        for (var i = 0; i < 12; i++)
        {
            if (i is 4 or 8)
            {
                chars[n++] = '-';
            }

            chars[n++] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(chars);
    }

    /// <summary>Accepts what people type: lower case, spaces, missing dashes.</summary>
    public static string Normalize(string? typed)
    {
        var letters = new string([.. (typed ?? "").ToUpperInvariant().Where(char.IsLetterOrDigit)]);
        return letters.Length == 12 ? $"{letters[..4]}-{letters[4..8]}-{letters[8..]}" : letters;
    }
}

internal sealed class InvitationCodeConfiguration : IEntityTypeConfiguration<InvitationCode>
{
    public void Configure(EntityTypeBuilder<InvitationCode> b)
    {
        b.ToTable("invitation_codes");
        b.Property(x => x.Code).HasMaxLength(14);
        b.Property(x => x.BatchLabel).HasMaxLength(100);
        b.Property(x => x.CreatedByName).HasMaxLength(100);
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.Code).IsUnique();
        b.HasIndex(x => new { x.InstitutionId, x.Id });
    }
}

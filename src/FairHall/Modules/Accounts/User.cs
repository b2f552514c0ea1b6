using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Accounts;

/// <summary>
/// A person who signs in. Belongs to at most one enterprise (exhibitor or buyer company), trade delegation,
/// trade association or organizing institution; roles say what they may do there.
/// </summary>
/// <remarks>
/// CIFTIS users of an organization sign in with enterprise identifier + username; Identity's unique
/// <c>UserName</c> is then <c>{identifier}/{username}</c> (docs/adr/0005) and <see cref="LoginName"/> holds the
/// username alone.
/// </remarks>
public sealed class User : IdentityUser<long>
{
    public string DisplayName { get; set; } = "";
    public long? EnterpriseId { get; set; }
    public long? DelegationId { get; set; }
    public long? AssociationId { get; set; }
    public long? InstitutionId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>ACC-4: enabled (启用) or disabled (停用). Change it only with <see cref="Disable"/> and <see cref="Enable"/>.</summary>
    public AccountStatus Status { get; private set; } = AccountStatus.Enabled;

    /// <summary>ACC-7: the username inside the enterprise (CIFTIS), lower-case; null for generated account names.</summary>
    public string? LoginName { get; set; }

    /// <summary>ACC-9: the staff member's real name; others see <see cref="DisplayName"/> only.</summary>
    public string? RealName { get; set; }

    /// <summary>ACC-9: what a CIFTIS staff member may do for the enterprise.</summary>
    public StaffDuty? Duty { get; set; }

    /// <summary>ACC-8 / ROLE-6: how the account was registered; null for accounts created by someone else.</summary>
    public RegistrationType? RegistrationType { get; set; }

    /// <summary>ROLE-6: overseas users register and recover with e-mail, domestic ones with a mainland phone.</summary>
    public bool IsOverseas { get; set; }

    /// <summary>
    /// ACC-2: an enterprise account (admin or sub-account) without a confirmed phone must bind one before doing
    /// anything else, unless it verified an e-mail address instead (overseas registration).
    /// </summary>
    public bool MustBindPhone => EnterpriseId != null && !PhoneNumberConfirmed && !EmailConfirmed;

    public bool IsDisabled => Status == AccountStatus.Disabled;

    /// <summary>ACC-4: disabling unbinds the phone, so that whoever is enabled next binds their own.</summary>
    public AccountStatus? Disable()
    {
        var next = AccountStatusRules.Next(Status, AccountAction.Disable);
        if (next is null)
        {
            return null;
        }

        Status = next.Value;
        UnbindPhone();
        return Status;
    }

    /// <summary>ACC-4: a re-enabled account has no phone, so its next sign-in asks for one (ACC-2).</summary>
    public AccountStatus? Enable()
    {
        var next = AccountStatusRules.Next(Status, AccountAction.Enable);
        if (next is null)
        {
            return null;
        }

        Status = next.Value;
        return Status;
    }

    public void UnbindPhone()
    {
        PhoneNumber = null;
        PhoneNumberConfirmed = false;
    }

    public void BindPhone(string phone)
    {
        PhoneNumber = phone;
        PhoneNumberConfirmed = true;
    }
}

public sealed class Role : IdentityRole<long>;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> b)
    {
        b.Property(x => x.DisplayName).HasMaxLength(100);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.LoginName).HasMaxLength(20);
        b.Property(x => x.RealName).HasMaxLength(100);
        b.Property(x => x.Duty).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.RegistrationType).HasConversion<string>().HasMaxLength(30);
        b.HasIndex(x => x.EnterpriseId);
        b.HasIndex(x => x.DelegationId);
        b.HasIndex(x => x.AssociationId);
        b.HasIndex(x => x.InstitutionId);
        b.HasIndex(x => x.PhoneNumber);
    }
}

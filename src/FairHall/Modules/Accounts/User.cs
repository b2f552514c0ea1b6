using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairHall.Modules.Accounts;

/// <summary>
/// A person who signs in. Belongs to at most one enterprise (exhibitor or buyer company), trade delegation,
/// trade association or organizing institution; roles say what they may do there.
/// </summary>
public sealed class User : IdentityUser<long>
{
    public string DisplayName { get; set; } = "";
    public long? EnterpriseId { get; set; }
    public long? DelegationId { get; set; }
    public long? AssociationId { get; set; }
    public long? InstitutionId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public sealed class Role : IdentityRole<long>;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> b)
    {
        b.Property(x => x.DisplayName).HasMaxLength(100);
        b.HasIndex(x => x.EnterpriseId);
        b.HasIndex(x => x.DelegationId);
        b.HasIndex(x => x.AssociationId);
        b.HasIndex(x => x.InstitutionId);
    }
}

using System.Globalization;
using System.Security.Claims;
using FairHall.Modules.Accounts.Phone;
using FairHall.Platform.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FairHall.Modules.Accounts;

/// <summary>Puts the user's display name and memberships into the sign-in principal (cookie and bearer token).</summary>
internal sealed class MembershipClaimsFactory(UserManager<User> users, RoleManager<Role> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<User, Role>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(User user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(MembershipClaims.DisplayName, user.DisplayName));
        Add(identity, MembershipClaims.Enterprise, user.EnterpriseId);
        Add(identity, MembershipClaims.Delegation, user.DelegationId);
        Add(identity, MembershipClaims.Association, user.AssociationId);
        Add(identity, MembershipClaims.Institution, user.InstitutionId);
        if (user.MustBindPhone)
        {
            identity.AddClaim(new Claim(PhoneBindingGate.Claim, "true"));
        }

        return identity;
    }

    private static void Add(ClaimsIdentity identity, string type, long? value)
    {
        if (value is { } v)
        {
            identity.AddClaim(new Claim(type, v.ToString(CultureInfo.InvariantCulture)));
        }
    }
}

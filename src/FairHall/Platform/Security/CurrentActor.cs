using System.Globalization;
using System.Security.Claims;

namespace FairHall.Platform.Security;

/// <summary>Who is acting in this request (or "system" for background work).</summary>
public interface ICurrentActor
{
    long? UserId { get; }
    string Name { get; }
    bool IsInRole(string role);
    long? EnterpriseId { get; }
    long? DelegationId { get; }
    long? AssociationId { get; }
    long? InstitutionId { get; }
}

internal sealed class HttpCurrentActor(IHttpContextAccessor accessor) : ICurrentActor
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } u ? u : null;

    public long? UserId => Long(ClaimTypes.NameIdentifier);

    public string Name => User?.FindFirstValue(MembershipClaims.DisplayName) ?? User?.Identity?.Name ?? "system";

    public bool IsInRole(string role) => User?.IsInRole(role) ?? false;

    public long? EnterpriseId => Long(MembershipClaims.Enterprise);

    public long? DelegationId => Long(MembershipClaims.Delegation);

    public long? AssociationId => Long(MembershipClaims.Association);

    public long? InstitutionId => Long(MembershipClaims.Institution);

    private long? Long(string claim) =>
        long.TryParse(User?.FindFirstValue(claim), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
}

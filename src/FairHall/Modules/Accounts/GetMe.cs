using FairHall.Platform.Security;

namespace FairHall.Modules.Accounts;

/// <summary>GET /api/v1/me — who am I: name, roles and memberships.</summary>
internal static class GetMe
{
    public sealed record Response(long UserId, string Name, string[] Roles, long? EnterpriseId, long? DelegationId, long? AssociationId, long? InstitutionId);

    public static void MapGetMe(this RouteGroupBuilder group) =>
        group.MapGet("/", (ICurrentActor me) => TypedResults.Ok(new Response(
            me.UserId ?? 0, me.Name, [.. Roles.All.Where(me.IsInRole)],
            me.EnterpriseId, me.DelegationId, me.AssociationId, me.InstitutionId)))
            .WithMetadata(new Phone.AllowWithoutPhoneAttribute());
}

using System.Security.Claims;
using FairHall.Platform.Data;
using FairHall.Platform.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Accounts.Phone;

/// <summary>Marks the API endpoints a user without a bound phone may still call (to bind one, to know who they are).</summary>
internal sealed class AllowWithoutPhoneAttribute : Attribute;

/// <summary>
/// ACC-2: until a new or re-enabled enterprise account has bound a phone, every API call answers 403
/// "phone_binding_required" (pages redirect to /account/bind-phone, see PhoneBindingRedirect.razor).
/// The sign-in principal carries a claim for such users, so others cost nothing; for those, the database
/// says whether the phone was bound since their token was issued.
/// </summary>
internal static class PhoneBindingGate
{
    public const string Claim = "fairhall:must_bind_phone";

    public static bool MustBindPhone(this ClaimsPrincipal user) => user.HasClaim(c => c.Type == Claim);

    public static RouteGroupBuilder RequireBoundPhone(this RouteGroupBuilder api)
    {
        api.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (!http.User.MustBindPhone() || http.GetEndpoint()?.Metadata.GetMetadata<AllowWithoutPhoneAttribute>() is not null)
            {
                return await next(context);
            }

            var id = long.TryParse(http.User.FindFirstValue(ClaimTypes.NameIdentifier), out var v) ? v : 0;
            var db = http.RequestServices.GetRequiredService<FairHallDbContext>();
            var still = await db.Users.AsNoTracking().Where(u => u.Id == id)
                .Select(u => u.EnterpriseId != null && !u.PhoneNumberConfirmed && !u.EmailConfirmed).FirstOrDefaultAsync(http.RequestAborted);
            return still ? Error.Forbidden("phone_binding_required").ToProblem(http) : await next(context);
        });
        return api;
    }
}

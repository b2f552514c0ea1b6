using Microsoft.AspNetCore.Authorization;

namespace FairHall.Platform.Security;

/// <summary>Authorization policies used by route groups and pages.</summary>
public static class Policies
{
    public const string Organizer = "Organizer";
    public const string DelegationReviewer = "DelegationReviewer";
    public const string AssociationReviewer = "AssociationReviewer";
    public const string InstitutionReviewer = "InstitutionReviewer";
    public const string Reviewer = "Reviewer";
    public const string ExhibitorAdmin = "ExhibitorAdmin";
    public const string Exhibitor = "Exhibitor";
    public const string Buyer = "Buyer";
    public const string Finance = "Finance";

    public static void Add(AuthorizationOptions o)
    {
        o.AddPolicy(Organizer, p => p.RequireRole(Roles.Organizer));
        o.AddPolicy(DelegationReviewer, p => p.RequireRole(Roles.DelegationReviewer, Roles.Organizer));
        o.AddPolicy(AssociationReviewer, p => p.RequireRole(Roles.AssociationReviewer, Roles.Organizer));
        o.AddPolicy(InstitutionReviewer, p => p.RequireRole(Roles.InstitutionReviewer, Roles.Organizer));
        o.AddPolicy(Reviewer, p => p.RequireRole(Roles.DelegationReviewer, Roles.AssociationReviewer, Roles.InstitutionReviewer, Roles.Organizer));
        o.AddPolicy(ExhibitorAdmin, p => p.RequireRole(Roles.ExhibitorAdmin));
        o.AddPolicy(Exhibitor, p => p.RequireRole(Roles.ExhibitorAdmin, Roles.ExhibitorStaff));
        o.AddPolicy(Buyer, p => p.RequireRole(Roles.Buyer));
        o.AddPolicy(Finance, p => p.RequireRole(Roles.Finance, Roles.Organizer));
    }
}

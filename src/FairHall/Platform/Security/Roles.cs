namespace FairHall.Platform.Security;

/// <summary>The roles of SPEC ROLE-1..7. Names are stable identifiers stored in the database.</summary>
public static class Roles
{
    /// <summary>ROLE-1 组委会/主办方.</summary>
    public const string Organizer = "organizer";

    /// <summary>ROLE-2 交易团 / 分团 reviewer.</summary>
    public const string DelegationReviewer = "delegation_reviewer";

    /// <summary>ROLE-3 商协会 reviewer.</summary>
    public const string AssociationReviewer = "association_reviewer";

    /// <summary>ROLE-4 组展机构 / 承办机构 reviewer.</summary>
    public const string InstitutionReviewer = "institution_reviewer";

    /// <summary>ROLE-5 exhibitor enterprise admin account (主账号).</summary>
    public const string ExhibitorAdmin = "exhibitor_admin";

    /// <summary>ROLE-5 exhibitor sub-account (子账号, 展区负责人).</summary>
    public const string ExhibitorStaff = "exhibitor_staff";

    /// <summary>ROLE-6 采购商 / 专业观众.</summary>
    public const string Buyer = "buyer";

    /// <summary>ROLE-7 媒体.</summary>
    public const string Media = "media";

    /// <summary>ROLE-7 个人观众.</summary>
    public const string Audience = "audience";

    /// <summary>ROLE-7 财务审核 (CIIE bank transfers).</summary>
    public const string Finance = "finance";

    public static readonly string[] All =
        [Organizer, DelegationReviewer, AssociationReviewer, InstitutionReviewer, ExhibitorAdmin, ExhibitorStaff, Buyer, Media, Audience, Finance];
}

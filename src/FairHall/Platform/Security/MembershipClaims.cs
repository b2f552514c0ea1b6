namespace FairHall.Platform.Security;

/// <summary>Claims that say which enterprise, delegation, association or institution a user belongs to.</summary>
public static class MembershipClaims
{
    public const string DisplayName = "fairhall:display_name";
    public const string Enterprise = "fairhall:enterprise";
    public const string Delegation = "fairhall:delegation";
    public const string Association = "fairhall:association";
    public const string Institution = "fairhall:institution";
}

namespace FairHall.Modules.Fairs;

/// <summary>What the Fairs API and pages show of each entity.</summary>
public sealed record FairView(long Id, string Code, string NameZh, string NameEn, string TimeZone, long Version)
{
    public static FairView From(Fair f) => new(f.Id, f.Code, f.NameZh, f.NameEn, f.TimeZone, f.Version);
}

public sealed record PhaseView(int Number, DateOnly StartsOn, DateOnly EndsOn);

public sealed record SessionView(
    long Id, long FairId, int Number, string NameZh, string NameEn, string TimeZone,
    DateOnly ApplicationOpensOn, DateOnly UploadOpensOn, DateOnly QuotaSweepOn, DateOnly RoutingLockOn,
    DateOnly OfflineDeadlineOn, DateOnly OnlineServiceEndsOn, IReadOnlyList<PhaseView> Phases, long Version)
{
    public static SessionView From(Session s) => new(
        s.Id, s.FairId, s.Number, s.NameZh, s.NameEn, s.TimeZone, s.ApplicationOpensOn, s.UploadOpensOn,
        s.QuotaSweepOn, s.RoutingLockOn, s.OfflineDeadlineOn, s.OnlineServiceEndsOn,
        [.. s.Phases.OrderBy(p => p.Number).Select(p => new PhaseView(p.Number, p.StartsOn, p.EndsOn))], s.Version);
}

public sealed record ZoneTagView(long Id, string NameZh, string NameEn, ZoneTagKind Kind, IReadOnlyList<string> OptionsZh, IReadOnlyList<string> OptionsEn, bool Required);

public sealed record ZoneView(
    long Id, long SessionId, string Code, string NameZh, string NameEn, int PhaseNumber, int SortOrder, bool IsActive,
    IReadOnlyList<long> AssociationIds, IReadOnlyList<ZoneTagView> Tags, long Version)
{
    public static ZoneView From(Zone z) => new(
        z.Id, z.SessionId, z.Code, z.NameZh, z.NameEn, z.PhaseNumber, z.SortOrder, z.IsActive,
        [.. z.Associations.Select(a => a.AssociationId).Order()],
        [.. z.Tags.OrderBy(t => t.SortOrder).Select(t => new ZoneTagView(t.Id, t.NameZh, t.NameEn, t.Kind, t.OptionsZh, t.OptionsEn, t.Required))],
        z.Version);
}

public sealed record DelegationView(long Id, long FairId, long? ParentId, string Code, string NameZh, string NameEn, string? Region, long Version)
{
    public static DelegationView From(Delegation d) => new(d.Id, d.FairId, d.ParentId, d.Code, d.NameZh, d.NameEn, d.Region, d.Version);
}

/// <summary>An association or an institution: both are a code and a bilingual name within a fair.</summary>
public sealed record OrganizationView(long Id, long FairId, string Code, string NameZh, string NameEn, long Version)
{
    public static OrganizationView From(FairOrganization o) => new(o.Id, o.FairId, o.Code, o.NameZh, o.NameEn, o.Version);
}

/// <summary>A zone in a list: enough to show and filter it, without its tag definitions.</summary>
public sealed record ZoneListItem(
    long Id, long SessionId, string Code, string NameZh, string NameEn, int PhaseNumber, int SortOrder, bool IsActive,
    IReadOnlyList<long> AssociationIds, int TagCount, long Version)
{
    public static ZoneListItem From(Zone z) => new(
        z.Id, z.SessionId, z.Code, z.NameZh, z.NameEn, z.PhaseNumber, z.SortOrder, z.IsActive,
        [.. z.Associations.Select(a => a.AssociationId).Order()], z.Tags.Count, z.Version);
}

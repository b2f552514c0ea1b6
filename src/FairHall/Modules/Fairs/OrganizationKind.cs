namespace FairHall.Modules.Fairs;

/// <summary>
/// One kind of organization served by the shared use cases (<see cref="CreateOrganization"/> and its siblings):
/// its route segment, its names in the API summaries, and how to make one.
/// </summary>
internal sealed record OrganizationKind<T>(string Route, string Singular, string Plural, Func<long, string, string, string, T> Create)
    where T : FairOrganization;

/// <summary>Associations (ROLE-3) and institutions (ROLE-4) have the same fields and rules, so one set of use cases serves both.</summary>
internal static class OrganizationKinds
{
    /// <summary>The API tag of every delegation, association and institution endpoint.</summary>
    public const string Tag = "Organizations";

    public static readonly OrganizationKind<Association> Associations =
        new("associations", "association", "Trade associations (商协会)", (fairId, code, zh, en) => new Association(fairId, code, zh, en));

    public static readonly OrganizationKind<Institution> Institutions =
        new("institutions", "institution", "Organizing institutions (组展机构)", (fairId, code, zh, en) => new Institution(fairId, code, zh, en));

    public static void AddOrganizations(this IServiceCollection services)
    {
        services.AddKind(Associations);
        services.AddKind(Institutions);
    }

    public static void MapOrganizations(this RouteGroupBuilder api)
    {
        api.MapKind(Associations);
        api.MapKind(Institutions);
    }

    private static void AddKind<T>(this IServiceCollection services, OrganizationKind<T> kind) where T : FairOrganization
    {
        services.AddSingleton(kind);
        services.AddScoped<ListOrganizations.Handler<T>>();
        services.AddScoped<GetOrganization.Handler<T>>();
        services.AddScoped<CreateOrganization.Handler<T>>();
        services.AddScoped<UpdateOrganization.Handler<T>>();
    }

    private static void MapKind<T>(this RouteGroupBuilder api, OrganizationKind<T> kind) where T : FairOrganization
    {
        ListOrganizations.Map(api, kind);
        GetOrganization.Map(api, kind);
        CreateOrganization.Map(api, kind);
        UpdateOrganization.Map(api, kind);
    }
}

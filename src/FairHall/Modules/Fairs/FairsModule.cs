namespace FairHall.Modules.Fairs;

/// <summary>Fairs, sessions and their calendars, zones and tags, delegations, associations, institutions (FAIR-1/2, ROLE-2..4).</summary>
internal static class FairsModule
{
    public static void AddFairsModule(this IServiceCollection services)
    {
        services.AddScoped<ListFairs.Handler>();
        services.AddScoped<GetFair.Handler>();
        services.AddScoped<CreateFair.Handler>();
        services.AddScoped<UpdateFair.Handler>();
        services.AddScoped<ListSessions.Handler>();
        services.AddScoped<GetSession.Handler>();
        services.AddScoped<GetCurrentSession.Handler>();
        services.AddScoped<CreateSession.Handler>();
        services.AddScoped<UpdateSession.Handler>();
        services.AddScoped<ListZones.Handler>();
        services.AddScoped<GetZone.Handler>();
        services.AddScoped<CreateZone.Handler>();
        services.AddScoped<UpdateZone.Handler>();
        services.AddScoped<DefineZoneTags.Handler>();
        services.AddScoped<ListDelegations.Handler>();
        services.AddScoped<GetDelegation.Handler>();
        services.AddScoped<CreateDelegation.Handler>();
        services.AddScoped<UpdateDelegation.Handler>();
        services.AddOrganizations();
    }

    public static void MapFairsModule(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        ListFairs.Map(api);
        GetFair.Map(api);
        CreateFair.Map(api);
        UpdateFair.Map(api);
        ListSessions.Map(api);
        GetCurrentSession.Map(api);
        GetSession.Map(api);
        CreateSession.Map(api);
        UpdateSession.Map(api);
        ListZones.Map(api);
        GetZone.Map(api);
        CreateZone.Map(api);
        UpdateZone.Map(api);
        DefineZoneTags.Map(api);
        ListDelegations.Map(api);
        GetDelegation.Map(api);
        CreateDelegation.Map(api);
        UpdateDelegation.Map(api);
        api.MapOrganizations();
    }
}

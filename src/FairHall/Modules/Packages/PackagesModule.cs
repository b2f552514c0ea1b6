namespace FairHall.Modules.Packages;

/// <summary>Tiers and add-ons as data, entitlements and their windows, quota usage (PKG-1..7, PKG-10, FAIR-5).</summary>
internal static class PackagesModule
{
    public static void AddPackagesModule(this IServiceCollection services)
    {
        services.AddScoped<Entitlements>();
        services.AddScoped<IQuotaUsage, EnabledAccountsUsage>();
        // ACC-6: registered after the accounts module, so this replaces its fixed placeholder limit.
        services.AddScoped<Accounts.SubAccounts.IAccountQuota, EntitlementAccountQuota>();
        services.AddScoped<GetCatalogue.Handler>();
        services.AddScoped<UpdateCatalogue.Handler>();
        services.AddScoped<GetEntitlement.Handler>();
    }

    public static void MapPackagesModule(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        GetCatalogue.Map(api);
        UpdateCatalogue.Map(api);
        GetEntitlement.Map(api);
    }
}

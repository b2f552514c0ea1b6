using FairHall.Modules.Catalog;
using FairHall.Platform.Data;
using FairHall.Platform.Outbox;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FairHall.Modules.Discovery;

/// <summary>The public search (BUY-1, X-2): index kept by the outbox, engines by provider, API and the /search page.</summary>
internal static class DiscoveryModule
{
    public static void AddDiscoveryModule(this IServiceCollection services)
    {
        services.AddScoped<ISaveChangesInterceptor, SearchIndexInterceptor>();
        services.AddScoped<SqliteCatalogSearch>();
        services.AddScoped<PostgresCatalogSearch>();
        services.AddScoped<CatalogSearch>(sp => sp.GetRequiredService<DatabaseOptions>().Provider == DatabaseProvider.Sqlite
            ? sp.GetRequiredService<SqliteCatalogSearch>()
            : sp.GetRequiredService<PostgresCatalogSearch>());
        services.AddScoped<ICatalogSearch>(sp => sp.GetRequiredService<CatalogSearch>());
        services.AddScoped<ISearchTermStore>(sp => sp.GetRequiredService<CatalogSearch>());
        services.AddOutboxHandler<ProductChanged, ProductIndexer>();
        services.AddOutboxHandler<EnterpriseRenamed, ProductIndexer>();
        services.AddOutboxHandler<DirectoryChanged, DirectoryIndexer>();
        services.AddScoped<SearchFilters>();
        services.AddScoped<Front.PublicFront>();
        services.AddScoped<IProductBatchIndex, ProductBatchIndex>();
    }

    public static void MapDiscoveryModule(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        SearchProducts.Map(api);
        SuggestProducts.Map(api);
        SearchDirectoryApi.Map(api);
    }
}

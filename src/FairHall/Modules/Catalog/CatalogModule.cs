using FairHall.Modules.Packages;
using FairHall.Modules.Reviews;

namespace FairHall.Modules.Catalog;

/// <summary>Products and their association review, listing under the package quota (CAT-2/3/6, PKG-2/7, ACC-5).</summary>
internal static class CatalogModule
{
    public static void AddCatalogModule(this IServiceCollection services)
    {
        services.AddScoped<ProductAccess>();
        services.AddScoped<ProductZones>();
        services.AddScoped<ProductContent>();
        services.AddScoped<ProductBulkWriter>();
        services.AddScoped<Media.IMediaUsage, ProductMediaUsage>();
        services.AddScoped<ProductListing>();
        services.AddScoped<ProductReviewSubmitter>();
        services.AddScoped<IReviewSubjectHandler, ProductReviewHandler>();
        services.AddScoped<IQuotaUsage, ListedProductsUsage>();
        services.AddScoped<Payments.Jobs.IQuotaSweep, ProductQuotaSweep>(); // replaces the payments module's logging default (registered after it)
        services.AddScoped<CreateProduct.Handler>();
        services.AddScoped<UpdateProduct.Handler>();
        services.AddScoped<SubmitProduct.Handler>();
        services.AddScoped<ListProducts.Handler>();
        services.AddScoped<DelistProducts.Handler>();
        services.AddScoped<DeleteProduct.Handler>();
        services.AddScoped<CopyProduct.Handler>();
        services.AddScoped<GetProduct.Handler>();
        services.AddScoped<ListMyProducts.Handler>();
        services.AddScoped<ManageProducts.Handler>();
        services.AddScoped<ProductGroups.Handler>();
        services.AddScoped<BanProduct.Handler>();
        services.AddScoped<ListAllProducts.Handler>();
        services.AddScoped<CarryOverProducts.Handler>();
        services.AddScoped<ProductSalespeople>();
        services.AddScoped<ImportProducts.Handler>();
        services.AddScoped<Exhibitors.Onboarding.IImportRunner, ProductImportRunner>();
    }

    public static void MapCatalogModule(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        CreateProduct.Map(api);
        UpdateProduct.Map(api);
        SubmitProduct.Map(api);
        ListProducts.Map(api);
        DelistProducts.Map(api);
        DeleteProduct.Map(api);
        CopyProduct.Map(api);
        GetProduct.Map(api);
        ListMyProducts.Map(api);
        ManageProducts.Map(api);
        ProductGroups.Map(api);
        BanProduct.Map(api);
        ListAllProducts.Map(api);
        CarryOverProducts.Map(api);
        ExportProducts.Map(app);
        ImportProducts.Map(app, api);
    }
}

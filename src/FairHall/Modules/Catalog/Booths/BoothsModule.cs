using FairHall.Modules.Catalog.Media;
using FairHall.Modules.Exhibitors.Showcase;
using FairHall.Modules.Packages;
using FairHall.Modules.Reviews;

namespace FairHall.Modules.Catalog.Booths;

/// <summary>CIFTIS booths reviewed by the inviting institution (CAT-7) and showcase templates (CAT-9, PKG-2).</summary>
internal static class BoothsModule
{
    public static void AddBoothsModule(this IServiceCollection services)
    {
        services.AddScoped<BoothDesk>();
        services.AddScoped<TemplateDesk>();
        services.AddScoped<IReviewSubjectHandler, BoothReviewHandler>();
        services.AddScoped<IMediaUsage, BoothMediaUsage>();
        services.AddScoped<IQuotaUsage, TemplatesUsage>();
        services.AddScoped<IShowcaseBanner, TemplateBanner>();
        services.AddScoped<SaveBooth.Handler>();
        services.AddScoped<GetBooth.Handler>();
    }

    public static void MapBoothsModule(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        SaveBooth.Map(api);
        GetBooth.Map(api);
        TemplateEndpoints.Map(api);
    }
}

using FairHall.Modules.Catalog.Media;
using FairHall.Modules.Packages;
using FairHall.Modules.Reviews;

namespace FairHall.Modules.Exhibitors.Showcase;

/// <summary>Enterprise showcase info, its review and ban, the product gate (CAT-1/4) and the badge gate (FAIR-7).</summary>
internal static class ShowcaseModule
{
    public static void AddShowcaseModule(this IServiceCollection services)
    {
        services.AddScoped<Showcases>();
        services.AddScoped<ShowcaseMediaCheck>();
        services.AddScoped<IMediaUsage, ShowcaseMediaUsage>();
        services.AddScoped<ShowcaseReviewSubmitter>();
        services.AddScoped<IReviewSubjectHandler, ShowcaseReviewHandler>();
        services.AddScoped<IQuotaUsage, ShowcaseVideosUsage>();
        services.AddScoped<IShowcaseGate, ShowcaseGate>();
        services.AddScoped<IBadgeGate, BadgeGate>();
        services.AddScoped<IShowcaseLook, ShowcaseLook>();
        services.AddScoped<GetMyShowcase.Handler>();
        services.AddScoped<SaveShowcase.Handler>();
        services.AddScoped<BanShowcase.Handler>();
        services.AddScoped<ListShowcases.Handler>();
        services.AddScoped<GetPublicShowcase.Handler>();
        services.AddScoped<GetBadgeGate.Handler>();
    }

    public static void MapShowcaseModule(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        GetMyShowcase.Map(api);
        SaveShowcase.Map(api);
        BanShowcase.Map(api);
        ListShowcases.Map(api);
        GetPublicShowcase.Map(api);
        GetBadgeGate.Map(api);
    }
}

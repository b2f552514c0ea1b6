using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using FairHall.Demo;
using FairHall.Modules.Accounts;
using FairHall.Modules.Catalog;
using FairHall.Modules.Catalog.Booths;
using FairHall.Modules.Catalog.Media;
using FairHall.Modules.Discovery;
using FairHall.Modules.Discovery.ProductPage;
using FairHall.Modules.Engagement;
using FairHall.Modules.Exhibitors.Onboarding;
using FairHall.Modules.Exhibitors.Showcase;
using FairHall.Modules.Fairs;
using FairHall.Modules.Matching;
using FairHall.Modules.Orders;
using FairHall.Modules.Packages;
using FairHall.Modules.Payments;
using FairHall.Modules.Reviews;
using FairHall.Platform.Audit;
using FairHall.Platform.Data;
using FairHall.Platform.Files;
using FairHall.Platform.Localization;
using FairHall.Platform.Notifications;
using FairHall.Platform.Outbox;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Web.Components;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.WebEncoders;

namespace FairHall.Platform.Web;

/// <summary>Composition of the whole application: Program.cs calls these two methods only.</summary>
public static class FairHallSetup
{
    public static void AddFairHall(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        // Structured logs: JSON lines with scopes (request id, trace id) in production; one readable line in development.
        builder.Logging.ClearProviders();
        if (builder.Environment.IsDevelopment())
        {
            builder.Logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss ";
            });
        }
        else
        {
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "O";
            });
        }

        builder.AddFairHallData();
        services.AddFairHallLocalization();
        services.AddFairHallErrors();
        services.AddFairHallRateLimits(builder.Configuration);
        services.AddFairHallValidators();
        services.AddScoped<Outbox.Outbox>();
        services.AddOpenApi("v1");
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddRazorComponents();
        // Write Chinese text as characters, not as numeric entities.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddCascadingAuthenticationState();
        services.AddAntiforgery();

        services.AddAccountsModule();
        services.AddFairsModule();
        services.AddReviewsModule();
        services.AddOnboardingModule();
        services.AddPackagesModule();
        services.AddPaymentsModule(builder.Configuration);
        services.AddCatalogModule();
        services.AddFairHallFiles(builder.Configuration);
        services.AddMediaModule();
        services.AddShowcaseModule();
        services.AddDiscoveryModule();
        services.AddProductPageModule();
        services.AddOrdersModule();
        services.AddEngagementModule(builder.Configuration);
        services.AddMatchingModule();
        services.AddBoothsModule();
        services.AddNotifications(builder.Configuration);
        services.AddOutboxDispatcher(builder.Configuration);

        services.AddDemoData(builder.Configuration);
        services.AddHostedService<StartupDatabaseWork>();
    }

    public static void MapFairHall(this WebApplication app)
    {
        // Localization first, so that error responses are in the caller's language too.
        app.UseRequestLocalization();
        app.UseFairHallErrors();
        app.UseStaticFiles(new StaticFileOptions
        {
            // Bootstrap comes from npm (package.json); the build restores node_modules.
            FileProvider = new PhysicalFileProvider(Path.Combine(app.Environment.ContentRootPath, "node_modules", "bootstrap", "dist")),
            RequestPath = "/lib/bootstrap",
        });
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapHealthChecks("/health");
        app.MapCultureSwitch();

        var api = app.MapGroup("/api/v1");
        app.MapAccountsModule(api);
        app.MapFairsModule(api);
        app.MapReviewsModule(api);
        app.MapOnboardingModule(api);
        app.MapPackagesModule(api);
        app.MapPaymentsModule(api);
        app.MapCatalogModule(api);
        app.MapMediaModule(api);
        app.MapShowcaseModule(api);
        app.MapDiscoveryModule(api);
        app.MapProductPageModule(api);
        app.MapOrdersModule(api);
        app.MapEngagementModule(api);
        app.MapMatchingModule(api);
        app.MapBoothsModule(api);
        app.MapNotifications(api);
        app.MapAuditApi(api);
        app.MapOutboxConsole(api);

        app.MapRazorComponents<App>();
    }
}

using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace FairHall.Platform.Localization;

internal static class LocalizationSetup
{
    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];

    public static void AddFairHallLocalization(this IServiceCollection services)
    {
        foreach (var type in typeof(LocalizationSetup).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ITextSource).IsAssignableFrom(t)))
        {
            services.AddSingleton(typeof(ITextSource), type);
        }

        services.AddSingleton<TextCatalog>();
        services.AddSingleton<IStringLocalizer, CatalogLocalizer>();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("zh-CN");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.ApplyCurrentCultureToResponseHeaders = true;
        });

        // FluentValidation ships Chinese and English messages; it follows the request's UI culture.
        ValidatorOptions.Global.LanguageManager.Enabled = true;
        // One message per field at a time: "must not be empty" says enough without the format rule below it.
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
    }

    /// <summary>GET /culture?c=en&amp;r=/path — remembers the language in a cookie and goes back.</summary>
    public static void MapCultureSwitch(this IEndpointRouteBuilder app) =>
        app.MapGet("/culture", (string c, string? r, HttpContext http) =>
        {
            var culture = Cultures.FirstOrDefault(x => x.Name.Equals(c, StringComparison.OrdinalIgnoreCase)) ?? Cultures[0];
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.MaxValue, IsEssential = true, HttpOnly = false, SameSite = SameSiteMode.Lax });
            var back = string.IsNullOrEmpty(r) || !r.StartsWith('/') || r.StartsWith("//", StringComparison.Ordinal) ? "/" : r;
            return Results.LocalRedirect(back);
        }).ExcludeFromDescription();
}

using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace MentorHub.Web.Platform.Localisation;

internal static class LocalisationModule
{
    public static IServiceCollection AddPlatformLocalisation(this IServiceCollection services)
    {
        services.AddSingleton(_ => TextCatalog.Shared);
        services.AddSingleton<IStringLocalizerFactory, JsonStringLocalizerFactory>();
        services.AddTransient(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = TextCatalog.SupportedLanguages.Select(l => new CultureInfo(l)).ToList();
            o.DefaultRequestCulture = new RequestCulture(TextCatalog.DefaultLanguage);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" },
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    public static RouteHandlerBuilder MapLanguageSwitch(this IEndpointRouteBuilder app) =>
        app.MapGet("/language/{lang}", (string lang, string? returnUrl, HttpContext context) =>
        {
            if (!TextCatalog.SupportedLanguages.Contains(lang))
            {
                lang = TextCatalog.DefaultLanguage;
            }
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(lang)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
            return Results.LocalRedirect(Web.LocalUrl.OrHome(returnUrl));
        }).ExcludeFromDescription();
}

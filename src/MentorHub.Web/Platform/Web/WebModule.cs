using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;

namespace MentorHub.Web.Platform.Web;

internal static class WebModule
{
    /// <summary>Bodies above this size are refused with 413 before any module reads them.</summary>
    public const long MaxRequestBodyBytes = 10 * 1024 * 1024;

    public static IServiceCollection AddPlatformWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRazorComponents();
        services.AddSecurityHeaders(configuration);
        services.AddScoped<Demo.DemoSeeder>();
        services.AddScoped<Hosting.AdminBootstrap>();
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.KebabCaseLower)));
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = MaxRequestBodyBytes);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddOpenApi("v1", o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/v1", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "MentorHub API",
                    Version = "v1",
                    Description = "Programmes, schools, self-assessment and clusters of whole-school mentoring programmes.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "An access token from POST /api/v1/auth/login.",
                };
                return Task.CompletedTask;
            });
        });
        return services;
    }

    public static WebApplication UsePlatformWeb(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > MaxRequestBodyBytes)
            {
                throw new BadHttpRequestException("The request body is too large.", StatusCodes.Status413PayloadTooLarge);
            }
            var sizeFeature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
            if (sizeFeature is { IsReadOnly: false })
            {
                sizeFeature.MaxRequestBodySize = MaxRequestBodyBytes;
            }
            await next();
        });
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), branch => branch.UseStatusCodePages());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), branch => branch.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        // Routing runs after the status-code pages, so a re-executed request for /not-found is routed
        // again (left to itself, the host puts routing first and the re-execution finds no page).
        app.UseRouting();
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        // Policies are opt-in per endpoint (anonymous survey links); everything else is unlimited.
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.UseAntiforgeryForCookieApiWrites();
        return app;
    }

    public static WebApplication MapPlatformPages(this WebApplication app)
    {
        // The fallback policy denies anonymous callers; these routes are public on purpose.
        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapLanguageSwitch().AllowAnonymous();
        app.MapRazorComponents<App>();
        return app;
    }
}

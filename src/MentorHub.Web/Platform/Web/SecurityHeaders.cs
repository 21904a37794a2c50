using Microsoft.AspNetCore.HttpOverrides;

namespace MentorHub.Web.Platform.Web;

/// <summary>
/// The headers every response carries, pages, API, files and errors alike: a Content-Security-Policy
/// that allows only the app's own script files (no inline script, no event-handler attributes, so
/// markup that slips into a page cannot run), no framing, no MIME sniffing and no full URLs in the
/// Referer sent to other sites. HSTS is added by <c>UseHsts</c> outside Development on HTTPS.
/// </summary>
internal static class SecurityHeaders
{
    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new ContentSecurityPolicy(ContentSecurityPolicy.For(configuration["Map:TileUrl"])));
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        // Behind a reverse proxy the scheme (for HSTS and secure cookies) and the client's address
        // (for rate limits) come from X-Forwarded-*. Only proxies named in configuration are trusted
        // (loopback by default); anyone else could send any address and get a fresh rate-limit budget.
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
            foreach (var network in configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }
        var policy = app.Services.GetRequiredService<ContentSecurityPolicy>();
        app.Use((context, next) =>
        {
            // Set when the response starts: the exception handler and status-code pages clear headers
            // set earlier, and their answers need them as much as any other.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api-docs") ? policy.ApiDocs : policy.Value;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}

/// <summary>The Content-Security-Policy header value, built once from configuration.</summary>
internal sealed record ContentSecurityPolicy(string Value)
{
    /// <summary>The vendor API reference still runs an inline script; only its page gets this policy.</summary>
    public string ApiDocs => Value.Replace("script-src 'self'", "script-src 'self' 'unsafe-inline'", StringComparison.Ordinal);

    /// <summary>
    /// Scripts only from this origin; styles from this origin plus inline style attributes (bar
    /// widths and heat-map colours are computed per cell); images from this origin, data: URLs
    /// (Leaflet's) and the configured map tile server.
    /// </summary>
    public static string For(string? tileUrl)
    {
        var tiles = TileOrigin(tileUrl);
        return string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:" + (tiles is null ? "" : " " + tiles),
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    }

    /// <summary>The scheme and host of a tile URL template such as <c>https://{s}.tile.example/{z}/{x}/{y}.png</c>.</summary>
    private static string? TileOrigin(string? tileUrl)
    {
        if (string.IsNullOrWhiteSpace(tileUrl))
        {
            return null;
        }
        var schemeEnd = tileUrl.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0)
        {
            return null;
        }
        var hostStart = schemeEnd + 3;
        var hostEnd = tileUrl.IndexOf('/', hostStart);
        var host = (hostEnd < 0 ? tileUrl[hostStart..] : tileUrl[hostStart..hostEnd]).Replace("{s}", "*", StringComparison.Ordinal);
        // A template placeholder anywhere else in the host cannot be expressed as a source: allow the scheme.
        return host.Contains('{', StringComparison.Ordinal) || host.Contains(' ', StringComparison.Ordinal) || host.Contains(';', StringComparison.Ordinal)
            ? tileUrl[..hostStart]
            : tileUrl[..hostStart] + host;
    }
}

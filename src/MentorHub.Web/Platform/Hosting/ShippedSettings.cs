using Microsoft.AspNetCore.Hosting.StaticWebAssets;
using Microsoft.Extensions.FileProviders;

namespace MentorHub.Web.Platform.Hosting;

internal static class ShippedSettings
{
    /// <summary>
    /// Started from another folder (`dotnet path/to/MentorHub.Web.dll`), the content root holds no
    /// appsettings.json and the host would fall back to logging every request and SQL command at
    /// Information. The settings shipped next to the binary then apply with the lowest precedence:
    /// environment variables and the command line still override them.
    /// </summary>
    public static WebApplicationBuilder UseShippedSettingsWhenStartedElsewhere(this WebApplicationBuilder builder)
    {
        if (File.Exists(Path.Combine(builder.Environment.ContentRootPath, "appsettings.json")))
        {
            return builder;
        }
        var files = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(AppContext.BaseDirectory);
        var shipped = new ConfigurationBuilder()
            .AddJsonFile(files, "appsettings.json", optional: true, reloadOnChange: false)
            .AddJsonFile(files, $"appsettings.{builder.Environment.EnvironmentName}.json", optional: true, reloadOnChange: false)
            .Sources;
        for (var i = shipped.Count - 1; i >= 0; i--)
        {
            builder.Configuration.Sources.Insert(0, shipped[i]);
        }
        return builder;
    }

    /// <summary>
    /// The styles and scripts are served from the endpoints manifest next to the binary, which names
    /// each file and its gzip and Brotli versions. Where those files are depends on how the app was
    /// started, and only `dotnet run` in Development finds them by itself:
    /// - from `dotnet publish` output, they are in the wwwroot beside the binary, whatever the
    ///   working folder (the host would look in the working folder's wwwroot and send empty files);
    /// - from a build folder, the compressed versions stay in obj/ and the rest in the project's
    ///   wwwroot, as the build's static web assets manifest lists; it is read in every environment.
    /// </summary>
    public static WebApplicationBuilder UseShippedStaticAssets(this WebApplicationBuilder builder)
    {
        var environment = builder.Environment;
        var published = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        var buildManifest = Path.Combine(AppContext.BaseDirectory, $"{environment.ApplicationName}.staticwebassets.runtime.json");
        if (Directory.Exists(published) && !File.Exists(buildManifest))
        {
            if (environment.WebRootPath is not { Length: > 0 } current || !string.Equals(Path.GetFullPath(current), Path.GetFullPath(published), StringComparison.Ordinal))
            {
                environment.WebRootPath = published;
                environment.WebRootFileProvider = new PhysicalFileProvider(published);
            }
        }
        else if (File.Exists(buildManifest) && !environment.IsDevelopment())
        {
            // Development reads it already (and the test host asks for it itself).
            StaticWebAssetsLoader.UseStaticWebAssets(environment, builder.Configuration);
        }
        return builder;
    }
}

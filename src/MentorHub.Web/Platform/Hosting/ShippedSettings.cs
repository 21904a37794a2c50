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
}

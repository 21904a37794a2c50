using System.Runtime.CompilerServices;
using System.Text.Json;

namespace MentorHub.Testing;

/// <summary>
/// The app's runtime switches (the <c>configProperties</c> MSBuild writes into
/// MentorHub.Web.runtimeconfig.json, such as how NavigationManager redirects during static
/// rendering) live in the app's runtimeconfig, which a test host never reads: it runs under the
/// test project's own. Each test assembly applies them when it loads, so the app hosted in tests
/// behaves as the app started with <c>dotnet MentorHub.Web.dll</c>.
/// </summary>
internal static class AppRuntimeSwitches
{
    public const string ConfigFile = "MentorHub.Web.runtimeconfig.json";

    /// <summary>The switches applied, for tests that check they match the app's.</summary>
    public static IReadOnlyDictionary<string, bool> Applied { get; private set; } = new Dictionary<string, bool>();

    [ModuleInitializer]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2255", Justification = "The switches must be set before the app's first type reads them.")]
    internal static void Apply()
    {
        var path = Path.Combine(AppContext.BaseDirectory, ConfigFile);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The app's runtime configuration is not next to the tests, so its switches cannot be applied.", path);
        }
        Applied = Read(File.ReadAllText(path));
        foreach (var (name, value) in Applied)
        {
            AppContext.SetSwitch(name, value);
        }
    }

    /// <summary>The boolean <c>configProperties</c> of a runtimeconfig.json.</summary>
    public static IReadOnlyDictionary<string, bool> Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var switches = new Dictionary<string, bool>(StringComparer.Ordinal);
        if (document.RootElement.TryGetProperty("runtimeOptions", out var options)
            && options.TryGetProperty("configProperties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                if (property.Value.ValueKind is JsonValueKind.True or JsonValueKind.False)
                {
                    switches[property.Name] = property.Value.GetBoolean();
                }
            }
        }
        return switches;
    }
}

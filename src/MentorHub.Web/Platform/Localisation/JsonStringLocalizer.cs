using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace MentorHub.Web.Platform.Localisation;

/// <summary>
/// Texts live in JSON files beside the code that uses them (<c>Modules/X/Resources/x.en.json</c>),
/// embedded in the assembly and merged per language at start. A missing translation falls back to
/// English, then to the key itself, so a gap shows up as readable English rather than an error.
/// </summary>
internal sealed class TextCatalog
{
    public static readonly string[] SupportedLanguages = ["en", "pt"];
    public const string DefaultLanguage = "en";

    private static readonly Lazy<TextCatalog> SharedCatalog = new(() => new TextCatalog());

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> byLanguage;

    /// <summary>
    /// The application's texts, loaded once. The localizers use it, and so do errors thrown far from
    /// any service container, which need their English words at once (see <see cref="CatalogText"/>).
    /// </summary>
    public static TextCatalog Shared => SharedCatalog.Value;

    public TextCatalog() : this(typeof(TextCatalog).Assembly)
    {
    }

    public TextCatalog(Assembly assembly)
    {
        var merged = SupportedLanguages.ToDictionary(l => l, _ => new Dictionary<string, string>(StringComparer.Ordinal));
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".json", StringComparison.Ordinal) && n.Contains(".Resources.", StringComparison.Ordinal)))
        {
            var parts = name.Split('.');
            var language = parts[^2];
            if (!merged.TryGetValue(language, out var target))
            {
                continue;
            }
            using var stream = assembly.GetManifestResourceStream(name)!;
            var entries = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
                ?? throw new InvalidOperationException($"Empty text file {name}.");
            foreach (var (key, value) in entries)
            {
                if (!target.TryAdd(key, value))
                {
                    throw new InvalidOperationException($"The text key '{key}' is defined twice for '{language}' ({name}).");
                }
            }
        }
        byLanguage = merged.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToFrozenDictionary(StringComparer.Ordinal));
    }

    public IReadOnlyCollection<string> Keys(string language) => byLanguage[language].Keys;

    public string? Find(string language, string key)
    {
        if (byLanguage.TryGetValue(language, out var texts) && texts.TryGetValue(key, out var text))
        {
            return text;
        }
        return byLanguage[DefaultLanguage].TryGetValue(key, out var fallback) ? fallback : null;
    }

    public static string CurrentLanguage()
    {
        var name = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return SupportedLanguages.Contains(name) ? name : DefaultLanguage;
    }
}

internal sealed class JsonStringLocalizer(TextCatalog catalog) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var text = catalog.Find(TextCatalog.CurrentLanguage(), name);
            return new LocalizedString(name, text ?? name, resourceNotFound: text is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        catalog.Keys(TextCatalog.CurrentLanguage()).Select(k => this[k]);
}

internal sealed class JsonStringLocalizerFactory(TextCatalog catalog) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => new JsonStringLocalizer(catalog);

    public IStringLocalizer Create(string baseName, string location) => new JsonStringLocalizer(catalog);
}

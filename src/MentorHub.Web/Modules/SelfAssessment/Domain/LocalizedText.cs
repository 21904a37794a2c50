using System.Text.Json;
using System.Text.Json.Serialization;

namespace MentorHub.Web.Modules.SelfAssessment.Domain;

/// <summary>
/// Text in several languages keyed by BCP 47 language tag ("en", "pt").
/// English is the fallback because every validated instrument has it.
/// </summary>
[JsonConverter(typeof(LocalizedTextJsonConverter))]
internal sealed class LocalizedText : IEquatable<LocalizedText>
{
    public const string Fallback = "en";

    private readonly Dictionary<string, string> values;

    public LocalizedText(IReadOnlyDictionary<string, string> values)
    {
        this.values = new Dictionary<string, string>(values, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyDictionary<string, string> Values => values;

    public static LocalizedText Of(string en, string pt) => new(new Dictionary<string, string> { ["en"] = en, ["pt"] = pt });

    public bool Has(string language) => values.TryGetValue(language, out var text) && !string.IsNullOrWhiteSpace(text);

    /// <summary>
    /// The text in <paramref name="language"/>; a regional tag ("pt-PT") falls back to its base
    /// language, and anything missing falls back to English.
    /// </summary>
    public string Get(string? language)
    {
        if (!string.IsNullOrWhiteSpace(language))
        {
            if (values.TryGetValue(language, out var exact) && !string.IsNullOrWhiteSpace(exact))
            {
                return exact;
            }

            var dash = language.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && values.TryGetValue(language[..dash], out var baseText) && !string.IsNullOrWhiteSpace(baseText))
            {
                return baseText;
            }
        }

        return values.TryGetValue(Fallback, out var en) ? en : values.Values.FirstOrDefault() ?? string.Empty;
    }

    public bool Equals(LocalizedText? other) =>
        other is not null && values.Count == other.values.Count &&
        values.All(kv => other.values.TryGetValue(kv.Key, out var v) && v == kv.Value);

    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    public override int GetHashCode() => values.Count;

    public override string ToString() => Get(Fallback);
}

/// <summary>Writes a <see cref="LocalizedText"/> as a plain <c>{"en": "...", "pt": "..."}</c> object, the shape of the instrument files.</summary>
internal sealed class LocalizedTextJsonConverter : JsonConverter<LocalizedText>
{
    public override LocalizedText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(JsonSerializer.Deserialize<Dictionary<string, string>>(ref reader, options) ?? []);

    public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (language, text) in value.Values)
        {
            writer.WriteString(language, text);
        }

        writer.WriteEndObject();
    }
}

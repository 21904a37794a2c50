using System.Text.Json;
using System.Text.Json.Serialization;

namespace MentorHub.Web.Platform.Localisation;

/// <summary>
/// Stores a <see cref="CatalogText"/> as <c>{"key": ..., "args": [...]}</c> (a plain text as <c>{"text": ...}</c>).
/// Arguments are strings, numbers, texts of their own, <c>{"names": {"en": ..., "pt": ...}}</c> for
/// <see cref="MultilingualText"/>, or arrays for <see cref="TextList"/>.
/// </summary>
public sealed class CatalogTextJsonConverter : JsonConverter<CatalogText>
{
    public override CatalogText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return ReadText(document.RootElement);
    }

    public override void Write(Utf8JsonWriter writer, CatalogText value, JsonSerializerOptions options) => WriteText(writer, value);

    private static CatalogText ReadText(JsonElement e)
    {
        if (e.TryGetProperty("text", out var plain))
        {
            return CatalogText.Plain(plain.GetString() ?? "");
        }
        var args = e.TryGetProperty("args", out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray().Select(ReadArg).ToArray() : [];
        return new CatalogText(e.GetProperty("key").GetString()!, args);
    }

    private static object? ReadArg(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.GetDouble(),
        JsonValueKind.Array => new TextList(e.EnumerateArray().Select(ReadArg)),
        JsonValueKind.Object when e.TryGetProperty("names", out var names) =>
            new MultilingualText(names.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "")),
        JsonValueKind.Object => ReadText(e),
        _ => null,
    };

    private static void WriteText(Utf8JsonWriter writer, CatalogText text)
    {
        writer.WriteStartObject();
        if (text.IsPlain)
        {
            writer.WriteString("text", text.Key);
        }
        else
        {
            writer.WriteString("key", text.Key);
            writer.WriteStartArray("args");
            foreach (var arg in text.Args)
            {
                WriteArg(writer, arg);
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    private static void WriteArg(Utf8JsonWriter writer, object? arg)
    {
        switch (arg)
        {
            case null:
                writer.WriteNullValue();
                break;
            case CatalogText text:
                WriteText(writer, text);
                break;
            case TextList list:
                writer.WriteStartArray();
                foreach (var item in list.Items)
                {
                    WriteArg(writer, item);
                }
                writer.WriteEndArray();
                break;
            case MultilingualText names:
                writer.WriteStartObject();
                writer.WriteStartObject("names");
                foreach (var (language, words) in names.ByLanguage)
                {
                    writer.WriteString(language, words);
                }
                writer.WriteEndObject();
                writer.WriteEndObject();
                break;
            case double or float or int or long or decimal:
                writer.WriteNumberValue(Convert.ToDouble(arg, System.Globalization.CultureInfo.InvariantCulture));
                break;
            default:
                writer.WriteStringValue(Convert.ToString(arg, System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }
}

using System.Globalization;
using System.Text.Json.Serialization;

namespace MentorHub.Web.Platform.Localisation;

/// <summary>
/// A text key of the catalogue with its format arguments, put into words only once the reader's
/// language is known. An argument that is itself a <see cref="CatalogText"/> (a status name, say)
/// is put into words in the same language. <see cref="Plain"/> wraps words that are the same in every
/// language: what someone typed, or a message from a library. Kept as data (the optimiser's reasons),
/// it is stored as its key and arguments, so it can be put into words in each reader's language later.
/// </summary>
[JsonConverter(typeof(CatalogTextJsonConverter))]
public sealed class CatalogText
{
    private readonly bool plain;

    public CatalogText(string key, params object?[] args)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        Key = key;
        Args = args ?? [];
    }

    private CatalogText(string text)
    {
        Key = text;
        Args = [];
        plain = true;
    }

    /// <summary>The catalogue key; for a plain text, the text itself.</summary>
    public string Key { get; }

    public IReadOnlyList<object?> Args { get; }

    public static CatalogText Plain(string text) => new(text ?? "");

    /// <summary>
    /// Puts the text into words with <paramref name="find"/> (key → text of the language, or null) and
    /// formats the arguments with <paramref name="culture"/>. A key nobody wrote shows as itself.
    /// </summary>
    internal string Render(Func<string, string?> find, IFormatProvider culture)
    {
        if (plain)
        {
            return Key;
        }
        var format = find(Key) ?? Key;
        if (Args.Count == 0)
        {
            return format;
        }
        var args = Args.Select(a => Arg(a, find, culture)).ToArray();
        return string.Format(culture, format, args);
    }

    private static object? Arg(object? arg, Func<string, string?> find, IFormatProvider culture) => arg switch
    {
        CatalogText inner => inner.Render(find, culture),
        TextList list => list.Render(item => string.Format(culture, "{0}", Arg(item, find, culture)), find("Shell.List.And") ?? " and "),
        _ => arg,
    };

    /// <summary>The English words, as the API and the logs show them.</summary>
    public string InEnglish() =>
        Render(key => TextCatalog.Shared.Find(TextCatalog.DefaultLanguage, key), CultureInfo.GetCultureInfo(TextCatalog.DefaultLanguage));

    public override string ToString() => plain ? Key : $"{Key}({string.Join(", ", Args)})";

    /// <summary>Whether this is a plain text (<see cref="Plain"/>) rather than a catalogue key.</summary>
    internal bool IsPlain => plain;
}

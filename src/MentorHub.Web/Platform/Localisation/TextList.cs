using System.Globalization;

namespace MentorHub.Web.Platform.Localisation;

/// <summary>
/// A list argument of a <see cref="CatalogText"/>: "a, b and c" in English, "a, b e c" in Portuguese
/// (the conjunction is the catalogue's <c>Shell.List.And</c>). Items may be texts, numbers or texts of their own.
/// </summary>
public sealed class TextList(IEnumerable<object?> items)
{
    public IReadOnlyList<object?> Items { get; } = [.. items];

    internal string Render(Func<object?, string> item, string and)
    {
        var words = Items.Select(item).ToList();
        return words.Count <= 1 ? string.Concat(words) : string.Join(", ", words.Take(words.Count - 1)) + and + words[^1];
    }

    public override string ToString() => string.Join(", ", Items.Select(i => Convert.ToString(i, CultureInfo.InvariantCulture)));
}

/// <summary>
/// Words that are data but written in several languages (an instrument's area names): an argument of a
/// <see cref="CatalogText"/> shown in the reader's language, else English, else any.
/// </summary>
public sealed class MultilingualText(IReadOnlyDictionary<string, string> byLanguage) : IFormattable
{
    public IReadOnlyDictionary<string, string> ByLanguage { get; } = new Dictionary<string, string>(byLanguage, StringComparer.OrdinalIgnoreCase);

    public string In(string language) =>
        ByLanguage.TryGetValue(language, out var text) ? text
        : ByLanguage.TryGetValue(TextCatalog.DefaultLanguage, out var english) ? english
        : ByLanguage.Values.FirstOrDefault() ?? "";

    public string ToString(string? format, IFormatProvider? formatProvider) =>
        In((formatProvider as CultureInfo ?? CultureInfo.CurrentCulture).TwoLetterISOLanguageName);

    public override string ToString() => ToString(null, CultureInfo.CurrentCulture);
}

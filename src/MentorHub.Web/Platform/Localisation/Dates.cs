using System.Globalization;

namespace MentorHub.Web.Platform.Localisation;

/// <summary>
/// Dates as readers of each language write them, used by every page: Portuguese readers see
/// 01/12/2026, English readers 1 Dec 2026 (never the US 12/1/2026, which both misread). Times are
/// stored and shown in UTC. Form fields (<c>type="date"</c>) and file names keep ISO 8601.
/// </summary>
public static class Dates
{
    private static readonly Dictionary<string, (string Day, string DayAndTime)> Formats = new(StringComparer.Ordinal)
    {
        ["en"] = ("d MMM yyyy", "d MMM yyyy, HH:mm"),
        ["pt"] = ("dd/MM/yyyy", "dd/MM/yyyy, HH:mm"),
    };

    /// <summary>The day in the current reader's language.</summary>
    public static string Day(DateTime value) => Day(value, TextCatalog.CurrentLanguage());

    public static string Day(DateOnly value) => Day(value.ToDateTime(TimeOnly.MinValue));

    public static string Day(DateTime value, string language) => Format(value, language, f => f.Day);

    /// <summary>The day and time (UTC) in the current reader's language.</summary>
    public static string DayAndTime(DateTime value) => DayAndTime(value, TextCatalog.CurrentLanguage());

    public static string DayAndTime(DateTime value, string language) => Format(value, language, f => f.DayAndTime);

    private static string Format(DateTime value, string language, Func<(string Day, string DayAndTime), string> pick)
    {
        var known = Formats.ContainsKey(language) ? language : TextCatalog.DefaultLanguage;
        return value.ToString(pick(Formats[known]), CultureInfo.GetCultureInfo(known));
    }
}

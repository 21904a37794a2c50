using System.Globalization;
using MentorHub.Web.Platform.Errors;
using Microsoft.Extensions.Localization;

namespace MentorHub.Web.Platform.Localisation;

/// <summary>How a page shows a refusal: in the reader's language when the error carries a text key, else as thrown.</summary>
public static class ErrorLocalizerExtensions
{
    /// <summary>The error's message in the current UI language; <see cref="Exception.Message"/> when it has no text key.</summary>
    public static string Error(this IStringLocalizer localizer, Exception exception) =>
        exception is ProblemException { Text: { } text } ? localizer.Text(text) : exception.Message;

    /// <summary>An input error's field messages in the current UI language, or as thrown when they have no text keys.</summary>
    public static IEnumerable<string> FieldErrors(this IStringLocalizer localizer, InputException exception) =>
        localizer.ErrorsByField(exception).Values.SelectMany(v => v);

    /// <summary>Field → messages in the current UI language, or as thrown when they have no text keys.</summary>
    public static IReadOnlyDictionary<string, string[]> ErrorsByField(this IStringLocalizer localizer, InputException exception) =>
        exception.FieldTexts is { } texts
            ? texts.ToDictionary(e => e.Key, e => e.Value.Select(localizer.Text).ToArray())
            : exception.Errors.AsReadOnly();

    /// <summary>The message followed by the field messages, for pages that show an input error in one line.</summary>
    public static string ErrorWithFields(this IStringLocalizer localizer, Exception exception) =>
        exception is InputException input
            ? string.Join(" ", localizer.FieldErrors(input).Prepend(localizer.Error(input)))
            : localizer.Error(exception);

    public static string Text(this IStringLocalizer localizer, CatalogText text) =>
        text.Render(key => localizer[key] is { ResourceNotFound: false } found ? found.Value : null, CultureInfo.CurrentCulture);
}

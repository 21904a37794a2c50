using System.Net;
using System.Text.RegularExpressions;
using MentorHub.Tests.Infrastructure;

namespace MentorHub.Tests.Modules.Activities;

/// <summary>Reads back what a re-rendered form shows in its fields, and posts forms whose checkbox lists repeat a name.</summary>
internal static partial class PageHtml
{
    /// <summary>Gets the page, then posts its form <paramref name="formName"/> with the fields given (a name may repeat); the response is returned as it is.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string url, string formName, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await (await client.GetAsync(url)).Content.ReadAsStringAsync();
        List<KeyValuePair<string, string>> all = [.. fields, new("_handler", formName), new(HtmlForms.AntiforgeryField, HtmlForms.AntiforgeryToken(page))];
        return await client.PostAsync(url, new FormUrlEncodedContent(all));
    }

    /// <summary>Posts and expects the page again (a refused form), not a redirect.</summary>
    public static async Task<string> RefusedAsync(HttpClient client, string url, string formName, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var response = await SubmitAsync(client, url, formName, fields);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"The post answered {(int)response.StatusCode}, not the form again.");
        return html;
    }

    /// <summary>The opening tag of the element named <paramref name="name"/>.</summary>
    public static string Tag(string html, string element, string name)
    {
        var match = Regex.Match(html, $"<{element}\\b[^>]*\\bname=\"{Regex.Escape(name)}\"[^>]*>");
        Assert.True(match.Success, $"No <{element} name=\"{name}\"> on the page.");
        return match.Value;
    }

    /// <summary>The decoded value of the input named <paramref name="name"/>; "" when it has none.</summary>
    public static string Value(string html, string name) => Attribute(Tag(html, "input", name), "value") ?? "";

    public static string? Attribute(string tag, string attribute)
    {
        var match = Regex.Match(tag, $"\\s{Regex.Escape(attribute)}(?:=\"([^\"]*)\")?");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    /// <summary>The values of the options selected in the select named <paramref name="name"/>.</summary>
    public static IReadOnlyList<string> Selected(string html, string name)
    {
        var select = Regex.Match(html, $"<select\\b[^>]*\\bname=\"{Regex.Escape(name)}\"[^>]*>(.*?)</select>", RegexOptions.Singleline);
        Assert.True(select.Success, $"No <select name=\"{name}\"> on the page.");
        return [.. OptionTag().Matches(select.Groups[1].Value).Select(m => m.Value).Where(o => Attribute(o, "selected") is not null).Select(o => Attribute(o, "value")!)];
    }

    /// <summary>The values of the ticked checkboxes named <paramref name="name"/>.</summary>
    public static IReadOnlyList<string> Checked(string html, string name) =>
        [.. Regex.Matches(html, $"<input\\b[^>]*\\bname=\"{Regex.Escape(name)}\"[^>]*>").Select(m => m.Value)
            .Where(t => Attribute(t, "checked") is not null).Select(t => Attribute(t, "value")!)];

    /// <summary>All values offered under a checkbox or hidden name, or as options of a select.</summary>
    public static IReadOnlyList<string> Offered(string html, string name)
    {
        var select = Regex.Match(html, $"<select\\b[^>]*\\bname=\"{Regex.Escape(name)}\"[^>]*>(.*?)</select>", RegexOptions.Singleline);
        return select.Success
            ? [.. OptionTag().Matches(select.Groups[1].Value).Select(m => Attribute(m.Value, "value")!)]
            : [.. Regex.Matches(html, $"<input\\b[^>]*\\bname=\"{Regex.Escape(name)}\"[^>]*>").Select(m => Attribute(m.Value, "value")!)];
    }

    /// <summary>The decoded text of the textarea named <paramref name="name"/>.</summary>
    public static string TextArea(string html, string name)
    {
        var match = Regex.Match(html, $"<textarea\\b[^>]*\\bname=\"{Regex.Escape(name)}\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline);
        Assert.True(match.Success, $"No <textarea name=\"{name}\"> on the page.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>The decoded text of the element with id <paramref name="id"/> (one without nested elements of its kind).</summary>
    public static string Text(string html, string element, string id)
    {
        var match = Regex.Match(html, $"<{element}\\b[^>]*\\bid=\"{Regex.Escape(id)}\"[^>]*>(.*?)</{element}>", RegexOptions.Singleline);
        Assert.True(match.Success, $"No <{element} id=\"{id}\"> on the page.");
        return WebUtility.HtmlDecode(Regex.Replace(match.Groups[1].Value, "<[^>]+>", "")).Trim();
    }

    /// <summary>Asserts that the field is flagged invalid and described by the message with id <paramref name="errorId"/>, which says <paramref name="message"/>.</summary>
    public static void FlaggedBeside(string html, string fieldTag, string errorId, string message)
    {
        Assert.Equal("true", Attribute(fieldTag, "aria-invalid"));
        Assert.Contains(errorId, (Attribute(fieldTag, "aria-describedby") ?? "").Split(' '));
        Assert.Equal(message, Text(html, "p", errorId));
    }

    [GeneratedRegex("<option\\b[^>]*>", RegexOptions.Singleline)]
    private static partial Regex OptionTag();
}

using System.Net;
using System.Text.RegularExpressions;

namespace MentorHub.Tests.Infrastructure;

/// <summary>Reads what a server-rendered form carries, to post it as a browser without JavaScript would.</summary>
internal static class HtmlForms
{
    public const string AntiforgeryField = "__RequestVerificationToken";

    /// <summary>The decoded value of a hidden field; fails the test when the page has none.</summary>
    public static string Hidden(string html, string name)
    {
        var match = Regex.Match(html, $"<input type=\"hidden\" name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"");
        Assert.True(match.Success, $"No hidden field {name} on the page.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static string AntiforgeryToken(string html) => Hidden(html, AntiforgeryField);

    /// <summary>Gets the page, then posts its form <paramref name="formName"/> with the fields given; returns the page that answers (200).</summary>
    public static async Task<string> PostFormAsync(HttpClient client, string url, string formName, Dictionary<string, string> fields)
    {
        var response = await SubmitAsync(client, url, formName, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Gets the page, then posts its form <paramref name="formName"/> with the fields given; returns the response as it is (a redirect is not followed).</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string url, string formName, Dictionary<string, string> fields)
    {
        var page = await (await client.GetAsync(url)).Content.ReadAsStringAsync();
        fields["_handler"] = formName;
        fields[AntiforgeryField] = AntiforgeryToken(page);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }
}

using System.Net;
using System.Text.RegularExpressions;
using MentorHub.Tests.Infrastructure;

namespace MentorHub.Tests.Platform;

/// <summary>/api-docs is the app's own page, built from its OpenAPI document: offline, in the app's layout, in both languages.</summary>
[Trait("Category", Category.Integration)]
public sealed partial class ApiReferencePageTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_reference_lists_every_operation_of_the_document_without_anything_from_elsewhere()
    {
        var anonymous = app.Anonymous();
        var response = await anonymous.GetAsync("/api-docs");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        var text = WebUtility.HtmlDecode(html);

        // Nothing is loaded or linked from another site: no fonts, scripts or vendor buttons.
        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
        Assert.All(Attributes().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[2].Value)), url =>
            Assert.True(url.StartsWith("data:", StringComparison.Ordinal) || (!url.Contains(':', StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal)), url));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);

        // In the app's layout, with a way back.
        Assert.Contains("class=\"brand\" href=\"/\"", html);
        Assert.Contains("<h1>API reference</h1>", html);
        Assert.Contains("href=\"/openapi/v1.json\"", html);

        // Every operation of the document, with the key ones' details.
        var document = await (await anonymous.GetAsync("/openapi/v1.json")).JsonAsync();
        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => $"{o.Name.ToUpperInvariant()} {p.Name}")).ToList();
        Assert.True(operations.Count > 40);
        Assert.All(operations, op => Assert.Contains(op, text));
        Assert.Contains("POST /api/v1/programmes/{id}/cluster-proposals", text);
        Assert.Contains("GET /api/v1/rounds/{id}/report", text);
        Assert.Contains("POST /api/v1/surveys/{code}/responses", text);
        Assert.Contains("POST /api/v1/auth/login", text);
        Assert.Contains("Run the optimiser", text);
        Assert.Contains("id=\"schema-proposeclustersrequest\"", html);
        Assert.Contains("<code>maxDistanceKm</code>", html);
        Assert.Contains("href=\"#schema-proposalweights\"", html);
        Assert.Contains("<caption>Parameters</caption>", html);
        Assert.Contains("<caption>Responses</caption>", html);
    }

    [Fact]
    public async Task The_reference_speaks_portuguese_too()
    {
        var html = WebUtility.HtmlDecode(await app.Anonymous().GetStringAsync("/api-docs?lang=pt"));

        Assert.Contains("<h1>Referência da API</h1>", html);
        Assert.Contains("<caption>Respostas</caption>", html);
        Assert.Contains("POST /api/v1/programmes/{id}/cluster-proposals", html);
    }

    [GeneratedRegex("(href|src)=\"([^\"]*)\"")]
    private static partial Regex Attributes();
}

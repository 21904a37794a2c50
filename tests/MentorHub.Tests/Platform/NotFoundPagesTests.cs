using System.Net;
using System.Text.RegularExpressions;
using MentorHub.Tests.Infrastructure;
using Microsoft.AspNetCore.Components.Endpoints;

namespace MentorHub.Tests.Platform;

/// <summary>
/// Every page that shows one thing by its id answers 404 with the not-found page when there is no
/// such thing, for the administrator (who may see everything) and for a coordinator alike.
/// </summary>
[Trait("Category", Category.Integration)]
public sealed class NotFoundPagesTests(AppFixture app) : IClassFixture<AppFixture>
{
    /// <summary>Each page with an id in its route, and its address for an id nobody has.</summary>
    public static readonly TheoryData<string, string> Pages = new()
    {
        { "/programmes/{Id:guid}", "/programmes/{guid}" },
        { "/programmes/{Id:guid}/clusters", "/programmes/{guid}/clusters" },
        { "/programmes/{Id:guid}/cluster-requests", "/programmes/{guid}/cluster-requests" },
        { "/programmes/{Id:guid}/cluster-proposals", "/programmes/{guid}/cluster-proposals" },
        { "/programmes/{Id:guid}/outcomes", "/programmes/{guid}/outcomes" },
        { "/programmes/{ProgrammeId:guid}/incentives", "/programmes/{guid}/incentives" },
        { "/programmes/{ProgrammeId:guid}/self-assessment", "/programmes/{guid}/self-assessment" },
        { "/programmes/{ProgrammeId:guid}/self-assessment/change", "/programmes/{guid}/self-assessment/change" },
        { "/hubs/{Id:guid}", "/hubs/{guid}" },
        { "/clusters/{Id:guid}", "/clusters/{guid}" },
        { "/schools/{Id}", "/schools/{guid}" },
        { "/schools/{SchoolId}/rounds", "/schools/{guid}/rounds" },
        { "/rounds/{Id}/report", "/rounds/{guid}/report" },
        { "/rounds/{Id}/invitations", "/rounds/{guid}/invitations" },
        { "/clusters/{Id:guid}/journey", "/clusters/{guid}/journey" },
        { "/clusters/{Id:guid}/agreement", "/clusters/{guid}/agreement" },
        { "/programmes/{Id:guid}/journey", "/programmes/{guid}/journey" },
        { "/schools/{Id}/plans", "/schools/{guid}/plans" },
        { "/schools/{SchoolId}/plans/new", "/schools/{guid}/plans/new" },
        { "/plans/{Id:guid}", "/plans/{guid}" },
        { "/plans/{Id:guid}/edit", "/plans/{guid}/edit" },
        { "/methods/{Id}", "/methods/{guid}" },
        { "/methods/{MethodId:guid}/edit", "/methods/{guid}/edit" },
        { "/programmes/{ProgrammeId:guid}/methods/new", "/programmes/{guid}/methods/new" },
        { "/schools/{Id}/recommendations", "/schools/{guid}/recommendations" },
        { "/schools/{Id}/inquiries", "/schools/{guid}/inquiries" },
        { "/inquiries/{Id:guid}", "/inquiries/{guid}" },
        { "/clusters/{Id:guid}/activities", "/clusters/{guid}/activities" },
        { "/clusters/{Id:guid}/activities/{ActivityId:guid}", "/clusters/{guid}/activities/{guid}" },
        { "/clusters/{Id:guid}/calendar", "/clusters/{guid}/calendar" },
        { "/clusters/{Id:guid}/reflections", "/clusters/{guid}/reflections" },
        { "/clusters/{Id:guid}/diary", "/clusters/{guid}/diary" },
    };

    /// <summary>Pages with a route value that is not the id of something shown, and why.</summary>
    private static readonly Dictionary<string, string> NotAnId = new()
    {
        // A survey link answers 404 with its own explanation, in the respondent's language (AnswerSurveyPageTests).
        ["/s/{Code}"] = "survey link",
        // Thanks whatever the code: the page tells nothing about the link.
        ["/s/{Code}/thanks"] = "thanks page",
        // An invitation that is unknown, used or expired is explained on the page, with how to get a new one.
        ["/account/invitation/{Token}"] = "invitation token",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_for_something_that_does_not_exist_answers_404_with_the_not_found_page(string pattern, string address)
    {
        foreach (var email in new[] { "admin@demo.example", "coordinator@demo.example" })
        {
            var client = await app.SignedInAsync(email);
            var url = address.Replace("{guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal);

            var response = await client.GetAsync(url);

            var html = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{pattern} as {email} answered {(int)response.StatusCode}.");
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("<h1>Page not found</h1>", html, StringComparison.Ordinal);
            Assert.Single(Regex.Matches(html, "<h1"));
            Assert.Contains("<title>Page not found · MentorHub</title>", html, StringComparison.Ordinal);
            // The whole page, with the app's navigation, not a bare fragment.
            Assert.Contains("<nav", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_not_found_page_speaks_portuguese_too()
    {
        var client = await app.SignedInAsync("coordinator@demo.example");

        var response = await client.GetAsync($"/hubs/{Guid.NewGuid()}?lang=pt");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>Página não encontrada</h1>", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_with_a_route_value_is_listed()
    {
        var listed = Pages.Select(row => (string)row[0]).Concat(NotAnId.Keys).ToHashSet(StringComparer.Ordinal);
        var unlisted = AuthorizationMetadataTests.Endpoints(app)
            .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null)
            .Select(e => e.RoutePattern.RawText ?? "")
            .Where(p => p.Contains('{', StringComparison.Ordinal) && !listed.Contains(p))
            .Distinct()
            .ToList();
        Assert.True(unlisted.Count == 0, "Pages with a route value missing from NotFoundPagesTests: " + string.Join(", ", unlisted));
    }
}

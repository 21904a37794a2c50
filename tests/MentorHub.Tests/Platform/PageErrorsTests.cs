using System.Net;
using System.Net.Http.Json;
using MentorHub.Tests.Infrastructure;
using MentorHub.Tests.Modules.Clusters;
using MentorHub.Web.Modules.Programs;

namespace MentorHub.Tests.Platform;

/// <summary>A refusal shown on a page speaks the page's language; the API keeps answering in English.</summary>
[Trait("Category", Category.Integration)]
public sealed class PageErrorsTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("en", "This school is the mentor of cluster", "Let them leave the cluster first (they can then join another one), then record the withdrawal.")]
    [InlineData("pt", "Esta escola é a mentora do cluster", "Faça-as sair primeiro do cluster (podem depois entrar noutro) e só então registe a desistência.")]
    public async Task Withdrawing_a_mentor_school_that_still_leads_mentees_is_refused_in_the_page_language(string lang, string start, string end)
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var programmeId = await ClusterTestData.DemoProgrammeIdAsync(coordinator);

        var html = await HtmlForms.PostFormAsync(coordinator, $"/programmes/{programmeId}?lang={lang}", "participant-status",
            new() { ["StatusInput.Confirm"] = $"Withdrawn|{ProgramsDemo.LisbonMentors[0]}" });

        var alert = Alert(html);
        Assert.StartsWith(start, alert);
        Assert.EndsWith(end, alert);
        var participants = await (await coordinator.GetAsync($"/api/v1/programmes/{programmeId}/participants")).JsonAsync();
        Assert.NotEqual("withdrawn", participants.EnumerateArray().Single(p => p.GetProperty("schoolId").GetString() == ProgramsDemo.LisbonMentors[0]).GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_input_error_shows_its_message_and_field_messages_in_the_page_language()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var programmeId = await ClusterTestData.DemoProgrammeIdAsync(coordinator);
        var clusters = await (await coordinator.GetAsync($"/api/v1/programmes/{programmeId}/clusters")).JsonAsync();
        var clusterId = clusters[0].GetProperty("id").GetString();

        var html = await HtmlForms.PostFormAsync(coordinator, $"/clusters/{clusterId}?lang=pt", "add-link",
            new() { ["LinkInput.Title"] = "Moodle", ["LinkInput.Url"] = "ftp://moodle.example.org/course/7" });

        Assert.Equal(
            "Uma ligação do espaço partilhado tem de ser um endereço http ou https. Escreva um endereço completo, como https://moodle.example.org/course/7.",
            Alert(html));
    }

    [Fact]
    public async Task The_api_still_answers_with_the_english_message_whatever_the_language()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var programmeId = await ClusterTestData.DemoProgrammeIdAsync(coordinator);
        coordinator.DefaultRequestHeaders.AcceptLanguage.ParseAdd("pt");

        var refused = await coordinator.PostAsJsonAsync($"/api/v1/programmes/{programmeId}/participants", new { schoolId = ProgramsDemo.LisbonMentors[0], role = "mentor" });

        var problem = await refused.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.EndsWith(" already takes part in this programme.", problem.GetProperty("title").GetString());
    }

    /// <summary>The text of the page's error alert, decoded (Blazor encodes every non-ASCII character).</summary>
    private static string Alert(string html)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, "<p class=\"alert error\" role=\"alert\">(.*?)</p>");
        Assert.True(match.Success, "The page shows no error.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }
}

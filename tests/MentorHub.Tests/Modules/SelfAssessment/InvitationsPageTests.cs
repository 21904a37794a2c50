using System.Net;
using MentorHub.Tests.Infrastructure;
using MentorHub.Web.Modules.Programs;
using MentorHub.Web.Modules.SelfAssessment.Domain;

namespace MentorHub.Tests.Modules.SelfAssessment;

/// <summary>The printed invitation says what the round asks about: a self-assessment maps the school, an outcome survey asks about the mentoring.</summary>
[Trait("Category", Category.Integration)]
public sealed class InvitationsPageTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task An_outcome_round_invites_teachers_to_say_what_they_think_of_the_mentoring_in_both_languages()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var outcome = await Surveys.OpenRoundAsync(coordinator, ProgramsDemo.LisbonMentees[7], InstrumentCatalog.DefaultOutcomeId);
        var selfAssessment = await Surveys.OpenRoundAsync(coordinator, ProgramsDemo.LisbonMentees[7], InstrumentCatalog.DefaultSelfAssessmentId);

        var en = await SheetAsync(coordinator, outcome, "en");
        Assert.Contains("mentoring programme", en);
        Assert.DoesNotContain("mapping", en);
        Assert.DoesNotContain("digital teaching", en);
        var pt = await SheetAsync(coordinator, outcome, "pt");
        Assert.Contains("programa de mentoria", pt);
        Assert.DoesNotContain("mapear", pt);

        Assert.Contains("Your school is mapping where it stands with digital teaching", await SheetAsync(coordinator, selfAssessment, "en"));
        Assert.Contains("A sua escola está a mapear", await SheetAsync(coordinator, selfAssessment, "pt"));
    }

    private static async Task<string> SheetAsync(HttpClient client, System.Text.Json.JsonElement round, string lang)
    {
        var response = await client.GetAsync($"/rounds/{round.GetProperty("id").GetString()}/invitations?lang={lang}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}

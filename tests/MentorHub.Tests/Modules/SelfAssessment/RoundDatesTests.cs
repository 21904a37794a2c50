using System.Net;
using System.Net.Http.Json;
using MentorHub.Tests.Infrastructure;
using MentorHub.Web.Modules.Programs;
using MentorHub.Web.Modules.SelfAssessment.Domain;

namespace MentorHub.Tests.Modules.SelfAssessment;

/// <summary>A closing time before the opening time is bad input (400 naming closesAt), for every kind of round and for a change.</summary>
[Trait("Category", Category.Integration)]
public sealed class RoundDatesTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData(InstrumentCatalog.DefaultSelfAssessmentId)]
    [InlineData(InstrumentCatalog.DefaultOutcomeId)]
    public async Task Opening_a_round_that_closes_before_it_opens_names_closesAt(string instrumentId)
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var programmeId = await Surveys.ProgrammeIdAsync(coordinator);
        var response = await coordinator.PostAsJsonAsync($"/api/v1/schools/{ProgramsDemo.LisbonMentees[5]}/rounds", new
        {
            programmeId,
            instrumentId,
            opensAt = DateTime.UtcNow.AddDays(10),
            closesAt = DateTime.UtcNow.AddDays(5),
        });
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("A round must close after it opens.", Assert.Single(problem.GetProperty("errors").GetProperty("closesAt").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task Moving_the_closing_time_before_the_opening_time_names_closesAt()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var round = await Surveys.OpenRoundAsync(coordinator, ProgramsDemo.LisbonMentees[6], InstrumentCatalog.DefaultOutcomeId,
            DateTime.UtcNow.AddDays(10), DateTime.UtcNow.AddDays(20));
        var response = await coordinator.PostAsJsonAsync($"/api/v1/rounds/{round.GetProperty("id").GetString()}/extend", new { closesAt = DateTime.UtcNow.AddDays(5) });
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("closesAt", out _));
    }
}

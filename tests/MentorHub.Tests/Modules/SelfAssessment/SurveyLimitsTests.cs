using System.Net;
using System.Net.Http.Json;
using MentorHub.Tests.Infrastructure;
using MentorHub.Web.Modules.Programs;
using MentorHub.Web.Modules.SelfAssessment.Domain;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MentorHub.Tests.Modules.SelfAssessment;

[Trait("Category", Category.Integration)]
public sealed class SurveyLimitsTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_link_flooded_past_its_budget_gets_429_problems_while_other_links_still_answer()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var round = await Surveys.OpenRoundAsync(coordinator, ProgramsDemo.SetubalMentors[0], InstrumentCatalog.DefaultSelfAssessmentId);
        // A second host on the same database with a tiny budget per link.
        await using var strict = app.Factory.WithWebHostBuilder(b => b.UseSetting("SelfAssessment:RequestsPerLinkPerMinute", "5"));
        var client = strict.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var teachers = Surveys.Code(round, "teachers");
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/surveys/{teachers}")).StatusCode);
        }
        var limited = await client.GetAsync($"/api/v1/surveys/{teachers}");
        await limited.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        await (await Surveys.SubmitAsync(client, teachers, new Dictionary<string, int?>())).AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/surveys/{Surveys.Code(round, "leaders")}")).StatusCode);
    }

    [Fact]
    public async Task A_round_that_has_not_opened_shows_its_form_but_takes_no_answers_yet()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var round = await Surveys.OpenRoundAsync(coordinator, ProgramsDemo.SetubalMentors[1], InstrumentCatalog.DefaultSelfAssessmentId,
            DateTime.UtcNow.AddDays(2), DateTime.UtcNow.AddDays(9));
        var code = Surveys.Code(round, "teachers");
        var form = await (await app.Anonymous().GetAsync($"/api/v1/surveys/{code}")).JsonAsync();
        Assert.Equal("scheduled", form.GetProperty("status").GetString());
        await (await Surveys.SubmitAsync(app.Anonymous(), code, new Dictionary<string, int?> { ["vision.t1"] = 4 })).AssertProblemAsync(HttpStatusCode.Conflict);
        var page = await (await app.Anonymous().GetAsync($"/s/{code}")).Content.ReadAsStringAsync();
        Assert.Contains("not open yet", page);
    }
}

using System.Net;
using System.Text.RegularExpressions;
using MentorHub.Tests.Infrastructure;

namespace MentorHub.Tests.Modules.SelfAssessment;

[Trait("Category", Category.Integration)]
public sealed class ProgrammeChangePageTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_national_coordinator_sees_the_change_per_area_and_a_teacher_does_not()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var programmeId = await Surveys.ProgrammeIdAsync(coordinator);
        var response = await coordinator.GetAsync($"/programmes/{programmeId}/self-assessment/change");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        // The demo gives some schools a follow-up round, so there is a table per shown group.
        Assert.Contains("Change per area: Teachers", html);
        var schools = Regex.Match(html, @"Schools with a baseline and a later round: (\d+)\.");
        Assert.True(schools.Success && int.Parse(schools.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > 0, "no school with two rounds");
        Assert.Matches(@"[+−]\d\.\d\d … [+−]\d\.\d\d", html);

        var teacher = await app.SignedInAsync("teacher@demo.example");
        var refused = WebUtility.HtmlDecode(await (await teacher.GetAsync($"/programmes/{programmeId}/self-assessment/change")).Content.ReadAsStringAsync());
        Assert.DoesNotContain("Change per area", refused);
        Assert.Contains("Only the programme's national and hub coordinators may compare its schools.", refused);
    }
}

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

    [Fact]
    public async Task The_comparisons_export_as_csv_and_xlsx_with_suppressed_schools_as_rows_without_numbers()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var programmeId = await Surveys.ProgrammeIdAsync(coordinator);

        var change = await CsvAsync(coordinator, $"/api/v1/programmes/{programmeId}/self-assessment/change/export?format=csv");
        Assert.Equal("group,areaId,area,schools,baselineRespondents,baselineMean,latestRespondents,latestMean,difference,ciLow,ciHigh,effectSize", change[0]);
        Assert.Contains(change, l => l.StartsWith("teachers,", StringComparison.Ordinal));

        var schools = await CsvAsync(coordinator, $"/api/v1/programmes/{programmeId}/self-assessment/schools/export?group=students&format=csv");
        Assert.Equal("schoolId,school,group,roundId,suppressed,areaId,area,mean", schools[0]);
        // The demo leaves some student groups under the threshold: one row each, and no number in it.
        var hidden = schools.Where(l => l.Contains(",true,", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(hidden);
        Assert.All(hidden, l => Assert.EndsWith(",true,,,", l));
        Assert.Contains(schools, l => l.Contains(",false,", StringComparison.Ordinal));

        var xlsx = await coordinator.GetAsync($"/api/v1/programmes/{programmeId}/self-assessment/change/export?format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal((byte)'P', (await xlsx.Content.ReadAsByteArrayAsync())[0]);
        await (await coordinator.GetAsync($"/api/v1/programmes/{programmeId}/self-assessment/schools/export?group=parents&format=csv")).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await coordinator.GetAsync($"/api/v1/programmes/{programmeId}/self-assessment/change/export?format=pdf")).AssertProblemAsync(HttpStatusCode.BadRequest);
        var teacher = await app.SignedInAsync("teacher@demo.example");
        await (await teacher.GetAsync($"/api/v1/programmes/{programmeId}/self-assessment/change/export?format=csv")).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    private static async Task<List<string>> CsvAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = System.Text.Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
    }
}

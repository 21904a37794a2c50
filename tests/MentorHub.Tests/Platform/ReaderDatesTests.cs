using System.Globalization;
using System.Net;
using MentorHub.Tests.Infrastructure;
using MentorHub.Tests.Modules.SelfAssessment;
using MentorHub.Web.Modules.Programs;
using MentorHub.Web.Modules.SelfAssessment.Domain;

namespace MentorHub.Tests.Platform;

/// <summary>Pages write dates as their reader's language does: 21/12/2026 in Portuguese, 21 Dec 2026 in English, never 12/21/2026.</summary>
[Trait("Category", Category.Integration)]
public sealed class ReaderDatesTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static string English(DateTime d) => $"{d.Day} {CultureInfo.GetCultureInfo("en").DateTimeFormat.GetAbbreviatedMonthName(d.Month)} {d.Year}";

    private static string Portuguese(DateTime d) => $"{d.Day:00}/{d.Month:00}/{d.Year}";

    private static string Us(DateTime d) => $"{d.Month}/{d.Day}/{d.Year}";

    [Fact]
    public async Task Rounds_invitations_reports_programmes_and_clusters_show_dates_in_the_readers_language()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var school = ProgramsDemo.LisbonMentees[8];
        // A closing day after the 12th, so a US date cannot pass for a Portuguese one.
        var closes = DateTime.UtcNow.Date.AddDays(40);
        closes = closes.Day > 12 ? closes : closes.AddDays(13);
        var round = await Surveys.OpenRoundAsync(coordinator, school, InstrumentCatalog.DefaultSelfAssessmentId, DateTime.UtcNow.AddHours(-1), closes.AddHours(12));
        var roundId = round.GetProperty("id").GetString();
        var programmeId = await Surveys.ProgrammeIdAsync(coordinator);
        var programme = await (await coordinator.GetAsync($"/api/v1/programmes/{programmeId}")).JsonAsync();
        var starts = DateTime.Parse(programme.GetProperty("startsOn").GetString()!, CultureInfo.InvariantCulture);
        var cluster = (await (await coordinator.GetAsync($"/api/v1/programmes/{programmeId}/clusters")).JsonAsync())[0].GetProperty("id").GetString();
        var joined = (await (await coordinator.GetAsync($"/api/v1/clusters/{cluster}")).JsonAsync()).GetProperty("history")[0].GetProperty("joinedAt").GetDateTime().ToUniversalTime();

        var pages = new (string Path, DateTime Date)[]
        {
            ($"/schools/{school}/rounds", closes),
            ($"/rounds/{roundId}/invitations", closes),
            ($"/rounds/{roundId}/report", closes),
            ($"/programmes/{programmeId}", starts),
            ("/programmes", starts),
            ($"/clusters/{cluster}", joined),
        };
        foreach (var (path, date) in pages)
        {
            foreach (var (lang, expected) in new[] { ("en", English(date)), ("pt", Portuguese(date)) })
            {
                var response = await coordinator.GetAsync($"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}lang={lang}");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
                Assert.True(html.Contains(expected, StringComparison.Ordinal), $"{path} in {lang} should show {expected}");
                Assert.False(html.Contains(Us(date), StringComparison.Ordinal), $"{path} in {lang} shows the US date {Us(date)}");
            }
        }
    }
}

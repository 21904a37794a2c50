using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MentorHub.Tests.Infrastructure;
using MentorHub.Web.Modules.Programs;

namespace MentorHub.Tests.Modules.SelfAssessment;

[Trait("Category", Category.Integration)]
public sealed class ReportPagesTests(AppFixture app) : IClassFixture<AppFixture>
{
    private async Task<(HttpClient Client, JsonElement Rounds)> DemoRoundsAsync()
    {
        var client = await app.SignedInAsync("mentee-school@demo.example");
        var rounds = await (await client.GetAsync($"/api/v1/schools/{ProgramsDemo.LisbonMentees[0]}/rounds")).JsonAsync();
        return (client, rounds);
    }

    [Fact]
    public async Task The_demo_school_has_a_baseline_and_a_closed_follow_up_compared_in_its_report()
    {
        var (client, rounds) = await DemoRoundsAsync();
        var selfAssessment = rounds.EnumerateArray().Where(r => r.GetProperty("instrumentId").GetString() == "selfassessment-default.v1").ToList();
        Assert.Equal(3, selfAssessment.Count);
        // Results show only for closed rounds, so the demo's follow-up is closed too; a third round is open.
        Assert.Equal(["open", "closed", "closed"], selfAssessment.Select(r => r.GetProperty("status").GetString()));
        var open = await (await client.GetAsync($"/api/v1/rounds/{selfAssessment[0].GetProperty("id").GetString()}/report")).JsonAsync();
        Assert.False(open.GetProperty("released").GetBoolean());
        Assert.Equal(3, open.GetProperty("responses").GetInt32());
        var report = await (await client.GetAsync($"/api/v1/rounds/{selfAssessment[1].GetProperty("id").GetString()}/report")).JsonAsync();
        Assert.Equal(selfAssessment[2].GetProperty("id").GetString(), report.GetProperty("previousRoundId").GetString());
        Assert.NotEqual(0, report.GetProperty("changes").GetArrayLength());
        Assert.True(report.GetProperty("released").GetBoolean());
        Assert.NotEqual(0, report.GetProperty("distributions").GetArrayLength());
    }

    [Fact]
    public async Task An_open_round_report_page_says_when_results_appear_and_how_many_responses_are_in()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var round = await Surveys.OpenRoundAsync(coordinator, ProgramsDemo.LisbonMentees[6], "outcome-default.v1", closesAt: new DateTime(2027, 3, 1, 12, 0, 0, DateTimeKind.Utc));
        for (var i = 0; i < 6; i++)
        {
            await Surveys.SubmitAsync(app.Anonymous(), Surveys.Code(round, "teachers"), new Dictionary<string, int?> { ["outcome.intention"] = 5 });
        }
        var html = System.Net.WebUtility.HtmlDecode(await (await coordinator.GetAsync($"/rounds/{round.GetProperty("id").GetString()}/report")).Content.ReadAsStringAsync());
        Assert.Contains("its results appear only once it closes, on 1 Mar 2027. Responses so far: 6.", html);
        Assert.DoesNotContain("n = 6", html);
        Assert.DoesNotContain("<canvas", html);
        var htmlPt = System.Net.WebUtility.HtmlDecode(await (await coordinator.GetAsync($"/rounds/{round.GetProperty("id").GetString()}/report?lang=pt")).Content.ReadAsStringAsync());
        Assert.Contains("os resultados só aparecem quando fechar, a 01/03/2027. Respostas até agora: 6.", htmlPt);
    }

    [Fact]
    public async Task A_report_with_every_group_hidden_draws_no_empty_chart_and_names_its_survey()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var round = await Surveys.OpenRoundAsync(coordinator, ProgramsDemo.LisbonMentees[7], "outcome-default.v1");
        var html = await (await coordinator.GetAsync($"/rounds/{round.GetProperty("id").GetString()}/report")).Content.ReadAsStringAsync();
        Assert.Contains("School outcome survey report", html);
        Assert.DoesNotContain("<canvas", html);
        Assert.DoesNotContain("(SELFIE )", html);
        Assert.DoesNotContain("id=\"selfie\"", html);
    }

    [Fact]
    public async Task Some_demo_groups_are_suppressed()
    {
        var admin = await app.SignedInAsync("admin@demo.example");
        var suppressed = 0;
        foreach (var school in ProgramsDemo.LisbonMentors.Concat(ProgramsDemo.LisbonMentees))
        {
            var rounds = await (await admin.GetAsync($"/api/v1/schools/{school}/rounds")).JsonAsync();
            foreach (var round in rounds.EnumerateArray())
            {
                var report = await (await admin.GetAsync($"/api/v1/rounds/{round.GetProperty("id").GetString()}/report")).JsonAsync();
                suppressed += report.GetProperty("groups").EnumerateArray().Count(g => g.GetProperty("suppressed").GetBoolean());
            }
        }
        Assert.True(suppressed > 0);
    }

    [Fact]
    public async Task The_school_leader_reads_the_report_page_its_exports_and_the_round_pages()
    {
        var (client, rounds) = await DemoRoundsAsync();
        var id = rounds[0].GetProperty("id").GetString();
        var page = await client.GetAsync($"/rounds/{id}/report");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("report-chart-data", html);
        Assert.Contains("<table", html);

        var csv = await client.GetAsync($"/api/v1/rounds/{id}/report/export?format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        Assert.Contains("group,suppressed,respondents,areaId,area,mean,agreeShare,answered", text);
        var xlsx = await client.GetAsync($"/api/v1/rounds/{id}/report/export?format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal((byte)'P', (await xlsx.Content.ReadAsByteArrayAsync())[0]);
        await (await client.GetAsync($"/api/v1/rounds/{id}/report/export?format=pdf")).AssertProblemAsync(HttpStatusCode.BadRequest);

        var manage = await client.GetAsync($"/schools/{ProgramsDemo.LisbonMentees[0]}/rounds");
        var manageHtml = await manage.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, manage.StatusCode);
        Assert.Contains("data:image/png;base64,", manageHtml);
        var invitations = await client.GetAsync($"/rounds/{id}/invitations");
        Assert.Equal(HttpStatusCode.OK, invitations.StatusCode);
        var invitationsHtml = await invitations.Content.ReadAsStringAsync();
        Assert.Contains("/s/", invitationsHtml);
        // A ready reminder per group, with the link in it, for the school to send itself.
        var reminder = System.Text.RegularExpressions.Regex.Match(invitationsHtml, "<textarea id=\"reminder-teachers\"[^>]*>([^<]*)</textarea>");
        Assert.True(reminder.Success, "no reminder text for teachers");
        Assert.Contains("/s/", reminder.Groups[1].Value);
    }
}

[Trait("Category", Category.Integration)]
public sealed class SchoolHeatmapTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Coordinators_see_the_schools_side_by_side_with_small_groups_hidden()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var programmeId = await Surveys.ProgrammeIdAsync(coordinator);
        var html = await (await coordinator.GetAsync($"/programmes/{programmeId}/self-assessment?group=leaders")).Content.ReadAsStringAsync();
        Assert.Contains("<table class=\"heat\">", html);
        Assert.Contains("hidden: too few respondents", html);
        Assert.Contains("/report\"", html);

        var hub = await HubCoordinatorOfOneHubAsync(coordinator, programmeId);
        var hubHtml = await (await hub.GetAsync($"/programmes/{programmeId}/self-assessment")).Content.ReadAsStringAsync();
        Assert.Contains("<table class=\"heat\">", hubHtml);
        Assert.True(CountRows(hubHtml) < CountRows(html), "A hub coordinator sees only the hub's schools.");

        var teacher = await app.SignedInAsync("teacher@demo.example");
        var denied = await (await teacher.GetAsync($"/programmes/{programmeId}/self-assessment")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<table class=\"heat\">", denied);
    }

    private static int CountRows(string html) => html.Split("<th scope=\"row\">").Length - 1;

    /// <summary>The demo's hub account coordinates both hubs; a freshly invited one holds only the Lisbon hub.</summary>
    private async Task<HttpClient> HubCoordinatorOfOneHubAsync(HttpClient coordinator, string programmeId)
    {
        var hubs = await (await coordinator.GetAsync($"/api/v1/programmes/{programmeId}/hubs")).JsonAsync();
        var lisbon = hubs.EnumerateArray().Single(h => h.GetProperty("name").GetString() == "Hub Regional de Lisboa").GetProperty("id").GetString();
        var email = $"hub-{Guid.NewGuid():N}@example.org";
        await (await coordinator.PostAsJsonAsync("/api/v1/invitations", new { email, displayName = "Hub Lisboa", role = "hub-coordinator", scopeType = "hub", scopeId = lisbon }))
            .JsonAsync(HttpStatusCode.Created);
        var link = app.Mail.LinkTo(email, "/account/invitation/");
        var token = link[(link.LastIndexOf('/') + 1)..];
        await (await app.Anonymous().PostAsJsonAsync($"/api/v1/invitations/{token}/accept", new { displayName = "Hub Lisboa", password = "a-long-password-1" })).JsonAsync();
        return await app.SignedInAsync(email, "a-long-password-1");
    }
}

[Trait("Category", Category.Integration)]
public sealed class SelfieEvidenceTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_school_types_in_its_selfie_scores_and_they_show_beside_its_report()
    {
        var school = await app.SignedInAsync("mentee-school@demo.example");
        var schoolId = ProgramsDemo.LisbonMentees[0];
        var saved = await school.PostAsJsonAsync($"/api/v1/schools/{schoolId}/selfie-scores",
            new { takenOn = "2026-05-01", group = "students", scores = new Dictionary<string, double> { ["A"] = 3.2, ["h"] = 2.8 } });
        var body = await saved.JsonAsync(HttpStatusCode.Created);
        Assert.Equal(2.8, body.GetProperty("scores").GetProperty("H").GetDouble());
        var list = await (await school.GetAsync($"/api/v1/schools/{schoolId}/selfie-scores")).JsonAsync();
        Assert.Contains(list.EnumerateArray(), e => e.GetProperty("group").GetString() == "students");

        await (await school.PostAsJsonAsync($"/api/v1/schools/{schoolId}/selfie-scores",
            new { takenOn = "2026-05-01", group = "students", scores = new Dictionary<string, double> { ["Z"] = 3 } })).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await school.PostAsJsonAsync($"/api/v1/schools/{schoolId}/selfie-scores",
            new { takenOn = "2026-05-01", group = "students", scores = new Dictionary<string, double> { ["A"] = 7 } })).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await school.PostAsJsonAsync($"/api/v1/schools/{schoolId}/selfie-scores", new { group = "students" })).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await school.PostAsJsonAsync($"/api/v1/schools/{ProgramsDemo.LisbonMentees[1]}/selfie-scores",
            new { takenOn = "2026-05-01", group = "students", scores = new Dictionary<string, double> { ["A"] = 3 } })).AssertProblemAsync(HttpStatusCode.Forbidden);

        // The self-assessment round's report shows them; an outcome round has no SELFIE counterpart.
        var rounds = (await (await school.GetAsync($"/api/v1/schools/{schoolId}/rounds")).JsonAsync()).EnumerateArray().ToList();
        var selfAssessment = rounds.First(r => r.GetProperty("instrumentId").GetString() == "selfassessment-default.v1");
        var html = await (await school.GetAsync($"/rounds/{selfAssessment.GetProperty("id").GetString()}/report")).Content.ReadAsStringAsync();
        Assert.Contains("SELFIE evidence", html);
        var outcome = rounds.First(r => r.GetProperty("instrumentId").GetString() == "outcome-default.v1");
        Assert.DoesNotContain("SELFIE evidence", await (await school.GetAsync($"/rounds/{outcome.GetProperty("id").GetString()}/report")).Content.ReadAsStringAsync());
    }
}

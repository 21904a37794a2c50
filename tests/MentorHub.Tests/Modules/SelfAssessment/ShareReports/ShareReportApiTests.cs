using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorHub.Tests.Infrastructure;

namespace MentorHub.Tests.Modules.SelfAssessment.ShareReports;

/// <summary>Sharing a released report and reading it as each audience (ADR 0016), on SQLite and on PostgreSQL.</summary>
[Trait("Category", Category.Integration)]
public sealed class ShareReportApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Sharing_takes_only_a_closed_round_and_names_bad_fields()
    {
        var demo = await SharingDemo.LoadAsync(app);
        var school = await app.SignedInAsync("mentee-school@demo.example");
        var round = demo.ClosedRounds[0];

        var missing = await school.PutAsJsonAsync($"/api/v1/rounds/{round}/sharing", new { ownStaff = true });
        Assert.True((await missing.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("mentorSchool", out _));
        var none = await school.PutAsJsonAsync($"/api/v1/rounds/{round}/sharing", new { mentorSchool = true, ownStaff = false, areaIds = Array.Empty<string>() });
        Assert.True((await none.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("areaIds", out _));
        var unknown = await school.PutAsJsonAsync($"/api/v1/rounds/{round}/sharing", new { mentorSchool = true, ownStaff = false, areaIds = new[] { demo.Areas[0], "no-such-area" } });
        var errors = (await unknown.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("areaIds");
        Assert.Contains("no-such-area", errors[0].GetString());
        var open = await school.PutAsJsonAsync($"/api/v1/rounds/{demo.OpenRound}/sharing", new { mentorSchool = true, ownStaff = true });
        await open.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.False((await (await school.GetAsync($"/api/v1/rounds/{demo.OpenRound}/sharing")).JsonAsync()).GetProperty("released").GetBoolean());

        // The school decides: its programme's coordinator, its mentor and its teachers may not share for it.
        foreach (var email in new[] { "coordinator@demo.example", "mentor-school@demo.example", "teacher@demo.example", "researcher@demo.example" })
        {
            var other = await app.SignedInAsync(email);
            var refused = await other.PutAsJsonAsync($"/api/v1/rounds/{round}/sharing", new { mentorSchool = true, ownStaff = true });
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await school.PutAsJsonAsync("/api/v1/rounds/no-such-round/sharing", new { mentorSchool = true, ownStaff = true })).StatusCode);

        var shared = await SharingDemo.ShareAsync(school, round, true, false, [demo.Areas[3], demo.Areas[1]]);
        Assert.True(shared.GetProperty("mentorSchool").GetBoolean());
        // Stored in the instrument's order, whatever order was sent.
        Assert.Equal([demo.Areas[1], demo.Areas[3]], shared.GetProperty("areaIds").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(JsonValueKind.String, shared.GetProperty("sharedBy").ValueKind);
        var read = await (await school.GetAsync($"/api/v1/rounds/{round}/sharing")).JsonAsync();
        Assert.Equal(shared.GetRawText(), read.GetRawText());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInAsync("teacher@demo.example")).GetAsync($"/api/v1/rounds/{round}/sharing")).StatusCode);
    }

    [Fact]
    public async Task Each_audience_reads_what_was_shared_with_it_and_nothing_once_revoked()
    {
        var demo = await SharingDemo.LoadAsync(app);
        var school = await app.SignedInAsync("mentee-school@demo.example");
        var teacher = await app.SignedInAsync("teacher@demo.example");
        var mentor = await app.SignedInAsync("mentor-school@demo.example");
        var mentorTeacher = await SharingDemo.PersonAsync(app, "teacher", "school", demo.Mentor);
        var researcher = await app.SignedInAsync("researcher@demo.example");
        var otherTeacher = await SharingDemo.PersonAsync(app, "teacher", "school", demo.OtherMentee);
        var otherMentor = await SharingDemo.PersonAsync(app, "school-coordinator", "school", demo.OtherMentor);
        var round = demo.ClosedRounds[^1];
        var full = await (await school.GetAsync($"/api/v1/rounds/{round}/report")).JsonAsync();
        Assert.Equal("full", full.GetProperty("view").GetString());

        async Task ExpectAsync(string state, params (HttpClient Client, bool Reads)[] readers)
        {
            foreach (var (client, reads) in readers)
            {
                var response = await client.GetAsync($"/api/v1/rounds/{round}/report");
                // Everyone here sees the programme: a report not shared with them is 403, never 404.
                Assert.True(reads ? response.StatusCode == HttpStatusCode.OK : response.StatusCode == HttpStatusCode.Forbidden, $"{state}: {(int)response.StatusCode}");
                var export = await client.GetAsync($"/api/v1/rounds/{round}/report/export?format=csv");
                Assert.Equal(reads ? HttpStatusCode.OK : HttpStatusCode.Forbidden, export.StatusCode);
                // The page shows the not-found page to whoever may not read the report.
                var page = await client.GetAsync($"/rounds/{round}/report");
                Assert.Equal(reads ? HttpStatusCode.OK : HttpStatusCode.NotFound, page.StatusCode);
                Assert.Equal(reads, (await page.Content.ReadAsStringAsync()).Contains("id=\"shared-view\"", StringComparison.Ordinal));
            }
        }

        await SharingDemo.ShareAsync(school, round, false, false);
        await ExpectAsync("not shared", (teacher, false), (mentor, false), (mentorTeacher, false), (researcher, false), (otherTeacher, false), (otherMentor, false));

        await SharingDemo.ShareAsync(school, round, false, true);
        await ExpectAsync("own staff", (teacher, true), (mentor, false), (mentorTeacher, false), (researcher, false), (otherTeacher, false), (otherMentor, false));
        var whole = await (await teacher.GetAsync($"/api/v1/rounds/{round}/report")).JsonAsync();
        Assert.Equal("shared", whole.GetProperty("view").GetString());
        Assert.Equal(JsonValueKind.Null, whole.GetProperty("sharedAreaIds").ValueKind);
        foreach (var section in new[] { "groups", "gaps", "changes", "distributions", "weakestAreas", "strengths" })
        {
            Assert.Equal(full.GetProperty(section).GetRawText(), whole.GetProperty(section).GetRawText());
        }

        await SharingDemo.ShareAsync(school, round, true, false);
        await ExpectAsync("mentor school", (teacher, false), (mentor, true), (mentorTeacher, true), (researcher, false), (otherTeacher, false), (otherMentor, false));

        string[] chosen = [demo.Areas[0], demo.Areas[4]];
        await SharingDemo.ShareAsync(school, round, true, true, chosen);
        await ExpectAsync("areas with both", (teacher, true), (mentor, true), (mentorTeacher, true), (researcher, false), (otherTeacher, false), (otherMentor, false));
        var part = await (await mentor.GetAsync($"/api/v1/rounds/{round}/report")).JsonAsync();
        Assert.Equal(chosen, part.GetProperty("sharedAreaIds").EnumerateArray().Select(a => a.GetString()));
        AssertOnlyAreas(part, chosen);
        AssertCellsOf(full, part);
        var csv = await (await mentor.GetAsync($"/api/v1/rounds/{round}/report/export?format=csv")).Content.ReadAsStringAsync();
        var csvAreas = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).Where(c => c.Length > 3 && c[3] != "").Select(c => c[3]).Distinct().ToList();
        Assert.NotEmpty(csvAreas);
        Assert.All(csvAreas, a => Assert.Contains(a, chosen));
        var page = await (await mentor.GetAsync($"/rounds/{round}/report")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("share-report", page, StringComparison.Ordinal);

        await SharingDemo.ShareAsync(school, round, false, false);
        await ExpectAsync("revoked", (teacher, false), (mentor, false), (mentorTeacher, false), (researcher, false), (otherTeacher, false), (otherMentor, false));
    }

    [Fact]
    public async Task A_school_that_leaves_its_cluster_no_longer_shares_with_that_mentor()
    {
        var demo = await SharingDemo.LoadAsync(app);
        var school = await app.SignedInAsync("mentee-school@demo.example");
        var mentor = await app.SignedInAsync("mentor-school@demo.example");
        var round = demo.ClosedRounds[0];
        await SharingDemo.ShareAsync(school, round, true, false);
        Assert.Equal(HttpStatusCode.OK, (await mentor.GetAsync($"/api/v1/rounds/{round}/report")).StatusCode);

        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        await (await coordinator.PostAsJsonAsync($"/api/v1/clusters/{demo.Cluster}/members/{demo.School}/leave", new { })).JsonAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await mentor.GetAsync($"/api/v1/rounds/{round}/report")).StatusCode);
    }

    private static void AssertOnlyAreas(JsonElement report, string[] areas)
    {
        foreach (var group in report.GetProperty("groups").EnumerateArray())
        {
            Assert.All(group.GetProperty("areas").EnumerateArray(), a => Assert.Contains(a.GetProperty("areaId").GetString(), areas));
        }
        foreach (var part in new[] { "gaps", "changes", "distributions", "weakestAreas", "strengths" })
        {
            Assert.All(report.GetProperty(part).EnumerateArray(), x => Assert.Contains(x.GetProperty("areaId").GetString(), areas));
        }
    }

    /// <summary>Every area cell of the shared report is the full report's cell, suppressed or not, with the same numbers.</summary>
    private static void AssertCellsOf(JsonElement full, JsonElement shared)
    {
        foreach (var group in shared.GetProperty("groups").EnumerateArray())
        {
            var whole = full.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("group").GetString() == group.GetProperty("group").GetString());
            Assert.Equal(whole.GetProperty("suppressed").GetBoolean(), group.GetProperty("suppressed").GetBoolean());
            foreach (var area in group.GetProperty("areas").EnumerateArray())
            {
                var cell = whole.GetProperty("areas").EnumerateArray().Single(a => a.GetProperty("areaId").GetString() == area.GetProperty("areaId").GetString());
                Assert.Equal(cell.GetRawText(), area.GetRawText());
            }
        }
    }
}

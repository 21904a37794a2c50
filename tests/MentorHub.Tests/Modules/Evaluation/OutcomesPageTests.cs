using System.Net;
using System.Text.Json;
using MentorHub.Tests.Infrastructure;
using MentorHub.Tests.Modules.SelfAssessment;
using MentorHub.Web.Modules.Programs;
using MentorHub.Web.Modules.SelfAssessment.Domain;

namespace MentorHub.Tests.Modules.Evaluation;

[Trait("Category", Category.Integration)]
public sealed class OutcomesPageTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_coordinator_reads_shares_and_intervals_per_school_and_a_small_school_stays_hidden()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var programmeId = await Surveys.ProgrammeIdAsync(coordinator);
        var before = await (await coordinator.GetAsync($"/api/v1/programmes/{programmeId}/outcomes?by=school")).JsonAsync();
        var fresh = ProgramsDemo.SetubalMentees.Concat(ProgramsDemo.LisbonMentees)
            .Where(s => !before.EnumerateArray().Any(x => x.GetProperty("scopeId").GetString() == s)).Take(2).ToList();
        var (shown, hidden) = (fresh[0], fresh[1]);
        var anonymous = app.Anonymous();
        foreach (var (school, count) in new[] { (shown, 5), (hidden, 2) })
        {
            var round = await Surveys.OpenRoundAsync(coordinator, school, InstrumentCatalog.DefaultOutcomeId);
            for (var i = 0; i < count; i++)
            {
                // 4 of the 5 agree with the first statement at the shown school.
                await Surveys.SubmitAsync(anonymous, Surveys.Code(round, "teachers"), new Dictionary<string, int?> { ["outcome.intention"] = i == 0 ? 2 : 5 });
            }
            await Surveys.CloseAsync(coordinator, round);
        }
        var names = new Dictionary<string, string>();
        foreach (var id in fresh)
        {
            names[id] = (await (await coordinator.GetAsync($"/api/v1/schools/{id}")).JsonAsync()).GetProperty("name").GetString()!;
        }
        string NameOf(string id) => names[id];

        var page = await coordinator.GetAsync($"/programmes/{programmeId}/outcomes?by=school");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        var shownSection = Section(html, NameOf(shown));
        Assert.Contains("5 respondents", shownSection);
        Assert.Contains("80%", shownSection);
        Assert.Contains("38% – 96%", shownSection);   // Wilson 95 % for 4 of 5
        Assert.Contains("89%", shownSection);          // the published reference beside it
        Assert.Contains("<svg", shownSection);
        var hiddenSection = Section(html, NameOf(hidden));
        Assert.Contains("Hidden: too few respondents.", hiddenSection);
        Assert.DoesNotContain("%", hiddenSection);

        // The export says the same: the shown school's numbers, the hidden school as one row without any.
        var csv = System.Text.Encoding.UTF8.GetString(await (await coordinator.GetAsync($"/api/v1/programmes/{programmeId}/outcomes/export?by=school&format=csv")).Content.ReadAsByteArrayAsync());
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("scope,scopeId,name,suppressed,respondents,itemId,statement,answered,agreeShare,ciLow,ciHigh,publishediHub4Schools", lines[0]);
        Assert.Contains(lines, l => l.StartsWith($"school,{shown},", StringComparison.Ordinal) && l.Contains(",outcome.intention,", StringComparison.Ordinal) && l.Contains(",5,0.8,0.3755,0.9638,0.89", StringComparison.Ordinal));
        var hiddenRow = Assert.Single(lines, l => l.StartsWith($"school,{hidden},", StringComparison.Ordinal));
        Assert.EndsWith(",true,,,,,,,,", hiddenRow.TrimEnd('\r'));
        var xlsx = await coordinator.GetAsync($"/api/v1/programmes/{programmeId}/outcomes/export?by=hub&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal((byte)'P', (await xlsx.Content.ReadAsByteArrayAsync())[0]);
        await (await coordinator.GetAsync($"/api/v1/programmes/{programmeId}/outcomes/export?format=pdf")).AssertProblemAsync(HttpStatusCode.BadRequest);

        var teacher = await app.SignedInAsync("teacher@demo.example");
        var refused = WebUtility.HtmlDecode(await (await teacher.GetAsync($"/programmes/{programmeId}/outcomes")).Content.ReadAsStringAsync());
        Assert.Contains("may read its outcomes", refused);
        Assert.DoesNotContain("<svg", refused);
        await (await teacher.GetAsync($"/api/v1/programmes/{programmeId}/outcomes/export?format=csv")).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_round_under_the_threshold_counts_nowhere_so_no_difference_of_totals_reveals_it()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var programmeId = await Surveys.ProgrammeIdAsync(coordinator);
        var before = await (await coordinator.GetAsync($"/api/v1/programmes/{programmeId}/outcomes?by=school")).JsonAsync();
        var school = ProgramsDemo.LisbonMentees.Concat(ProgramsDemo.SetubalMentees)
            .Last(s => !before.EnumerateArray().Any(x => x.GetProperty("scopeId").GetString() == s));
        var programmeBefore = await RespondentsAsync(coordinator, programmeId);
        var anonymous = app.Anonymous();
        // Two outcome rounds at one school: five answers (shown in its report), then two (hidden there).
        foreach (var (count, value) in new[] { (5, 5), (2, 1) })
        {
            var round = await Surveys.OpenRoundAsync(coordinator, school, InstrumentCatalog.DefaultOutcomeId);
            for (var i = 0; i < count; i++)
            {
                await Surveys.SubmitAsync(anonymous, Surveys.Code(round, "teachers"), new Dictionary<string, int?> { ["outcome.intention"] = value });
            }
            await Surveys.CloseAsync(coordinator, round);
        }

        var scopes = await (await coordinator.GetAsync($"/api/v1/programmes/{programmeId}/outcomes?by=school")).JsonAsync();
        var mine = scopes.EnumerateArray().Single(s => s.GetProperty("scopeId").GetString() == school);
        Assert.Equal(5, mine.GetProperty("respondents").GetInt32());
        var intention = mine.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("itemId").GetString() == "outcome.intention");
        Assert.Equal(1.0, intention.GetProperty("agreeShare").GetDouble(), 9);
        // The programme total grows by the five, not by seven.
        Assert.Equal(programmeBefore + 5, await RespondentsAsync(coordinator, programmeId));
    }

    [Fact]
    public async Task Top_down_and_bottom_up_clusters_are_compared_side_by_side()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var programmeId = await Surveys.ProgrammeIdAsync(coordinator);
        var scopes = await (await coordinator.GetAsync($"/api/v1/programmes/{programmeId}/outcomes?by=mode")).JsonAsync();
        var modes = scopes.EnumerateArray().Select(s => s.GetProperty("scopeId").GetString()).ToList();
        Assert.Subset(new HashSet<string?> { "top-down", "bottom-up" }, modes.ToHashSet());
        Assert.Contains("top-down", modes);
        Assert.All(scopes.EnumerateArray(), s => Assert.Equal("mode", s.GetProperty("scope").GetString()));

        // The modes pool the schools of the clusters: at least what the shown clusters hold, at most the programme.
        var byCluster = await (await coordinator.GetAsync($"/api/v1/programmes/{programmeId}/outcomes?by=cluster")).JsonAsync();
        static int Shown(JsonElement list) => list.EnumerateArray().Where(s => !s.GetProperty("suppressed").GetBoolean()).Sum(s => s.GetProperty("respondents").GetInt32());
        Assert.InRange(Shown(scopes), Math.Max(1, Shown(byCluster)), await RespondentsAsync(coordinator, programmeId));

        var html = WebUtility.HtmlDecode(await (await coordinator.GetAsync($"/programmes/{programmeId}/outcomes?by=mode")).Content.ReadAsStringAsync());
        Assert.Contains("Clusters formed by the coordinator (top-down)", html);
    }

    private static async Task<int> RespondentsAsync(HttpClient client, string programmeId)
    {
        var scope = Assert.Single((await (await client.GetAsync($"/api/v1/programmes/{programmeId}/outcomes?by=programme")).JsonAsync()).EnumerateArray());
        return scope.TryGetProperty("respondents", out var n) ? n.GetInt32() : 0;
    }

    /// <summary>The part of the page from the scope's heading to the next section.</summary>
    private static string Section(string html, string name)
    {
        var start = html.IndexOf($">{name}</h2>", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No section for {name}.");
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..end];
    }
}

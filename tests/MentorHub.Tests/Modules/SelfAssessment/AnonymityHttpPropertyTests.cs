using System.Globalization;
using System.Net;
using System.Text.Json;
using CsCheck;
using MentorHub.Tests.Infrastructure;
using MentorHub.Tests.Modules.SelfAssessment.Domain;
using MentorHub.Web.Modules.Programs;
using MentorHub.Web.Modules.SelfAssessment.Api;
using MentorHub.Web.Modules.SelfAssessment.Domain;
using Xunit.Abstractions;

namespace MentorHub.Tests.Modules.SelfAssessment;

/// <summary>
/// The anonymity property through the HTTP routes, on the test's database (SQLite, and PostgreSQL when
/// the suite runs on it): random rounds of the default self-assessment and of the outcome survey,
/// random submissions (blank, partial, whole-area "don't know", full) sent through the survey links,
/// and reads between them through every route and export that shows their numbers: the report (JSON
/// and CSV), the schools side by side export, the programme's change export and outcome results per
/// school and for the programme. Checked for every case:
/// <list type="bullet">
/// <item>while a round is open, no read shows any number of it, and nothing any other read shows
/// changes: reading before and after one submission tells nothing about it;</item>
/// <item>once closed, every read is the same, and the report holds exactly the cells the domain rules
/// give for the submitted answers (property-checked against the raw answers in
/// <see cref="AnonymityPropertyTests"/>): each on at least the threshold of respondents;</item>
/// <item>pooled figures (outcomes per programme and school, the programme's change) move only by
/// no one or by at least the threshold of respondents when a round is released.</item>
/// </list>
/// </summary>
[Trait("Category", Category.Integration)]
public sealed class AnonymityHttpPropertyTests(AppFixture app, ITestOutputHelper output) : IClassFixture<AppFixture>
{
    public const int Cases = 5;

    [Fact]
    public async Task No_read_through_any_route_recovers_one_response()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var programmeId = await Surveys.ProgrammeIdAsync(coordinator);
        var k = (await (await coordinator.GetAsync($"/api/v1/programmes/{programmeId}")).JsonAsync()).GetProperty("anonymityThreshold").GetInt32();
        var selfAssessment = InstrumentCatalog.Find(InstrumentCatalog.DefaultSelfAssessmentId)!;
        var outcome = InstrumentCatalog.Find(InstrumentCatalog.DefaultOutcomeId)!;
        var schools = ProgramsDemo.LisbonMentees.Concat(ProgramsDemo.SetubalMentees).ToArray();
        // Group sizes around the threshold; few enough that the survey links' rate limits never bite.
        var round = Gen.Select(Gen.Int[0, 7], Gen.Int[0, 9], Gen.Int[0, 3]).SelectMany(n => Gen.Select(
            AnonymityPropertyTests.AnswersOf(selfAssessment, "leaders").List[n.Item1],
            AnonymityPropertyTests.AnswersOf(selfAssessment, "teachers").List[n.Item2],
            AnonymityPropertyTests.AnswersOf(selfAssessment, "students").List[n.Item3],
            (l, t, s) => l.Select(a => ("leaders", a)).Concat(t.Select(a => ("teachers", a))).Concat(s.Select(a => ("students", a))).ToList()));
        var outcomes = AnonymityPropertyTests.AnswersOf(outcome, "teachers").List[0, 9];
        var cases = 0;

        await Gen.Select(round, outcomes, Gen.Int[0, schools.Length - 1], Gen.Bool.Array[40]).SampleAsync(async (responses, outcomeResponses, s, readAfter) =>
        {
            cases++;
            var school = schools[s];
            var other = schools[(s + 1) % schools.Length];
            var pooledBefore = await PooledAsync(coordinator, programmeId, school, other);
            var (baseline, previousLatest) = await ReleasedCellsAsync(coordinator, school);
            var saRound = await Surveys.OpenRoundAsync(coordinator, school, InstrumentCatalog.DefaultSelfAssessmentId);
            var ocRound = await Surveys.OpenRoundAsync(coordinator, other, InstrumentCatalog.DefaultOutcomeId);
            var anonymous = app.Anonymous();

            var steps = responses.Select(r => (SelfAssessment: true, Group: r.Item1, Answers: r.Item2))
                .Concat(outcomeResponses.Select(a => (SelfAssessment: false, Group: "teachers", Answers: a))).ToList();
            var submitted = 0;
            for (var i = 0; i < steps.Count; i++)
            {
                var step = steps[i];
                var code = Surveys.Code(step.SelfAssessment ? saRound : ocRound, step.Group);
                Assert.Equal(HttpStatusCode.Created, (await Surveys.SubmitAsync(anonymous, code, step.Answers)).StatusCode);
                submitted += step.SelfAssessment ? 1 : 0;
                if (readAfter[i % readAfter.Length])
                {
                    await AssertUnreleasedAsync(coordinator, saRound, submitted);
                    // Nothing pooled or compared moves while the rounds take answers.
                    var now = await PooledAsync(coordinator, programmeId, school, other);
                    Assert.Equal(pooledBefore.Counts, now.Counts);
                    Assert.Equal(pooledBefore.Heatmap, now.Heatmap);
                }
            }

            await Surveys.CloseAsync(coordinator, saRound);
            await Surveys.CloseAsync(coordinator, ocRound);
            var reportPath = $"/api/v1/rounds/{saRound.GetProperty("id").GetString()}/report";
            var first = await (await coordinator.GetAsync(reportPath)).Content.ReadAsStringAsync();
            var csv = await (await coordinator.GetAsync(reportPath + "/export?format=csv")).Content.ReadAsStringAsync();
            var pooledAfter = await PooledAsync(coordinator, programmeId, school, other);
            // A closed round never changes: a second read of everything is the same.
            Assert.Equal(first, await (await coordinator.GetAsync(reportPath)).Content.ReadAsStringAsync());
            Assert.Equal(csv, await (await coordinator.GetAsync(reportPath + "/export?format=csv")).Content.ReadAsStringAsync());
            var again = await PooledAsync(coordinator, programmeId, school, other);
            Assert.Equal(pooledAfter.Counts, again.Counts);
            Assert.Equal(pooledAfter.Heatmap, again.Heatmap);

            // The released report is the domain report of exactly the submitted answers.
            var truth = responses.Select(r => (r.Item1, r.Item2)).ToList();
            var expected = SchoolReportBuilder.Build(selfAssessment, RoundAggregates.Accumulate("r", school, selfAssessment, truth), null, new AnonymityPolicy(k));
            AssertSameCells(expected, JsonDocument.Parse(first).RootElement);

            // The schools side by side now shows this round: the report's own area means, or nothing.
            foreach (var row in pooledAfter.Heatmap)
            {
                var (group, suppressed, areaId, mean) = (row[2], row[4] == "true", row[5], row[7]);
                var shownGroup = expected.Groups.Single(g => g.Group == group);
                Assert.Equal(shownGroup.Suppressed, suppressed);
                if (!suppressed)
                {
                    var area = shownGroup.Areas.Single(a => a.AreaId == areaId);
                    Assert.Equal(area.Mean is null, mean.Length == 0);
                    if (area.Mean is { } m)
                    {
                        Assert.Equal(m, double.Parse(mean, CultureInfo.InvariantCulture), 4);
                    }
                }
            }

            // The programme's change pools each school's first and latest released rounds: this round now
            // replaces the school's latest, so its pooled counts move by exactly the shown cells that
            // enter and leave (each of at least k respondents), never by anything else.
            var released = expected.Groups.Where(g => !g.Suppressed).SelectMany(g => g.Areas.Where(a => !a.Suppressed).Select(a => (Key: $"{g.Group} {a.AreaId}", N: a.Respondents!.Value)))
                .ToDictionary(x => x.Key, x => x.N);
            foreach (var key in pooledBefore.Counts.Keys.Concat(pooledAfter.Counts.Keys).Where(x => x.StartsWith("change ", StringComparison.Ordinal) && x.EndsWith(" latest", StringComparison.Ordinal)).Distinct())
            {
                var cell = key["change ".Length..^" latest".Length];
                var nB = baseline?.GetValueOrDefault(cell);
                var before = previousLatest is not null && nB is > 0 && previousLatest.GetValueOrDefault(cell) is > 0 and var nX ? (B: nB.Value, X: nX) : (B: 0, X: 0);
                var after = nB is > 0 && released.GetValueOrDefault(cell) is > 0 and var nY ? (B: nB.Value, Y: nY) : (B: 0, Y: 0);
                Assert.Equal(after.B - before.B, pooledAfter.Counts.GetValueOrDefault($"change {cell} baseline") - pooledBefore.Counts.GetValueOrDefault($"change {cell} baseline"));
                Assert.Equal(after.Y - before.X, pooledAfter.Counts.GetValueOrDefault(key) - pooledBefore.Counts.GetValueOrDefault(key));
                Assert.All(new[] { before.B, before.X, after.B, after.Y }, n => Assert.True(n == 0 || n >= k));
            }

            // Outcome pools only gain this round's shown cells: they move by no one or by at least k respondents.
            foreach (var (key, before) in pooledBefore.Counts.Where(x => x.Key.StartsWith("outcomes ", StringComparison.Ordinal)))
            {
                var moved = Math.Abs(pooledAfter.Counts.GetValueOrDefault(key) - before);
                Assert.True(moved == 0 || moved >= k, $"{key} moved by {moved} < {k}");
            }
            foreach (var key in pooledAfter.Counts.Keys.Except(pooledBefore.Counts.Keys).Where(x => x.StartsWith("outcomes ", StringComparison.Ordinal)))
            {
                Assert.True(pooledAfter.Counts[key] == 0 || pooledAfter.Counts[key] >= k, $"{key} appeared with {pooledAfter.Counts[key]} < {k}");
            }
        }, iter: Cases, threads: 1);
        output.WriteLine($"HTTP anonymity property: {cases} random cases ({(AppFixture.Postgres ? "PostgreSQL" : "SQLite")})");
        Assert.Equal(Cases, cases);
    }

    /// <summary>
    /// The shown area cells ("group area" → respondents) of the school's first released round of the
    /// default self-assessment (its baseline) and of its latest released round, or null for none (the
    /// latest is null when the school has only one released round).
    /// </summary>
    private static async Task<(Dictionary<string, int>? Baseline, Dictionary<string, int>? Latest)> ReleasedCellsAsync(HttpClient client, string school)
    {
        var rounds = (await (await client.GetAsync($"/api/v1/schools/{school}/rounds")).JsonAsync()).EnumerateArray()
            .Where(r => r.GetProperty("instrumentId").GetString() == InstrumentCatalog.DefaultSelfAssessmentId && r.GetProperty("status").GetString() == "closed")
            .OrderBy(r => r.GetProperty("opensAt").GetDateTime()).ToList();
        async Task<Dictionary<string, int>> CellsAsync(JsonElement round)
        {
            var report = await (await client.GetAsync($"/api/v1/rounds/{round.GetProperty("id").GetString()}/report")).JsonAsync();
            return report.GetProperty("groups").EnumerateArray().Where(g => !g.GetProperty("suppressed").GetBoolean())
                .SelectMany(g => g.GetProperty("areas").EnumerateArray().Where(a => !a.GetProperty("suppressed").GetBoolean())
                    .Select(a => (Key: $"{g.GetProperty("group").GetString()} {a.GetProperty("areaId").GetString()}", N: a.GetProperty("respondents").GetInt32())))
                .ToDictionary(x => x.Key, x => x.N);
        }
        return rounds.Count switch
        {
            0 => (null, null),
            1 => (await CellsAsync(rounds[0]), null),
            _ => (await CellsAsync(rounds[0]), await CellsAsync(rounds[^1])),
        };
    }

    /// <summary>An open round's report and export carry no number, only how many responses are in.</summary>
    private static async Task AssertUnreleasedAsync(HttpClient client, JsonElement round, int submitted)
    {
        var path = $"/api/v1/rounds/{round.GetProperty("id").GetString()}/report";
        var report = await (await client.GetAsync(path)).JsonAsync();
        Assert.False(report.GetProperty("released").GetBoolean());
        Assert.Equal(submitted, report.GetProperty("responses").GetInt32());
        Assert.All(report.GetProperty("groups").EnumerateArray(), g =>
        {
            Assert.True(g.GetProperty("suppressed").GetBoolean());
            Assert.False(g.TryGetProperty("respondents", out _));
            Assert.Equal(0, g.GetProperty("areas").GetArrayLength());
        });
        foreach (var list in new[] { "gaps", "changes", "strengths", "weakestAreas", "distributions" })
        {
            Assert.Equal(0, report.GetProperty(list).GetArrayLength());
        }
        var csv = await (await client.GetAsync(path + "/export?format=csv")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("false", csv, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Every pooled respondent count that could move with this case's rounds: outcome respondents and
    /// answers per item for the programme and the two schools, the schools side by side rows of the
    /// round's school (as text: a shown mean is a figure too), and the programme change's pooled counts.
    /// </summary>
    private static async Task<(Dictionary<string, int> Counts, List<string[]> Heatmap)> PooledAsync(HttpClient client, string programmeId, string school, string other)
    {
        var figures = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var by in new[] { "programme", "school" })
        {
            var scopes = await (await client.GetAsync($"/api/v1/programmes/{programmeId}/outcomes?by={by}")).JsonAsync();
            foreach (var scope in scopes.EnumerateArray())
            {
                var id = scope.GetProperty("scopeId").GetString()!;
                if (by == "school" && id != school && id != other)
                {
                    continue;
                }
                figures[$"outcomes {by} {id}"] = scope.TryGetProperty("respondents", out var n) ? n.GetInt32() : 0;
                foreach (var item in scope.GetProperty("items").EnumerateArray())
                {
                    figures[$"outcomes {by} {id} {item.GetProperty("itemId").GetString()}"] = item.GetProperty("respondents").GetInt32();
                }
            }
        }
        var heatmap = new List<string[]>();
        foreach (var group in new[] { "leaders", "teachers", "students" })
        {
            var text = await (await client.GetAsync($"/api/v1/programmes/{programmeId}/self-assessment/schools/export?group={group}&format=csv")).Content.ReadAsStringAsync();
            heatmap.AddRange(text.Split('\n').Where(l => l.StartsWith(school + ",", StringComparison.Ordinal)).Select(CsvCells));
        }
        var change = (await (await client.GetAsync($"/api/v1/programmes/{programmeId}/self-assessment/change/export?format=csv")).Content.ReadAsStringAsync())
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(CsvCells);
        foreach (var cells in change)
        {
            // group, areaId, area, schools, baselineRespondents, baselineMean, latestRespondents, ...
            figures[$"change {cells[0]} {cells[1]} baseline"] = int.Parse(cells[4], CultureInfo.InvariantCulture);
            figures[$"change {cells[0]} {cells[1]} latest"] = int.Parse(cells[6], CultureInfo.InvariantCulture);
        }
        return (figures, heatmap);
    }

    /// <summary>The cells of one CSV line, with RFC 4180 quoting.</summary>
    private static string[] CsvCells(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        var text = line.TrimEnd('\r');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted && c == '"' && i + 1 < text.Length && text[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }
        cells.Add(cell.ToString());
        return [.. cells];
    }

    private static void AssertSameCells(SchoolReport expected, JsonElement actual)
    {
        Assert.True(actual.GetProperty("released").GetBoolean());
        var groups = actual.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("group").GetString()!);
        foreach (var group in expected.Groups)
        {
            var shown = groups[group.Group];
            Assert.Equal(group.Suppressed, shown.GetProperty("suppressed").GetBoolean());
            if (group.Suppressed)
            {
                Assert.False(shown.TryGetProperty("respondents", out _));
                continue;
            }
            Assert.Equal(group.Respondents, shown.GetProperty("respondents").GetInt32());
            var areas = shown.GetProperty("areas").EnumerateArray().ToDictionary(a => a.GetProperty("areaId").GetString()!);
            foreach (var area in group.Areas)
            {
                var a = areas[area.AreaId];
                Assert.Equal(area.Suppressed, a.GetProperty("suppressed").GetBoolean());
                Assert.Equal(area.Respondents, a.GetProperty("respondents").ValueKind == JsonValueKind.Null ? null : a.GetProperty("respondents").GetInt32());
                if (area.Mean is { } mean)
                {
                    Assert.Equal(mean, a.GetProperty("mean").GetDouble(), 9);
                }
                else
                {
                    Assert.Equal(JsonValueKind.Null, a.GetProperty("mean").ValueKind);
                }
            }
        }
        var distributions = actual.GetProperty("distributions").EnumerateArray()
            .Select(d => (d.GetProperty("itemId").GetString()!, string.Join(",", d.GetProperty("counts").EnumerateArray().Select(c => c.GetInt32())), d.GetProperty("dontKnow").GetInt32()))
            .OrderBy(d => d.Item1, StringComparer.Ordinal).ToList();
        Assert.Equal(
            expected.Distributions.Select(d => (d.ItemId, string.Join(",", d.Counts), d.DontKnow)).OrderBy(d => d.ItemId, StringComparer.Ordinal),
            distributions);
    }
}

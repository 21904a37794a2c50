using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MentorHub.Tests.Infrastructure;
using MentorHub.Web.Modules.Programs;
using MentorHub.Web.Modules.SelfAssessment.Domain;
using MentorHub.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentorHub.Tests.Modules.SelfAssessment;

[Trait("Category", Category.Integration)]
public sealed class SurveyApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Default = InstrumentCatalog.DefaultSelfAssessmentId;

    [Fact]
    public async Task Instruments_are_listed_and_shown_whole()
    {
        var client = await app.SignedInAsync("mentee-school@demo.example");
        var list = await (await client.GetAsync("/api/v1/instruments")).JsonAsync();
        var sa = list.EnumerateArray().Single(i => i.GetProperty("id").GetString() == Default);
        Assert.Equal("self-assessment", sa.GetProperty("purpose").GetString());
        Assert.Equal(1, sa.GetProperty("version").GetInt32());
        Assert.Equal(["leaders", "teachers", "students"], sa.GetProperty("groups").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal(7, sa.GetProperty("areas").GetArrayLength());
        Assert.Contains(list.EnumerateArray(), i => i.GetProperty("purpose").GetString() == "outcome");

        var whole = await (await client.GetAsync($"/api/v1/instruments/{Default}?lang=pt")).JsonAsync();
        Assert.Equal(39, whole.GetProperty("items").GetArrayLength());
        var item = whole.GetProperty("items")[0];
        foreach (var field in new[] { "id", "areaId", "group", "text" })
        {
            Assert.Equal(JsonValueKind.String, item.GetProperty(field).ValueKind);
        }
        Assert.Equal(5, whole.GetProperty("scale").GetProperty("points").GetArrayLength());
        Assert.Equal("Discordo totalmente", whole.GetProperty("scale").GetProperty("points")[0].GetProperty("label").GetString());

        await (await client.GetAsync("/api/v1/instruments/nope.v9")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/v1/instruments")).StatusCode);
    }

    [Fact]
    public async Task An_admin_adds_a_version_and_a_stored_instrument_never_changes()
    {
        await Surveys.EnsureSmallInstrumentAsync(app);
        var admin = await app.SignedInAsync("admin@demo.example");
        var again = await admin.PostAsync("/api/v1/instruments", new StringContent(Domain.TestInstruments.SmallJson, Encoding.UTF8, "application/json"));
        await again.AssertProblemAsync(HttpStatusCode.Conflict);
        var broken = await admin.PostAsync("/api/v1/instruments", new StringContent("""{"id": "x.v1", "version": 0}""", Encoding.UTF8, "application/json"));
        var problem = await broken.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").GetProperty("instrument").GetArrayLength() > 1);
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsync("/api/v1/instruments", new StringContent("{}", Encoding.UTF8, "application/json"))).StatusCode);
    }

    [Fact]
    public async Task Opening_a_round_gives_one_unguessable_link_per_group()
    {
        var school = await app.SignedInAsync("mentee-school@demo.example");
        var round = await Surveys.OpenRoundAsync(school, ProgramsDemo.LisbonMentees[0], Default);
        Assert.False(string.IsNullOrEmpty(round.GetProperty("id").GetString()));
        var links = round.GetProperty("links").EnumerateArray().ToList();
        Assert.Equal(["leaders", "teachers", "students"], links.Select(l => l.GetProperty("group").GetString()));
        Assert.All(links, l =>
        {
            Assert.True(l.GetProperty("code").GetString()!.Length >= 20);
            Assert.EndsWith("/s/" + l.GetProperty("code").GetString(), l.GetProperty("url").GetString());
        });
        Assert.Equal(3, links.Select(l => l.GetProperty("code").GetString()).Distinct().Count());

        var programmeId = await Surveys.ProgrammeIdAsync(school);
        var teacher = await app.SignedInAsync("teacher@demo.example");
        var forbidden = await teacher.PostAsJsonAsync($"/api/v1/schools/{ProgramsDemo.LisbonMentees[0]}/rounds",
            new { programmeId, instrumentId = Default, opensAt = DateTime.UtcNow, closesAt = DateTime.UtcNow.AddDays(1) });
        await forbidden.AssertProblemAsync(HttpStatusCode.Forbidden);
        var otherSchool = await school.PostAsJsonAsync($"/api/v1/schools/{ProgramsDemo.LisbonMentees[1]}/rounds",
            new { programmeId, instrumentId = Default, opensAt = DateTime.UtcNow, closesAt = DateTime.UtcNow.AddDays(1) });
        await otherSchool.AssertProblemAsync(HttpStatusCode.Forbidden);
        var missing = await school.PostAsJsonAsync($"/api/v1/schools/{ProgramsDemo.LisbonMentees[0]}/rounds", new { programmeId });
        var errors = (await missing.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("instrumentId", out _));
        Assert.True(errors.TryGetProperty("closesAt", out _));
        var backwards = await school.PostAsJsonAsync($"/api/v1/schools/{ProgramsDemo.LisbonMentees[0]}/rounds",
            new { programmeId, instrumentId = Default, opensAt = DateTime.UtcNow.AddDays(3), closesAt = DateTime.UtcNow.AddDays(1) });
        Assert.True((await backwards.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("closesAt", out _));
        var notInProgramme = await (await app.SignedInAsync("admin@demo.example")).PostAsJsonAsync("/api/v1/schools/PT-000000/rounds",
            new { programmeId, instrumentId = Default, opensAt = DateTime.UtcNow, closesAt = DateTime.UtcNow.AddDays(1) });
        await notInProgramme.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_form_follows_the_link_and_the_language()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var round = await Surveys.OpenRoundAsync(coordinator, ProgramsDemo.LisbonMentees[2], Default);
        var anonymous = app.Anonymous();
        var form = await (await anonymous.GetAsync($"/api/v1/surveys/{Surveys.Code(round, "students")}?lang=pt")).JsonAsync();
        Assert.Equal(round.GetProperty("id").GetString(), form.GetProperty("roundId").GetString());
        Assert.Equal("students", form.GetProperty("group").GetString());
        Assert.Equal("pt", form.GetProperty("language").GetString());
        Assert.Equal(8, form.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.String, form.GetProperty("closesAt").ValueKind);
        Assert.Equal(1, form.GetProperty("scale").GetProperty("min").GetInt32());
        var english = await (await anonymous.GetAsync($"/api/v1/surveys/{Surveys.Code(round, "students")}?lang=en")).JsonAsync();
        Assert.NotEqual(form.GetProperty("items")[0].GetProperty("text").GetString(), english.GetProperty("items")[0].GetProperty("text").GetString());
        var unknownLanguage = await (await anonymous.GetAsync($"/api/v1/surveys/{Surveys.Code(round, "students")}?lang=xx")).JsonAsync();
        Assert.Equal("en", unknownLanguage.GetProperty("language").GetString());

        await (await anonymous.GetAsync("/api/v1/surveys/thiscodedoesnotexist1")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_response_is_stored_once_and_a_repeat_gets_the_same_answer()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var round = await Surveys.OpenRoundAsync(coordinator, ProgramsDemo.LisbonMentees[3], Default);
        var code = Surveys.Code(round, "leaders");
        var id = Guid.NewGuid();
        var answers = new Dictionary<string, int?> { ["vision.l1"] = 4, ["vision.l2"] = null, ["leadership.l1"] = 2 };
        var anonymous = app.Anonymous();

        var first = await Surveys.SubmitAsync(anonymous, code, answers, id);
        var firstBody = await first.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var repeat = await Surveys.SubmitAsync(anonymous, code, answers, id);
        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        Assert.Equal(firstBody, await repeat.Content.ReadAsStringAsync());
        var changedRepeat = await Surveys.SubmitAsync(anonymous, code, new Dictionary<string, int?> { ["vision.l1"] = 1 }, id);
        Assert.Equal(HttpStatusCode.OK, changedRepeat.StatusCode);

        var status = await (await coordinator.GetAsync($"/api/v1/rounds/{round.GetProperty("id").GetString()}")).JsonAsync();
        Assert.Equal(1, status.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("group").GetString() == "leaders").GetProperty("responses").GetInt32());

        // The same id sent through another group's link is not a repeat but a mistake.
        await (await Surveys.SubmitAsync(anonymous, Surveys.Code(round, "teachers"), new Dictionary<string, int?>(), id)).AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Concurrent_submissions_never_lose_a_count()
    {
        await Surveys.EnsureSmallInstrumentAsync(app);
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var round = await Surveys.OpenRoundAsync(coordinator, ProgramsDemo.SetubalMentees[0], Surveys.SmallInstrument);
        var code = Surveys.Code(round, "teachers");
        var anonymous = app.Anonymous();
        var ids = Enumerable.Range(0, 40).Select(_ => Guid.NewGuid()).ToList();
        // Every id twice, 12 at a time (PostgreSQL's 100 connections are shared by every test class
        // running in parallel): 40 stored, 40 repeats.
        using var gate = new SemaphoreSlim(12);
        var responses = await Task.WhenAll(ids.Concat(ids).Select(async id =>
        {
            await gate.WaitAsync();
            try
            {
                return await Surveys.SubmitAsync(anonymous, code, new Dictionary<string, int?> { ["a.t1"] = 4, ["a.t2"] = 2, ["b.t1"] = 5 }, id);
            }
            finally
            {
                gate.Release();
            }
        }));
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, r.StatusCode.ToString()));
        Assert.Equal(40, responses.Count(r => r.StatusCode == HttpStatusCode.Created));

        await Surveys.CloseAsync(coordinator, round);
        var report = await (await coordinator.GetAsync($"/api/v1/rounds/{round.GetProperty("id").GetString()}/report")).JsonAsync();
        var teachers = report.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("group").GetString() == "teachers");
        Assert.Equal(40, teachers.GetProperty("respondents").GetInt32());
        var a = teachers.GetProperty("areas").EnumerateArray().Single(x => x.GetProperty("areaId").GetString() == "a");
        Assert.Equal(80, a.GetProperty("answered").GetInt32());
        Assert.Equal(3.0, a.GetProperty("mean").GetDouble(), 9);
        Assert.Equal(0.5, a.GetProperty("agreeShare").GetDouble(), 9);
    }

    [Theory]
    [InlineData("""{"nope.x1": 3}""", "answers.nope.x1")]
    [InlineData("""{"vision.t1": 6}""", "answers.vision.t1")]
    [InlineData("""{"vision.t1": 0}""", "answers.vision.t1")]
    [InlineData("""{"vision.l1": 3}""", "answers.vision.l1")]
    public async Task Unknown_items_and_values_outside_the_scale_are_refused(string answers, string errorKey)
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var round = await Surveys.OpenRoundAsync(coordinator, ProgramsDemo.LisbonMentees[4], Default);
        var body = $$"""{"submissionId": "{{Guid.NewGuid()}}", "language": "en", "answers": {{answers}}}""";
        var response = await app.Anonymous().PostAsync($"/api/v1/surveys/{Surveys.Code(round, "teachers")}/responses", new StringContent(body, Encoding.UTF8, "application/json"));
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(errorKey, out _), problem.ToString());
    }

    [Theory]
    [InlineData("""{"submissionId": "%ID%", "answers": {"vision.t1": 2.5}}""")]
    [InlineData("""{"answers": {"vision.t1": 2}}""")]
    [InlineData("""{"submissionId": "not-a-uuid", "answers": {}}""")]
    [InlineData("""{"submissionId": "00000000-0000-0000-0000-000000000000", "answers": {}}""")]
    [InlineData("""{"submissionId": "%ID%"}""")]
    [InlineData("""[1, 2, 3]""")]
    [InlineData("""{"submissionId": "%ID%", "answers": {"vision.t1": 3}, "comments": {"vision.t1": "hi"}}""")]
    public async Task Malformed_bodies_are_a_400_problem(string body)
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var round = await Surveys.OpenRoundAsync(coordinator, ProgramsDemo.LisbonMentees[4], Default);
        var response = await app.Anonymous().PostAsync($"/api/v1/surveys/{Surveys.Code(round, "teachers")}/responses",
            new StringContent(body.Replace("%ID%", Guid.NewGuid().ToString()), Encoding.UTF8, "application/json"));
        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_closed_round_answers_410_and_an_unknown_code_404()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var round = await Surveys.OpenRoundAsync(coordinator, ProgramsDemo.LisbonMentees[5], Default);
        var code = Surveys.Code(round, "teachers");
        var anonymous = app.Anonymous();
        var early = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.Created, (await Surveys.SubmitAsync(anonymous, code, new Dictionary<string, int?> { ["vision.t1"] = 3 }, early)).StatusCode);
        var closed = await (await coordinator.PostAsync($"/api/v1/rounds/{round.GetProperty("id").GetString()}/close", null)).JsonAsync();
        Assert.Equal("closed", closed.GetProperty("status").GetString());

        await (await anonymous.GetAsync($"/api/v1/surveys/{code}")).AssertProblemAsync(HttpStatusCode.Gone);
        await (await Surveys.SubmitAsync(anonymous, code, new Dictionary<string, int?> { ["vision.t1"] = 3 })).AssertProblemAsync(HttpStatusCode.Gone);
        // A late repeat of an acknowledged submission still gets its receipt.
        Assert.Equal(HttpStatusCode.OK, (await Surveys.SubmitAsync(anonymous, code, new Dictionary<string, int?> { ["vision.t1"] = 3 }, early)).StatusCode);
        await (await Surveys.SubmitAsync(anonymous, "unknowncode123456789", new Dictionary<string, int?>())).AssertProblemAsync(HttpStatusCode.NotFound);

        // A closed round is final: reopening it would let each new answer show in a re-read of its results.
        var reopen = await coordinator.PostAsJsonAsync($"/api/v1/rounds/{round.GetProperty("id").GetString()}/extend", new { closesAt = DateTime.UtcNow.AddDays(2) });
        var problem = await reopen.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("cannot be reopened", problem.GetProperty("title").GetString());
        await (await anonymous.GetAsync($"/api/v1/surveys/{code}")).AssertProblemAsync(HttpStatusCode.Gone);
    }

    [Fact]
    public async Task An_open_round_can_be_extended_and_its_report_shows_no_numbers_until_it_closes()
    {
        await Surveys.EnsureSmallInstrumentAsync(app);
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var round = await Surveys.OpenRoundAsync(coordinator, ProgramsDemo.LisbonMentees[4], Surveys.SmallInstrument);
        var roundId = round.GetProperty("id").GetString();
        var anonymous = app.Anonymous();
        for (var i = 0; i < 6; i++)
        {
            await Surveys.SubmitAsync(anonymous, Surveys.Code(round, "leaders"), new Dictionary<string, int?> { ["a.l1"] = 1 + i % 5, ["a.l2"] = 4, ["b.l1"] = 2 });
        }
        var closesAt = DateTime.UtcNow.AddDays(30);
        var extended = await (await coordinator.PostAsJsonAsync($"/api/v1/rounds/{roundId}/extend", new { closesAt })).JsonAsync();
        Assert.Equal("open", extended.GetProperty("status").GetString());

        var before = await (await coordinator.GetAsync($"/api/v1/rounds/{roundId}/report")).JsonAsync();
        await Surveys.SubmitAsync(anonymous, Surveys.Code(round, "leaders"), new Dictionary<string, int?> { ["a.l1"] = 5, ["a.l2"] = 5, ["b.l1"] = 5 });
        var after = await (await coordinator.GetAsync($"/api/v1/rounds/{roundId}/report")).JsonAsync();
        foreach (var (report, responses) in new[] { (before, 6), (after, 7) })
        {
            Assert.False(report.GetProperty("released").GetBoolean());
            Assert.Equal(responses, report.GetProperty("responses").GetInt32());
            Assert.Equal(closesAt, report.GetProperty("resultsFrom").GetDateTime().ToUniversalTime(), TimeSpan.FromSeconds(1));
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
        }
        // Apart from the count of responses, the two reads are the same: nothing tells the new answer.
        Assert.Equal(before.GetProperty("groups").GetRawText(), after.GetProperty("groups").GetRawText());

        var csv = await (await coordinator.GetAsync($"/api/v1/rounds/{roundId}/report/export?format=csv")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("false", csv, StringComparison.OrdinalIgnoreCase);

        await Surveys.CloseAsync(coordinator, round);
        var released = await (await coordinator.GetAsync($"/api/v1/rounds/{roundId}/report")).JsonAsync();
        Assert.True(released.GetProperty("released").GetBoolean());
        var leaders = released.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("group").GetString() == "leaders");
        Assert.Equal(7, leaders.GetProperty("respondents").GetInt32());
    }

    [Fact]
    public async Task A_round_closed_or_reopened_by_another_instance_is_obeyed_at_once()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var round = await Surveys.OpenRoundAsync(coordinator, ProgramsDemo.LisbonMentees[6], Default);
        var roundId = round.GetProperty("id").GetString()!;
        var code = Surveys.Code(round, "teachers");
        var anonymous = app.Anonymous();
        var answers = new Dictionary<string, int?> { ["vision.t1"] = 3 };
        // The first answer makes this instance remember the link as open.
        Assert.Equal(HttpStatusCode.Created, (await Surveys.SubmitAsync(anonymous, code, answers)).StatusCode);

        // Another instance closes the round: only the database knows.
        await UpdateRoundAsync(roundId, closedAt: DateTime.UtcNow, closesAt: null);
        await (await Surveys.SubmitAsync(anonymous, code, answers)).AssertProblemAsync(HttpStatusCode.Gone);
        var status = await (await coordinator.GetAsync($"/api/v1/rounds/{roundId}")).JsonAsync();
        Assert.Equal(1, status.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("group").GetString() == "teachers").GetProperty("responses").GetInt32());

        // ...and reopens it with a later closing time: answers are taken again at once.
        await UpdateRoundAsync(roundId, closedAt: null, closesAt: DateTime.UtcNow.AddDays(3));
        Assert.Equal(HttpStatusCode.Created, (await Surveys.SubmitAsync(anonymous, code, answers)).StatusCode);
    }

    private async Task UpdateRoundAsync(string roundId, DateTime? closedAt, DateTime? closesAt)
    {
        using var scope = app.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var round = await db.Set<SurveyRound>().SingleAsync(r => r.Id == roundId);
        var closes = closesAt ?? round.ClosesAt;
        await db.Set<SurveyRound>().Where(r => r.Id == roundId)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.ClosedAt, closedAt).SetProperty(r => r.ClosesAt, closes));
    }

    [Fact]
    public async Task A_group_under_the_threshold_is_suppressed_and_shows_at_the_threshold()
    {
        await Surveys.EnsureSmallInstrumentAsync(app);
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var round = await Surveys.OpenRoundAsync(coordinator, ProgramsDemo.SetubalMentees[1], Surveys.SmallInstrument);
        var roundId = round.GetProperty("id").GetString();
        var anonymous = app.Anonymous();
        // Leaders: five respondents. Area a means 4.5, 4, 3, 5, 2 → 3.7; answered 9 (one "don't know"), agree 5.
        (int? L1, int? L2)[] leaders = [(4, 5), (4, null), (3, 3), (5, 5), (2, 2)];
        foreach (var (l1, l2) in leaders)
        {
            Assert.Equal(HttpStatusCode.Created, (await Surveys.SubmitAsync(anonymous, Surveys.Code(round, "leaders"), new Dictionary<string, int?> { ["a.l1"] = l1, ["a.l2"] = l2, ["b.l1"] = 4 })).StatusCode);
        }
        // Teachers: threshold − 1 = 4 respondents, all 2 in area a.
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await Surveys.SubmitAsync(anonymous, Surveys.Code(round, "teachers"), new Dictionary<string, int?> { ["a.t1"] = 2, ["a.t2"] = 2, ["b.t1"] = 3 })).StatusCode);
        }
        // Blank padding: four all-"don't know" students and one real one are one respondent, not five.
        for (var i = 0; i < 4; i++)
        {
            await Surveys.SubmitAsync(anonymous, Surveys.Code(round, "students"), new Dictionary<string, int?> { ["b.s1"] = null });
        }
        await Surveys.SubmitAsync(anonymous, Surveys.Code(round, "students"), new Dictionary<string, int?> { ["b.s1"] = 1 });
        await Surveys.CloseAsync(coordinator, round);

        var report = await (await coordinator.GetAsync($"/api/v1/rounds/{roundId}/report")).JsonAsync();
        Assert.Equal(roundId, report.GetProperty("roundId").GetString());
        Assert.Equal(ProgramsDemo.SetubalMentees[1], report.GetProperty("schoolId").GetString());
        var groups = report.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("group").GetString()!);
        var shownLeaders = groups["leaders"];
        Assert.False(shownLeaders.GetProperty("suppressed").GetBoolean());
        Assert.Equal(5, shownLeaders.GetProperty("respondents").GetInt32());
        var areaA = shownLeaders.GetProperty("areas").EnumerateArray().Single(a => a.GetProperty("areaId").GetString() == "a");
        Assert.Equal(3.7, areaA.GetProperty("mean").GetDouble(), 9);
        Assert.Equal(9, areaA.GetProperty("answered").GetInt32());
        Assert.Equal(5.0 / 9, areaA.GetProperty("agreeShare").GetDouble(), 9);
        foreach (var hidden in new[] { "teachers", "students" })
        {
            Assert.True(groups[hidden].GetProperty("suppressed").GetBoolean());
            Assert.False(groups[hidden].TryGetProperty("respondents", out _));
            Assert.Equal(0, groups[hidden].GetProperty("areas").GetArrayLength());
        }
        Assert.Equal(0, report.GetProperty("gaps").GetArrayLength());
        Assert.DoesNotContain(report.GetProperty("distributions").EnumerateArray(), d => d.GetProperty("group").GetString() != "leaders");

        // With a fifth teacher (in a school's next round) teachers show, and so does the gap.
        var next = await Surveys.OpenRoundAsync(coordinator, ProgramsDemo.SetubalMentees[1], Surveys.SmallInstrument);
        foreach (var (l1, l2) in leaders)
        {
            await Surveys.SubmitAsync(anonymous, Surveys.Code(next, "leaders"), new Dictionary<string, int?> { ["a.l1"] = l1, ["a.l2"] = l2, ["b.l1"] = 4 });
        }
        for (var i = 0; i < 5; i++)
        {
            await Surveys.SubmitAsync(anonymous, Surveys.Code(next, "teachers"), new Dictionary<string, int?> { ["a.t1"] = 2, ["a.t2"] = 2, ["b.t1"] = 3 });
        }
        await Surveys.CloseAsync(coordinator, next);
        report = await (await coordinator.GetAsync($"/api/v1/rounds/{next.GetProperty("id").GetString()}/report")).JsonAsync();
        var teachers = report.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("group").GetString() == "teachers");
        Assert.False(teachers.GetProperty("suppressed").GetBoolean());
        Assert.Equal(5, teachers.GetProperty("respondents").GetInt32());
        var gap = report.GetProperty("gaps").EnumerateArray().Single(g => g.GetProperty("areaId").GetString() == "a");
        Assert.Equal("leaders", gap.GetProperty("groupA").GetString());
        Assert.Equal("teachers", gap.GetProperty("groupB").GetString());
        Assert.Equal(1.7, gap.GetProperty("difference").GetDouble(), 9);
        Assert.Equal(roundId, report.GetProperty("previousRoundId").GetString());

        var teacher = await app.SignedInAsync("teacher@demo.example");
        await (await teacher.GetAsync($"/api/v1/rounds/{roundId}/report")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await coordinator.GetAsync("/api/v1/rounds/no-such-round/report")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_report_compares_with_the_previous_round_of_the_same_instrument()
    {
        await Surveys.EnsureSmallInstrumentAsync(app);
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var school = ProgramsDemo.SetubalMentees[2];
        var before = await Surveys.OpenRoundAsync(coordinator, school, Surveys.SmallInstrument, DateTime.UtcNow.AddDays(-60), DateTime.UtcNow.AddDays(1));
        var after = await Surveys.OpenRoundAsync(coordinator, school, Surveys.SmallInstrument, DateTime.UtcNow.AddHours(-1), DateTime.UtcNow.AddDays(1));
        var anonymous = app.Anonymous();
        int[] earlier = [2, 3, 2, 3, 2];
        int[] later = [4, 5, 4, 5, 4];
        foreach (var v in earlier)
        {
            await Surveys.SubmitAsync(anonymous, Surveys.Code(before, "leaders"), new Dictionary<string, int?> { ["a.l1"] = v, ["a.l2"] = v });
        }
        foreach (var v in later)
        {
            await Surveys.SubmitAsync(anonymous, Surveys.Code(after, "leaders"), new Dictionary<string, int?> { ["a.l1"] = v, ["a.l2"] = v });
        }
        // An open earlier round is no baseline: it has no numbers yet.
        await Surveys.CloseAsync(coordinator, after);
        var unreleasedBaseline = await (await coordinator.GetAsync($"/api/v1/rounds/{after.GetProperty("id").GetString()}/report")).JsonAsync();
        Assert.Equal(JsonValueKind.Null, unreleasedBaseline.GetProperty("previousRoundId").ValueKind);
        Assert.Equal(0, unreleasedBaseline.GetProperty("changes").GetArrayLength());
        await Surveys.CloseAsync(coordinator, before);
        var report = await (await coordinator.GetAsync($"/api/v1/rounds/{after.GetProperty("id").GetString()}/report")).JsonAsync();
        Assert.Equal(before.GetProperty("id").GetString(), report.GetProperty("previousRoundId").GetString());
        var change = report.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("areaId").GetString() == "a" && c.GetProperty("group").GetString() == "leaders");
        Assert.Equal(2.0, change.GetProperty("difference").GetDouble(), 9);
        // Both samples have SD sqrt(0.3); d = 2 / sqrt(0.3); Welch df = 8, t(0.975, 8) = 2.306004.
        Assert.Equal(2 / Math.Sqrt(0.3), change.GetProperty("effectSize").GetDouble(), 6);
        var halfWidth = 2.306004135 * Math.Sqrt((0.3 / 5) + (0.3 / 5));
        Assert.Equal(2 - halfWidth, change.GetProperty("ciLow").GetDouble(), 5);
        Assert.Equal(2 + halfWidth, change.GetProperty("ciHigh").GetDouble(), 5);
    }

    [Fact]
    public async Task Outcomes_are_shares_with_wilson_intervals_and_small_scopes_are_suppressed()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var programmeId = await Surveys.ProgrammeIdAsync(coordinator);
        var before = await (await coordinator.GetAsync($"/api/v1/programmes/{programmeId}/outcomes?by=school")).JsonAsync();
        // A school without outcome answers yet, so the counts below are this test's alone.
        var school = ProgramsDemo.SetubalMentees.Concat(ProgramsDemo.LisbonMentees)
            .First(s => !before.EnumerateArray().Any(x => x.GetProperty("scopeId").GetString() == s));
        var small = await Surveys.OpenRoundAsync(coordinator, school, InstrumentCatalog.DefaultOutcomeId, DateTime.UtcNow.AddDays(-3));
        var anonymous = app.Anonymous();
        for (var i = 0; i < 4; i++)
        {
            await Surveys.SubmitAsync(anonymous, Surveys.Code(small, "teachers"), new Dictionary<string, int?> { ["outcome.intention"] = 4 + (i % 2), ["outcome.promotion"] = i == 0 ? 2 : null });
        }
        await Surveys.CloseAsync(coordinator, small);
        var scopes = await (await coordinator.GetAsync($"/api/v1/programmes/{programmeId}/outcomes?by=school")).JsonAsync();
        var mine = scopes.EnumerateArray().Single(s => s.GetProperty("scopeId").GetString() == school);
        Assert.Equal("school", mine.GetProperty("scope").GetString());
        Assert.True(mine.GetProperty("suppressed").GetBoolean());
        Assert.Equal(0, mine.GetProperty("items").GetArrayLength());

        // A second round of five: four agree with the intention, one does not. Its numbers show only
        // once it closes, and the first round's four, hidden, are not added in.
        var round = await Surveys.OpenRoundAsync(coordinator, school, InstrumentCatalog.DefaultOutcomeId);
        for (var i = 0; i < 4; i++)
        {
            await Surveys.SubmitAsync(anonymous, Surveys.Code(round, "teachers"), new Dictionary<string, int?> { ["outcome.intention"] = 4 + (i % 2), ["outcome.promotion"] = i == 0 ? 2 : null });
        }
        var response = await app.Anonymous().PostAsJsonAsync($"/api/v1/surveys/{Surveys.Code(round, "teachers")}/responses", new
        {
            submissionId = Guid.NewGuid(),
            answers = new Dictionary<string, int?> { ["outcome.intention"] = 3 },
            comments = new Dictionary<string, string> { ["outcome.comment"] = "Useful visits." },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        scopes = await (await coordinator.GetAsync($"/api/v1/programmes/{programmeId}/outcomes?by=school")).JsonAsync();
        Assert.True(scopes.EnumerateArray().Single(s => s.GetProperty("scopeId").GetString() == school).GetProperty("suppressed").GetBoolean());
        await Surveys.CloseAsync(coordinator, round);
        scopes = await (await coordinator.GetAsync($"/api/v1/programmes/{programmeId}/outcomes?by=school")).JsonAsync();
        mine = scopes.EnumerateArray().Single(s => s.GetProperty("scopeId").GetString() == school);
        Assert.False(mine.GetProperty("suppressed").GetBoolean());
        var intention = mine.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("itemId").GetString() == "outcome.intention");
        Assert.Equal(5, intention.GetProperty("respondents").GetInt32());
        Assert.Equal(0.8, intention.GetProperty("agreeShare").GetDouble(), 9);
        // Wilson 95% for 4 of 5: 0.3755 .. 0.9638.
        Assert.Equal(0.3755, intention.GetProperty("ciLow").GetDouble(), 3);
        Assert.Equal(0.9638, intention.GetProperty("ciHigh").GetDouble(), 3);
        Assert.Equal(5, mine.GetProperty("respondents").GetInt32());
        // Promotion was answered by one person: the item carries no share.
        var promotion = mine.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("itemId").GetString() == "outcome.promotion");
        Assert.Equal(JsonValueKind.Null, promotion.GetProperty("agreeShare").ValueKind);

        var programme = await (await coordinator.GetAsync($"/api/v1/programmes/{programmeId}/outcomes?by=programme")).JsonAsync();
        Assert.Equal(programmeId, Assert.Single(programme.EnumerateArray()).GetProperty("scopeId").GetString());
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/api/v1/programmes/{programmeId}/outcomes?by=hub")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/api/v1/programmes/{programmeId}/outcomes?by=cluster")).StatusCode);
        await (await coordinator.GetAsync($"/api/v1/programmes/{programmeId}/outcomes?by=galaxy")).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await coordinator.GetAsync($"/api/v1/programmes/{Guid.NewGuid()}/outcomes")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await (await app.SignedInAsync("teacher@demo.example")).GetAsync($"/api/v1/programmes/{programmeId}/outcomes")).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Stored_responses_hold_the_day_only_and_nothing_that_points_to_a_person()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var columns = db.Model.FindEntityType(typeof(SurveyResponse))!.GetProperties().Select(p => p.GetColumnName()).Order().ToList();
        Assert.Equal(["answers", "comments", "language", "respondent_group", "round_id", "submission_id", "submitted_on"], columns);
        Assert.Equal(typeof(DateOnly), db.Model.FindEntityType(typeof(SurveyResponse))!.FindProperty(nameof(SurveyResponse.SubmittedOn))!.ClrType);

        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var round = await Surveys.OpenRoundAsync(coordinator, ProgramsDemo.LisbonMentors[1], Default);
        var id = Guid.NewGuid();
        await Surveys.SubmitAsync(coordinator, Surveys.Code(round, "teachers"), new Dictionary<string, int?> { ["vision.t1"] = 5 }, id);
        var stored = await db.Set<SurveyResponse>().AsNoTracking().SingleAsync(r => r.SubmissionId == id);
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow), stored.SubmittedOn);
        Assert.DoesNotContain("coordinator", stored.Answers, StringComparison.OrdinalIgnoreCase);
    }
}

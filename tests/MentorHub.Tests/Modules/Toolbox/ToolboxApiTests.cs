using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorHub.Tests.Infrastructure;
using MentorHub.Tests.Modules.Clusters;
using MentorHub.Web.Modules.Journey.Api;
using MentorHub.Web.Modules.Programs;
using MentorHub.Web.Modules.Toolbox.Api;
using Microsoft.Extensions.DependencyInjection;

namespace MentorHub.Tests.Modules.Toolbox;

[Trait("Category", Category.Integration)]
public sealed class ToolboxApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Talaide = "PT-277629";

    private static object Method(string nameEn = "Robotics club", string? namePt = "Clube de robótica", string level = "team", int duration = 90, string[]? areas = null) => new
    {
        level,
        durationMinutes = duration,
        areaIds = areas ?? ["learning", "pedagogy"],
        texts = new Dictionary<string, object?>
        {
            ["en"] = new { name = nameEn, purpose = "Students build robots after school.", steps = new[] { "Form a club", "Build" }, resources = new[] { "Kits" } },
            ["pt"] = namePt is null ? null : new { name = namePt, purpose = "Os alunos constroem robôs.", steps = new[] { "Formar um clube", "Construir" }, resources = new[] { "Kits" } },
        },
    };

    [Fact]
    public async Task The_toolbox_lists_future_school_digipeda_tisl_and_every_format_in_the_language_asked()
    {
        var teacher = await app.SignedInAsync("teacher@demo.example");
        var methods = await (await teacher.GetAsync("/api/v1/methods?lang=en")).JsonAsync();
        var ids = methods.EnumerateArray().Select(m => m.GetProperty("id").GetString()).ToList();
        Assert.Equal([ToolboxIds.FutureSchool, ToolboxIds.Digipeda, ToolboxIds.Tisl, .. ToolboxIds.Formats], ids);
        var tisl = methods.EnumerateArray().Single(m => m.GetProperty("id").GetString() == ToolboxIds.Tisl);
        Assert.Equal("teacher", tisl.GetProperty("level").GetString());
        Assert.Equal(6, tisl.GetProperty("steps").GetArrayLength());
        Assert.Contains("pedagogy", tisl.GetProperty("areaIds").EnumerateArray().Select(a => a.GetString()));
        Assert.True(tisl.GetProperty("durationMinutes").GetInt32() > 0);
        Assert.False(string.IsNullOrWhiteSpace(tisl.GetProperty("purpose").GetString()));

        var pt = await (await teacher.GetAsync("/api/v1/methods?lang=pt")).JsonAsync();
        Assert.Equal("Escola do Futuro", pt[0].GetProperty("name").GetString());
        Assert.Equal("pt", pt[0].GetProperty("language").GetString());

        var teams = await (await teacher.GetAsync("/api/v1/methods?level=team&areaId=pedagogy")).JsonAsync();
        Assert.All(teams.EnumerateArray(), m => Assert.Equal("team", m.GetProperty("level").GetString()));
        Assert.Contains("workshop", teams.EnumerateArray().Select(m => m.GetProperty("id").GetString()));

        var bad = await (await teacher.GetAsync("/api/v1/methods?level=everyone&areaId=nowhere")).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("level", out _));
        Assert.True(bad.GetProperty("errors").TryGetProperty("areaId", out _));
        await (await teacher.GetAsync($"/api/v1/methods?programmeId={Guid.NewGuid()}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Coordinators_add_and_edit_the_programmes_own_methods_in_each_language_and_bad_input_names_the_field()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var programme = await ClusterTestData.DemoProgrammeIdAsync(coordinator);

        var created = await (await coordinator.PostAsJsonAsync($"/api/v1/programmes/{programme}/methods", Method())).JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString();
        Assert.Equal("Robotics club", created.GetProperty("name").GetString());
        Assert.False(created.GetProperty("shipped").GetBoolean());

        var listed = await (await coordinator.GetAsync($"/api/v1/methods?programmeId={programme}&lang=pt")).JsonAsync();
        Assert.Equal("Clube de robótica", listed.EnumerateArray().Single(m => m.GetProperty("id").GetString() == id).GetProperty("name").GetString());
        // Without the programme only the shipped methods show.
        var shipped = await (await coordinator.GetAsync("/api/v1/methods")).JsonAsync();
        Assert.DoesNotContain(id, shipped.EnumerateArray().Select(m => m.GetProperty("id").GetString()));

        var missingPt = await (await coordinator.PostAsJsonAsync($"/api/v1/programmes/{programme}/methods", Method(namePt: null))).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(missingPt.GetProperty("errors").TryGetProperty("texts.pt.name", out _));
        var bad = await (await coordinator.PostAsJsonAsync($"/api/v1/programmes/{programme}/methods", Method(level: "class", duration: 0, areas: ["vision", "nowhere"]))).AssertProblemAsync(HttpStatusCode.BadRequest);
        var errors = bad.GetProperty("errors");
        Assert.True(errors.TryGetProperty("level", out _));
        Assert.True(errors.TryGetProperty("durationMinutes", out _));
        Assert.True(errors.TryGetProperty("areaIds[1]", out _));
        Assert.False(errors.TryGetProperty("areaIds[0]", out _));

        var updated = await (await coordinator.PutAsJsonAsync($"/api/v1/programmes/{programme}/methods/{id}?lang=en", Method(nameEn: "Robotics and coding club", duration: 120))).JsonAsync();
        Assert.Equal("Robotics and coding club", updated.GetProperty("name").GetString());
        Assert.Equal(120, updated.GetProperty("durationMinutes").GetInt32());
        await (await coordinator.PutAsJsonAsync($"/api/v1/programmes/{programme}/methods/{Guid.NewGuid()}", Method())).AssertProblemAsync(HttpStatusCode.NotFound);

        // The hub's coordinator writes them too; a teacher and a school do not.
        var hub = await app.SignedInAsync("hub@demo.example");
        await (await hub.PostAsJsonAsync($"/api/v1/programmes/{programme}/methods", Method(nameEn: "Hub method"))).JsonAsync(HttpStatusCode.Created);
        var teacher = await app.SignedInAsync("teacher@demo.example");
        await (await teacher.PostAsJsonAsync($"/api/v1/programmes/{programme}/methods", Method())).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await teacher.PutAsJsonAsync($"/api/v1/programmes/{programme}/methods/{id}", Method())).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_schools_recommendations_name_its_weak_areas_and_gaps_best_first_for_those_who_read_its_report()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var programme = await ClusterTestData.DemoProgrammeIdAsync(coordinator);
        var url = $"/api/v1/schools/{Talaide}/recommendations?programmeId={programme}";

        var list = await (await coordinator.GetAsync(url + "&lang=en")).JsonAsync();
        Assert.InRange(list.GetArrayLength(), 1, 10);
        foreach (var r in list.EnumerateArray())
        {
            Assert.NotEmpty(r.GetProperty("areaIds").EnumerateArray());
            foreach (var reason in r.GetProperty("reasons").EnumerateArray())
            {
                Assert.Contains(reason.GetProperty("kind").GetString(), new[] { "weak-area", "gap", "used-by-others" });
                Assert.False(string.IsNullOrWhiteSpace(reason.GetProperty("text").GetString()));
            }
        }
        var first = list[0].GetProperty("reasons")[0];
        Assert.Equal("weak-area", first.GetProperty("kind").GetString());
        Assert.Contains("weakest areas (mean", first.GetProperty("text").GetString());
        // Deterministic: the same needs give the same list.
        Assert.Equal(list.GetRawText(), (await (await coordinator.GetAsync(url + "&lang=en")).JsonAsync()).GetRawText());
        var pt = await (await coordinator.GetAsync(url + "&lang=pt")).JsonAsync();
        Assert.Contains("áreas mais fracas", pt[0].GetProperty("reasons")[0].GetProperty("text").GetString());

        // The school's own staff and its mentor school read them; its teachers, researchers and others do not.
        await (await (await app.SignedInAsync("mentee-school@demo.example")).GetAsync(url)).JsonAsync();
        await (await (await app.SignedInAsync("mentor-school@demo.example")).GetAsync(url)).JsonAsync();
        await (await (await app.SignedInAsync("hub@demo.example")).GetAsync(url)).JsonAsync();
        await (await (await app.SignedInAsync("teacher@demo.example")).GetAsync(url)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await (await app.SignedInAsync("researcher@demo.example")).GetAsync(url)).AssertProblemAsync(HttpStatusCode.Forbidden);

        var noProgramme = await (await coordinator.GetAsync($"/api/v1/schools/{Talaide}/recommendations")).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noProgramme.GetProperty("errors").TryGetProperty("programmeId", out _));
        await (await coordinator.GetAsync($"/api/v1/schools/XX-0/recommendations?programmeId={programme}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_teacher_runs_an_inquiry_that_saves_only_over_the_version_she_read()
    {
        var teacher = await app.SignedInAsync("teacher@demo.example");
        var programme = await ClusterTestData.DemoProgrammeIdAsync(teacher);
        var start = await teacher.PostAsJsonAsync($"/api/v1/schools/{Talaide}/inquiries", new
        {
            programmeId = programme,
            title = "Peer feedback in writing",
            question = "Does peer feedback improve my students' second drafts?",
            assumptions = "Drafts improve when students read each other's work.",
            dataToCollect = "First and second drafts of two classes.",
        });
        var created = await start.JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString();
        Assert.Equal("draft", created.GetProperty("status").GetString());
        Assert.Equal(ToolboxIds.Tisl, created.GetProperty("methodId").GetString());
        Assert.False(created.GetProperty("shared").GetBoolean());
        var etag = start.Headers.ETag!.ToString();

        var read = await teacher.GetAsync($"/api/v1/inquiries/{id}");
        await read.JsonAsync();
        Assert.Equal(etag, read.Headers.ETag!.ToString());

        var body = new { title = "Peer feedback in writing", question = "Does peer feedback improve second drafts?", status = "in-progress", shared = true };
        await (await teacher.PutAsJsonAsync($"/api/v1/inquiries/{id}", body)).AssertProblemAsync(HttpStatusCode.PreconditionRequired);
        var saved = await Put(teacher, id!, body, etag);
        var after = await saved.JsonAsync();
        Assert.Equal("in-progress", after.GetProperty("status").GetString());
        Assert.NotEqual(etag, saved.Headers.ETag!.ToString());
        // A second save over the version read first is refused: someone saved in between.
        await (await Put(teacher, id!, body, etag)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        var current = saved.Headers.ETag!.ToString();

        var incomplete = await (await Put(teacher, id!, new { title = "x", question = "y", status = "completed" }, current)).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(incomplete.GetProperty("errors").TryGetProperty("findings", out _));
        Assert.True(incomplete.GetProperty("errors").TryGetProperty("practiceChange", out _));
        var invalid = await (await Put(teacher, id!, new { title = "", question = "y", status = "finished", methodId = "no-such-method" }, current)).AssertProblemAsync(HttpStatusCode.BadRequest);
        foreach (var field in new[] { "title", "status", "methodId" })
        {
            Assert.True(invalid.GetProperty("errors").TryGetProperty(field, out _), field);
        }
        await (await Put(teacher, id!, new { title = "x", question = "y", status = "draft" }, current)).AssertProblemAsync(HttpStatusCode.Conflict);
        var done = await (await Put(teacher, id!, new { title = "Peer feedback in writing", question = "q", findings = "Second drafts were better.", practiceChange = "Peer feedback every week.", status = "completed", shared = true }, current)).JsonAsync();
        Assert.Equal("completed", done.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, done.GetProperty("completedAt").ValueKind);
    }

    [Fact]
    public async Task An_inquiry_saves_over_a_list_of_etags_naming_its_version_but_not_over_a_star_or_a_weak_tag()
    {
        var teacher = await app.SignedInAsync("teacher@demo.example");
        var programme = await ClusterTestData.DemoProgrammeIdAsync(teacher);
        var start = await teacher.PostAsJsonAsync($"/api/v1/schools/{Talaide}/inquiries", new { programmeId = programme, title = "Exit tickets", question = "Do exit tickets show who needs help?" });
        var id = (await start.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
        var etag = start.Headers.ETag!.ToString();
        var body = new { title = "Exit tickets", question = "Do exit tickets show who needs help tomorrow?" };

        // * names no version (428); If-Match compares tags strongly, so a weak one names none either (412).
        var star = await (await Put(teacher, id, body, "*")).AssertProblemAsync(HttpStatusCode.PreconditionRequired);
        Assert.StartsWith("If-Match: * is not accepted", star.GetProperty("title").GetString(), StringComparison.Ordinal);
        var weak = await (await Put(teacher, id, body, "W/" + etag)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Contains("weak tag", weak.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(etag, weak.GetProperty("currentETag").GetString());
        Assert.Equal("Do exit tickets show who needs help?", weak.GetProperty("current").GetProperty("question").GetString());

        var saved = await Put(teacher, id, body, $"W/\"9\", {etag} , \"9\"");
        Assert.Equal("Do exit tickets show who needs help tomorrow?", (await saved.JsonAsync()).GetProperty("question").GetString());
        var stale = await (await Put(teacher, id, body, $"\"9\", {etag}")).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(saved.Headers.ETag!.ToString(), stale.GetProperty("currentETag").GetString());
    }

    [Fact]
    public async Task An_inquiry_is_read_by_its_school_and_coordinators_and_by_the_cluster_only_once_shared()
    {
        var teacher = await app.SignedInAsync("teacher@demo.example");
        var programme = await ClusterTestData.DemoProgrammeIdAsync(teacher);
        var created = await (await teacher.PostAsJsonAsync($"/api/v1/schools/{Talaide}/inquiries", new { programmeId = programme, title = "Private one", question = "q?" })).JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString();
        var mentor = await app.SignedInAsync("mentor-school@demo.example");
        var researcher = await app.SignedInAsync("researcher@demo.example");
        var school = await app.SignedInAsync("mentee-school@demo.example");
        var hub = await app.SignedInAsync("hub@demo.example");

        await (await mentor.GetAsync($"/api/v1/inquiries/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await researcher.GetAsync($"/api/v1/inquiries/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await hub.GetAsync($"/api/v1/inquiries/{id}")).JsonAsync();
        var own = await school.GetAsync($"/api/v1/inquiries/{id}");
        await own.JsonAsync();
        Assert.DoesNotContain(id, (await (await mentor.GetAsync($"/api/v1/schools/{Talaide}/inquiries")).JsonAsync()).EnumerateArray().Select(i => i.GetProperty("id").GetString()));

        // The school's staff edit it too, and share it with the cluster.
        await (await Put(school, id!, new { title = "Now shared", question = "q?", shared = true }, own.Headers.ETag!.ToString())).JsonAsync();
        await (await mentor.GetAsync($"/api/v1/inquiries/{id}")).JsonAsync();
        Assert.Contains(id, (await (await mentor.GetAsync($"/api/v1/schools/{Talaide}/inquiries")).JsonAsync()).EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        var read = await mentor.GetAsync($"/api/v1/inquiries/{id}");
        await (await Put(mentor, id!, new { title = "Mentor's edit", question = "q?" }, read.Headers.ETag!.ToString())).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await researcher.GetAsync($"/api/v1/inquiries/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);

        // Only the school's people start one there.
        await (await mentor.PostAsJsonAsync($"/api/v1/schools/{Talaide}/inquiries", new { programmeId = programme, title = "t", question = "q" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        var missing = await (await teacher.PostAsJsonAsync($"/api/v1/schools/{Talaide}/inquiries", new { title = "", question = "" })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("programmeId", out _));
        var empty = await (await teacher.PostAsJsonAsync($"/api/v1/schools/{Talaide}/inquiries", new { programmeId = programme, title = "", question = "" })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(empty.GetProperty("errors").TryGetProperty("title", out _));
        Assert.True(empty.GetProperty("errors").TryGetProperty("question", out _));
    }

    [Fact]
    public async Task The_demo_teachers_shared_completed_inquiry_is_reflection_evidence_of_her_cluster_by_title()
    {
        var teacher = await app.SignedInAsync("teacher@demo.example");
        var programme = await ClusterTestData.DemoProgrammeIdAsync(teacher);
        var participants = await (await teacher.GetAsync($"/api/v1/programmes/{programme}/participants")).JsonAsync();
        var cluster = participants.EnumerateArray().Single(p => p.GetProperty("schoolId").GetString() == Talaide).GetProperty("clusterId").GetString()!;
        var schools = participants.EnumerateArray().Where(p => p.GetProperty("clusterId").GetString() == cluster).Select(p => p.GetProperty("schoolId").GetString()!).ToList();

        using var scope = app.Factory.Services.CreateScope();
        var sources = scope.ServiceProvider.GetServices<IJourneyEvidenceSource>();
        var evidence = new List<JourneyEvidence>();
        foreach (var source in sources)
        {
            evidence.AddRange(await source.EvidenceAsync(Guid.Parse(programme), Guid.Parse(cluster), schools, CancellationToken.None));
        }
        var inquiry = Assert.Single(evidence, e => e.Kind == "inquiry" && e.Title.Contains("fractions", StringComparison.Ordinal));
        Assert.Equal(JourneyPhase.Reflection, inquiry.Phase);
        Assert.Equal(Talaide, inquiry.SchoolId);
        Assert.StartsWith("/inquiries/", inquiry.Path);

        var listed = await (await teacher.GetAsync($"/api/v1/schools/{Talaide}/inquiries")).JsonAsync();
        Assert.Contains(listed.EnumerateArray(), i => i.GetProperty("status").GetString() == "completed" && i.GetProperty("shared").GetBoolean());
        var methods = await (await teacher.GetAsync($"/api/v1/methods?programmeId={programme}&lang=en")).JsonAsync();
        Assert.Contains(methods.EnumerateArray(), m => m.GetProperty("name").GetString() == "Learning spaces walk");
        _ = ProgramsDemo.LisbonMentees;
    }

    private static Task<HttpResponseMessage> Put(HttpClient client, string id, object body, string etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/inquiries/{id}") { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return client.SendAsync(request);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorHub.Tests.Infrastructure;
using MentorHub.Web.Modules.Planning.Domain;
using MentorHub.Web.Modules.Programs;
using MentorHub.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static MentorHub.Tests.Modules.Planning.PlanTestData;

namespace MentorHub.Tests.Modules.Planning;

/// <summary>The contract's plan routes, on SQLite and (with MENTORHUB_TEST_PROVIDER=Postgres) PostgreSQL.</summary>
[Trait("Category", Category.Integration)]
public sealed class PlansApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    // Talaíde: the demo's mentee school, whose coordinator and teacher have demo accounts.
    private static readonly string School = ProgramsDemo.LisbonMentees[0];

    private static HttpRequestMessage Put(string planId, object body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/plans/{planId}") { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return request;
    }

    [Fact]
    public async Task A_plan_is_made_with_an_etag_read_with_it_and_changed_only_from_the_version_it_names()
    {
        var school = await app.SignedInAsync("mentee-school@demo.example");
        var programme = await DemoProgrammeIdAsync(school);
        var (areas, priorities) = (AreaIds(app), await PriorityCodesAsync(school, programme));

        var (plan, etag) = await CreateAsync(school, School, programme,
            Goal(areas[0], priorities[0], actions: [Action(), Action("Lesson observations in pairs", "in-progress")]), Goal(areas[1], priorities[1], "Leadership shared with teams"));
        var id = plan.GetProperty("id").GetString()!;
        Assert.Equal("\"1\"", etag);
        Assert.Equal(1, plan.GetProperty("version").GetInt32());
        Assert.True(plan.GetProperty("current").GetBoolean());
        Assert.Equal(School, plan.GetProperty("schoolId").GetString());
        var goal = plan.GetProperty("goals")[0];
        Assert.Equal([areas[0]], goal.GetProperty("areaIds").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("in-progress", goal.GetProperty("actions")[1].GetProperty("status").GetString());
        Assert.Equal("2026-11-30", goal.GetProperty("actions")[0].GetProperty("dueOn").GetString());

        var read = await school.GetAsync($"/api/v1/plans/{id}");
        await read.JsonAsync();
        Assert.Equal(etag, read.Headers.ETag!.ToString());

        // Change it from version 1: the goal keeps its id, the ETag moves to version 2.
        var goalId = goal.GetProperty("id").GetString();
        var changed = new { goals = new object[] { new { id = goalId, title = "A vision the whole staff shares", areaIds = new[] { areas[0] }, priorityIds = new[] { priorities[0] }, actions = new[] { Action(status: "done") } } } };
        var saved = await school.SendAsync(Put(id, changed, etag));
        var body = await saved.JsonAsync();
        Assert.Equal("\"2\"", saved.Headers.ETag!.ToString());
        Assert.Equal(goalId, body.GetProperty("goals")[0].GetProperty("id").GetString());
        Assert.Equal("Miguel Mentorado", body.GetProperty("updatedBy").GetString());

        // The same change again from version 1: someone saved in between.
        var stale = await school.SendAsync(Put(id, changed, etag));
        var problem = await stale.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Contains("Someone saved a newer version", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, problem.GetProperty("currentVersion").GetInt32());
        Assert.Equal("A vision the whole staff shares", problem.GetProperty("current").GetProperty("goals")[0].GetProperty("title").GetString());
        Assert.Equal("\"2\"", stale.Headers.ETag!.ToString());

        // Without If-Match: 428; a weak tag is not the version (412), and * names none (428, ADR 0017).
        var blind = await school.SendAsync(Put(id, changed, null));
        Assert.Contains("If-Match", (await blind.AssertProblemAsync(HttpStatusCode.PreconditionRequired)).GetProperty("title").GetString(), StringComparison.Ordinal);
        await (await school.SendAsync(Put(id, changed, "*"))).AssertProblemAsync(HttpStatusCode.PreconditionRequired);
        await (await school.SendAsync(Put(id, changed, "W/\"2\""))).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task If_match_may_list_versions_but_a_star_is_428_and_a_weak_or_unquoted_tag_412_with_nothing_saved()
    {
        var school = await app.SignedInAsync("mentee-school@demo.example");
        var programme = await DemoProgrammeIdAsync(school);
        var (areas, priorities) = (AreaIds(app), await PriorityCodesAsync(school, programme));
        var (plan, etag) = await CreateAsync(school, School, programme, Goal(areas[0], priorities[0], "The first wording"));
        var id = plan.GetProperty("id").GetString()!;
        var changed = new { goals = new[] { Goal(areas[0], priorities[0], "A changed wording") } };

        var star = await school.SendAsync(Put(id, changed, "*"));
        Assert.StartsWith("If-Match: * is not accepted", (await star.AssertProblemAsync(HttpStatusCode.PreconditionRequired)).GetProperty("title").GetString(), StringComparison.Ordinal);
        var weak = await (await school.SendAsync(Put(id, changed, "W/" + etag))).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Contains("weak tag", weak.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(etag, weak.GetProperty("currentETag").GetString());
        var unquoted = await (await school.SendAsync(Put(id, changed, "1"))).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Contains("not a list of entity tags", unquoted.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, (await (await school.GetAsync($"/api/v1/plans/{id}")).JsonAsync()).GetProperty("version").GetInt32());

        // A list saves when one of its strong tags is the stored version, whatever its place and spacing.
        var listed = await school.SendAsync(Put(id, changed, $"\"7\",W/\"1\" ,\t{etag}"));
        Assert.Equal("A changed wording", (await listed.JsonAsync()).GetProperty("goals")[0].GetProperty("title").GetString());
        Assert.Equal("\"2\"", listed.Headers.ETag!.ToString());
        var stale = await (await school.SendAsync(Put(id, changed, $"{etag}, \"3\""))).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Contains("Someone saved a newer version", stale.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("\"2\"", stale.GetProperty("currentETag").GetString());

        // Two If-Match lines are one list.
        var twoLines = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/plans/{id}") { Content = JsonContent.Create(changed) };
        twoLines.Headers.TryAddWithoutValidation("If-Match", ["\"1\"", "\"2\""]);
        Assert.Equal("\"3\"", (await school.SendAsync(twoLines)).Headers.ETag!.ToString());
    }

    [Fact]
    public async Task Bad_goals_are_refused_with_400_naming_the_field()
    {
        var school = await app.SignedInAsync("mentee-school@demo.example");
        var programme = await DemoProgrammeIdAsync(school);
        var (areas, priorities) = (AreaIds(app), await PriorityCodesAsync(school, programme));

        async Task<JsonElement> RefusedAsync(params object[] goals) =>
            (await (await school.PostAsJsonAsync($"/api/v1/schools/{School}/plans", new { programmeId = programme, goals })).AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");

        Assert.Contains("'no-such-area' is not an area", (await RefusedAsync(Goal("no-such-area", priorities[0]))).GetProperty("goals[0].areaIds")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("is not a national priority", (await RefusedAsync(Goal(areas[0], "NOPE"))).GetProperty("goals[0].priorityIds")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("at most 3 goals", (await RefusedAsync(Goal(areas[0], priorities[0]), Goal(areas[1], priorities[0]), Goal(areas[2], priorities[0]), Goal(areas[3], priorities[0]))).GetProperty("goals")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("at least one goal", (await RefusedAsync()).GetProperty("goals")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("The due date cannot be before the start date.", (await RefusedAsync(Goal(areas[0], priorities[0], actions: [Action(startsOn: "2026-12-01", dueOn: "2026-11-01")]))).GetProperty("goals[0].actions[0].dueOn")[0].GetString());
        Assert.True((await RefusedAsync(Goal(areas[0], priorities[0], actions: [Action(status: "finished")]))).TryGetProperty("goals[0].actions[0].status", out _));
        var noProgramme = await (await school.PostAsJsonAsync($"/api/v1/schools/{School}/plans", new { goals = new[] { Goal(areas[0], priorities[0]) } })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noProgramme.GetProperty("errors").TryGetProperty("programmeId", out _));

        // A PUT is held to the same rules.
        var (plan, etag) = await CreateAsync(school, School, programme, Goal(areas[0], priorities[0]));
        var request = Put(plan.GetProperty("id").GetString()!, new { goals = new[] { Goal(areas[0], "NOPE") } }, etag);
        await (await school.SendAsync(request)).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Simultaneous_changes_from_one_version_save_one_and_refuse_the_others_with_412()
    {
        var school = await app.SignedInAsync("mentee-school@demo.example");
        var programme = await DemoProgrammeIdAsync(school);
        var (areas, priorities) = (AreaIds(app), await PriorityCodesAsync(school, programme));
        var (plan, etag) = await CreateAsync(school, School, programme, Goal(areas[0], priorities[0]));
        var id = plan.GetProperty("id").GetString()!;

        var editors = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => app.SignedInAsync("mentee-school@demo.example")));
        var responses = await Task.WhenAll(editors.Select((client, i) => client.SendAsync(Put(id, new { goals = new[] { Goal(areas[0], priorities[0], $"Version by editor {i}") } }, etag))));
        var statuses = responses.Select(r => (int)r.StatusCode).Order().ToList();
        Assert.Equal([200, 412, 412, 412], statuses);
        var winner = await responses.Single(r => r.StatusCode == HttpStatusCode.OK).JsonAsync();
        var current = await (await school.GetAsync($"/api/v1/plans/{id}")).JsonAsync();
        Assert.Equal(2, current.GetProperty("version").GetInt32());
        Assert.Equal(winner.GetProperty("goals")[0].GetProperty("title").GetString(), current.GetProperty("goals")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_database_takes_a_change_only_from_the_version_it_holds()
    {
        var school = await app.SignedInAsync("mentee-school@demo.example");
        var programme = await DemoProgrammeIdAsync(school);
        var (areas, priorities) = (AreaIds(app), await PriorityCodesAsync(school, programme));
        var (created, _) = await CreateAsync(school, School, programme, Goal(areas[0], priorities[0]));
        var id = Guid.Parse(created.GetProperty("id").GetString()!);

        // Two units of work read version 1; the first write lands, the second finds no row at version 1.
        using var first = app.Factory.Services.CreateScope();
        using var second = app.Factory.Services.CreateScope();
        var db1 = first.ServiceProvider.GetRequiredService<AppDbContext>();
        var db2 = second.ServiceProvider.GetRequiredService<AppDbContext>();
        var plan1 = await db1.Set<Plan>().SingleAsync(p => p.Id == id);
        var plan2 = await db2.Set<Plan>().SingleAsync(p => p.Id == id);
        var vocabulary = new PlanVocabulary(areas.ToHashSet(), priorities.ToHashSet());
        GoalDraft Draft(string title) => new(null, title, [areas[0]], [], []);
        plan1.Revise([Draft("First")], vocabulary, "One", DateTime.UtcNow);
        plan2.Revise([Draft("Second")], vocabulary, "Two", DateTime.UtcNow);
        await db1.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db2.SaveChangesAsync());

        var stored = await (await school.GetAsync($"/api/v1/plans/{id}")).JsonAsync();
        Assert.Equal("First", stored.GetProperty("goals")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_new_plan_replaces_the_current_one_which_is_kept_read_only()
    {
        var school = await app.SignedInAsync("mentee-school@demo.example");
        var programme = await DemoProgrammeIdAsync(school);
        var (areas, priorities) = (AreaIds(app), await PriorityCodesAsync(school, programme));
        var (old, oldTag) = await CreateAsync(school, School, programme, Goal(areas[0], priorities[0], "Old goal"));
        var (fresh, _) = await CreateAsync(school, School, programme, Goal(areas[1], priorities[1], "New goal"));
        var oldId = old.GetProperty("id").GetString()!;

        var list = await (await school.GetAsync($"/api/v1/schools/{School}/plans?programmeId={programme}")).JsonAsync();
        var rows = list.EnumerateArray().ToList();
        Assert.Equal(fresh.GetProperty("id").GetString(), rows[0].GetProperty("id").GetString());
        Assert.Single(rows, r => r.GetProperty("current").GetBoolean());
        var kept = rows.Single(r => r.GetProperty("id").GetString() == oldId);
        Assert.False(kept.GetProperty("current").GetBoolean());
        Assert.Equal(["Old goal"], kept.GetProperty("goalTitles").EnumerateArray().Select(t => t.GetString()));

        var again = await (await school.GetAsync($"/api/v1/plans/{oldId}")).JsonAsync();
        Assert.Equal(JsonValueKind.String, again.GetProperty("supersededAt").ValueKind);
        // Its version moved when it was replaced, and it takes no more changes.
        await (await school.SendAsync(Put(oldId, new { goals = new[] { Goal(areas[0], priorities[0]) } }, oldTag))).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await school.SendAsync(Put(oldId, new { goals = new[] { Goal(areas[0], priorities[0]) } }, "\"2\""))).AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_school_notes_progress_its_mentor_comments_and_others_are_refused_or_never_told()
    {
        var school = await app.SignedInAsync("mentee-school@demo.example");
        var programme = await DemoProgrammeIdAsync(school);
        var (areas, priorities) = (AreaIds(app), await PriorityCodesAsync(school, programme));
        var (plan, etag) = await CreateAsync(school, School, programme, Goal(areas[0], priorities[0]));
        var id = plan.GetProperty("id").GetString()!;
        var goalId = plan.GetProperty("goals")[0].GetProperty("id").GetString();

        await (await school.PostAsJsonAsync($"/api/v1/plans/{id}/notes", new { text = "First workshop held; 23 of 30 teachers came.", goalId })).JsonAsync(HttpStatusCode.Created);
        var mentor = await app.SignedInAsync("mentor-school@demo.example");
        var comment = await (await mentor.PostAsJsonAsync($"/api/v1/plans/{id}/comments", new { text = "Good start. Pair the absent teachers with those who came." })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("Marta Mentora", comment.GetProperty("author").GetString());
        await (await school.PostAsJsonAsync($"/api/v1/plans/{id}/comments", new { text = "Thanks, we will." })).JsonAsync(HttpStatusCode.Created);

        var read = await school.GetAsync($"/api/v1/plans/{id}");
        var body = await read.JsonAsync();
        Assert.Single(body.GetProperty("progressNotes").EnumerateArray());
        Assert.Equal(2, body.GetProperty("comments").GetArrayLength());
        // Notes and comments leave the plan's version alone.
        Assert.Equal(etag, read.Headers.ETag!.ToString());

        var teacher = await app.SignedInAsync("teacher@demo.example");
        await (await teacher.GetAsync($"/api/v1/plans/{id}")).JsonAsync();
        await (await teacher.SendAsync(Put(id, new { goals = new[] { Goal(areas[0], priorities[0]) } }, etag))).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await teacher.PostAsJsonAsync($"/api/v1/plans/{id}/notes", new { text = "x" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        var hub = await app.SignedInAsync("hub@demo.example");
        await (await hub.GetAsync($"/api/v1/plans/{id}")).JsonAsync();
        await (await hub.PostAsJsonAsync($"/api/v1/plans/{id}/comments", new { text = "x" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await mentor.SendAsync(Put(id, new { goals = new[] { Goal(areas[0], priorities[0]) } }, etag))).AssertProblemAsync(HttpStatusCode.Forbidden);

        foreach (var outsider in new[] { "researcher@demo.example", "policy@demo.example" })
        {
            var client = await app.SignedInAsync(outsider);
            await (await client.GetAsync($"/api/v1/plans/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
            await (await client.SendAsync(Put(id, new { goals = new[] { Goal(areas[0], priorities[0]) } }, null))).AssertProblemAsync(HttpStatusCode.NotFound);
            await (await client.GetAsync($"/api/v1/schools/{School}/plans?programmeId={programme}")).AssertProblemAsync(HttpStatusCode.NotFound);
            Assert.Equal(0, (await (await client.GetAsync($"/api/v1/schools/{School}/plans")).JsonAsync()).GetArrayLength());
        }
    }
}

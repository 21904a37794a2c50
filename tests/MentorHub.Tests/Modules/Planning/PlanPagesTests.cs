using System.Net;
using System.Net.Http.Json;
using MentorHub.Tests.Infrastructure;
using MentorHub.Web.Modules.Programs;
using static MentorHub.Tests.Modules.Planning.PlanTestData;

namespace MentorHub.Tests.Modules.Planning;

/// <summary>The plan pages as a browser without script uses them: forms posted whole, rows added with buttons, conflicts shown.</summary>
[Trait("Category", Category.Integration)]
public sealed class PlanPagesTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly string School = ProgramsDemo.LisbonMentees[0];

    /// <summary>Every field of a one-goal, one-action plan form, as the browser posts it.</summary>
    private static Dictionary<string, string> Fields(int version, string? goalId, string title, string area, string actionTitle, string startsOn, string dueOn, string command = "save") => new()
    {
        ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["goals[0].id"] = goalId ?? "",
        ["goals[0].title"] = title,
        ["goals[0].areaIds"] = area,
        ["goals[0].actions[0].id"] = "",
        ["goals[0].actions[0].title"] = actionTitle,
        ["goals[0].actions[0].owner"] = "Rui Costa",
        ["goals[0].actions[0].startsOn"] = startsOn,
        ["goals[0].actions[0].dueOn"] = dueOn,
        ["goals[0].actions[0].status"] = "in-progress",
        ["goals[0].actions[0].resources"] = "",
        ["goals[0].actions[0].successCriteria"] = "",
        ["command"] = command,
    };

    [Fact]
    public async Task Markup_typed_into_a_plan_is_shown_as_text()
    {
        var school = await app.SignedInAsync("mentee-school@demo.example");
        var programme = await DemoProgrammeIdAsync(school);
        var (areas, priorities) = (AreaIds(app), await PriorityCodesAsync(school, programme));
        var (plan, _) = await CreateAsync(school, School, programme,
            Goal(areas[0], priorities[0], "<script>alert('goal')</script> & <b>more</b>", [Action("<img src=x onerror=alert(1)>")]));
        var id = plan.GetProperty("id").GetString();
        await (await school.PostAsJsonAsync($"/api/v1/plans/{id}/notes", new { text = "<a href=\"javascript:alert(2)\">note</a>" })).JsonAsync(HttpStatusCode.Created);

        var html = await school.GetStringAsync($"/plans/{id}");
        Assert.DoesNotContain("<script>alert('goal')", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a href=\"javascript:alert(2)\"", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        var edit = await school.GetStringAsync($"/plans/{id}/edit");
        Assert.DoesNotContain("<script>alert('goal')", edit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_new_plan_page_proposes_goals_on_the_weakest_areas_and_keeps_what_was_typed()
    {
        var school = await app.SignedInAsync("mentee-school@demo.example");
        var programme = await DemoProgrammeIdAsync(school);
        var url = $"/schools/{School}/plans/new?programmeId={programme}";
        var page = WebUtility.HtmlDecode(await school.GetStringAsync(url));
        Assert.Contains("Weakest areas in the latest report", page, StringComparison.Ordinal);
        Assert.Contains("name=\"goals[0].title\" value=\"Improve ", page, StringComparison.Ordinal);
        Assert.Contains("name=\"goals[1].title\" value=\"Improve ", page, StringComparison.Ordinal);
        var pt = WebUtility.HtmlDecode(await school.GetStringAsync(url + "&lang=pt"));
        Assert.Contains("value=\"Melhorar ", pt, StringComparison.Ordinal);

        var area = AreaIds(app)[0];
        // A row added with a button keeps everything typed so far.
        var added = WebUtility.HtmlDecode(await HtmlForms.PostFormAsync(school, url, "new-plan", Fields(0, null, "Goal typed by hand", area, "Action typed by hand", "2026-12-01", "2027-01-15", "add-action:0")));
        Assert.Contains("value=\"Goal typed by hand\"", added, StringComparison.Ordinal);
        Assert.Contains("value=\"Action typed by hand\"", added, StringComparison.Ordinal);
        Assert.Contains("name=\"goals[0].actions[1].title\"", added, StringComparison.Ordinal);

        // A due date before the start: the error sits beside the field, and the typing stays.
        var refused = WebUtility.HtmlDecode(await HtmlForms.PostFormAsync(school, url, "new-plan", Fields(0, null, "Goal typed by hand", area, "Action typed by hand", "2027-02-01", "2027-01-15")));
        Assert.Contains("id=\"goals-0-actions-0-dueOn-error\"", refused, StringComparison.Ordinal);
        Assert.Contains("href=\"#goals-0-actions-0-dueOn\"", refused, StringComparison.Ordinal);
        Assert.Contains("The due date cannot be before the start date.", refused, StringComparison.Ordinal);
        Assert.Contains("value=\"Goal typed by hand\"", refused, StringComparison.Ordinal);

        var created = await HtmlForms.SubmitAsync(school, url, "new-plan", Fields(0, null, "Goal typed by hand", area, "Action typed by hand", "2026-12-01", "2027-01-15"));
        Assert.True(created.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther, $"The post answered {(int)created.StatusCode}");
        var location = created.Headers.Location!;
        var planUrl = location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString;
        Assert.StartsWith("/plans/", planUrl, StringComparison.Ordinal);
        var shown = WebUtility.HtmlDecode(await school.GetStringAsync(planUrl));
        Assert.Contains("Goal typed by hand", shown, StringComparison.Ordinal);
        Assert.Contains("In progress", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_released_report_the_new_plan_page_says_so_and_starts_empty()
    {
        var admin = await app.SignedInAsync("admin@demo.example");
        var programme = (await (await admin.PostAsJsonAsync("/api/v1/programmes", new { name = "Programa sem relatórios", country = "PT", startsOn = "2026-09-01", endsOn = "2027-07-31" })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString();
        var school = ProgramsDemo.SetubalMentees[0];
        await (await admin.PostAsJsonAsync($"/api/v1/programmes/{programme}/participants", new { schoolId = school, role = "mentee", status = "active" })).JsonAsync(HttpStatusCode.Created);

        var page = WebUtility.HtmlDecode(await admin.GetStringAsync($"/schools/{school}/plans/new?programmeId={programme}"));
        Assert.Contains("no released self-assessment report in this programme yet", page, StringComparison.Ordinal);
        Assert.Contains("name=\"goals[0].title\" value=\"\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"goals[1].title\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_save_from_an_older_version_shows_the_newer_one_and_keeps_the_text_to_re_apply()
    {
        var school = await app.SignedInAsync("mentee-school@demo.example");
        var programme = await DemoProgrammeIdAsync(school);
        var (areas, priorities) = (AreaIds(app), await PriorityCodesAsync(school, programme));
        var (plan, etag) = await CreateAsync(school, School, programme, Goal(areas[0], priorities[0], "The first wording"));
        var id = plan.GetProperty("id").GetString()!;
        var goalId = plan.GetProperty("goals")[0].GetProperty("id").GetString();

        // A colleague saves through the API while this person edits version 1 on the page.
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/plans/{id}") { Content = JsonContent.Create(new { goals = new[] { Goal(areas[0], priorities[0], "The colleague's wording") } }) };
        put.Headers.TryAddWithoutValidation("If-Match", etag);
        await (await school.SendAsync(put)).JsonAsync();

        var conflict = WebUtility.HtmlDecode(await HtmlForms.PostFormAsync(school, $"/plans/{id}/edit", "plan", Fields(1, goalId, "My own wording", areas[0], "My action", "2026-12-01", "2027-01-15")));
        Assert.Contains("Someone saved a newer version", conflict, StringComparison.Ordinal);
        Assert.Contains("The colleague's wording", conflict, StringComparison.Ordinal);
        Assert.Contains("value=\"My own wording\"", conflict, StringComparison.Ordinal);
        Assert.Contains("name=\"version\" value=\"2\"", conflict, StringComparison.Ordinal);
        var stored = await (await school.GetAsync($"/api/v1/plans/{id}")).JsonAsync();
        Assert.Equal("The colleague's wording", stored.GetProperty("goals")[0].GetProperty("title").GetString());

        // Having seen the newer version, the person saves again from it.
        var saved = await HtmlForms.SubmitAsync(school, $"/plans/{id}/edit", "plan", Fields(2, goalId, "My own wording", areas[0], "My action", "2026-12-01", "2027-01-15"));
        Assert.True(saved.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther, $"The post answered {(int)saved.StatusCode}");
        var after = await (await school.GetAsync($"/api/v1/plans/{id}")).JsonAsync();
        Assert.Equal(3, after.GetProperty("version").GetInt32());
        Assert.Equal("My own wording", after.GetProperty("goals")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_mentor_comments_on_the_plan_page_and_the_school_notes_progress()
    {
        var school = await app.SignedInAsync("mentee-school@demo.example");
        var programme = await DemoProgrammeIdAsync(school);
        var (areas, priorities) = (AreaIds(app), await PriorityCodesAsync(school, programme));
        var (plan, _) = await CreateAsync(school, School, programme, Goal(areas[0], priorities[0]));
        var url = $"/plans/{plan.GetProperty("id").GetString()}";

        var mentor = await app.SignedInAsync("mentor-school@demo.example");
        var mentorPage = await mentor.GetStringAsync(url);
        Assert.DoesNotContain("Add a progress note", mentorPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Edit goals and actions", mentorPage, StringComparison.Ordinal);
        var commented = await HtmlForms.PostFormAsync(mentor, url, "comment", new() { ["CommentInput.Text"] = "Try pairing new and experienced teachers." });
        Assert.Contains("Comment added.", commented, StringComparison.Ordinal);
        Assert.Contains("Try pairing new and experienced teachers.", commented, StringComparison.Ordinal);

        var empty = await HtmlForms.PostFormAsync(school, url, "note", new() { ["NoteInput.Text"] = "" });
        Assert.Contains("field-error\">", empty.Replace("validation-message", "field-error", StringComparison.Ordinal), StringComparison.Ordinal);
        var noted = await HtmlForms.PostFormAsync(school, url, "note", new() { ["NoteInput.Text"] = "Half the staff tried the new tool.", ["NoteInput.GoalId"] = "" });
        Assert.Contains("Progress note added.", noted, StringComparison.Ordinal);
        Assert.Contains("Half the staff tried the new tool.", noted, StringComparison.Ordinal);

        var teacher = await app.SignedInAsync("teacher@demo.example");
        var teacherPage = await teacher.GetStringAsync(url);
        Assert.Contains("Half the staff tried the new tool.", teacherPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Comment on the plan", teacherPage, StringComparison.Ordinal);
        var list = await teacher.GetStringAsync($"/schools/{School}/plans");
        Assert.DoesNotContain(">New plan<", list, StringComparison.Ordinal);
        Assert.Contains(">New plan<", await school.GetStringAsync($"/schools/{School}/plans"), StringComparison.Ordinal);
    }
}

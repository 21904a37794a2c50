using System.Text.Json;
using System.Net;
using System.Net.Http.Json;
using MentorHub.Tests.Infrastructure;
using MentorHub.Web.Modules.Programs;

namespace MentorHub.Tests.Modules.Journey;

[Trait("Category", Category.Integration)]
public sealed class JourneyPagesTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static async Task<string> ClusterOfMentorAsync(HttpClient client, string mentorSchoolId)
    {
        var programmeId = await Clusters.ClusterTestData.DemoProgrammeIdAsync(client);
        var clusters = await (await client.GetAsync($"/api/v1/programmes/{programmeId}/clusters")).JsonAsync();
        return clusters.EnumerateArray().Single(c => c.GetProperty("mentorSchoolId").GetString() == mentorSchoolId).GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task The_journey_page_moves_the_cluster_and_shows_the_note_as_typed_never_as_markup()
    {
        var hub = await app.SignedInAsync("hub@demo.example");
        var id = await ClusterOfMentorAsync(hub, ProgramsDemo.LisbonMentors[1]);
        var before = await (await hub.GetAsync($"/api/v1/clusters/{id}/journey")).JsonAsync();
        var to = before.GetProperty("phase").GetString() == "reflection" ? "joint-planning" : "reflection";
        var html = await HtmlForms.PostFormAsync(hub, $"/clusters/{id}/journey", "move", new()
        {
            ["MoveInput.SchoolId"] = "",
            ["MoveInput.Phase"] = to,
            ["MoveInput.Note"] = "<script>alert('x')</script> we are ready",
        });
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; we are ready", html, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"step\"", html, StringComparison.Ordinal);
        var after = await (await hub.GetAsync($"/api/v1/clusters/{id}/journey")).JsonAsync();
        Assert.Equal(to, after.GetProperty("phase").GetString());

        // An unknown phase is refused with a message, and the note typed stays in the form.
        var refused = await HtmlForms.PostFormAsync(hub, $"/clusters/{id}/journey", "move", new()
        {
            ["MoveInput.SchoolId"] = "",
            ["MoveInput.Phase"] = "nowhere",
            ["MoveInput.Note"] = "kept note",
        });
        Assert.Contains("role=\"alert\"", refused, StringComparison.Ordinal);
        Assert.Contains("kept note", refused, StringComparison.Ordinal);

        // The cluster page shows where the cluster stands and links to its journey.
        var clusterPage = await (await hub.GetAsync($"/clusters/{id}")).Content.ReadAsStringAsync();
        Assert.Contains($"href=\"/clusters/{id}/journey\"", clusterPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_agreement_page_saves_confirms_and_on_a_conflict_shows_the_newer_version_and_keeps_what_was_typed()
    {
        var mentor = await app.SignedInAsync("mentor-school@demo.example");
        var id = await ClusterOfMentorAsync(mentor, ProgramsDemo.LisbonMentors[0]);
        var url = $"/clusters/{id}/agreement";
        var page = await (await mentor.GetAsync(url)).Content.ReadAsStringAsync();
        var version = HtmlForms.Hidden(page, "EditInput.Version");

        var saved = await HtmlForms.PostFormAsync(mentor, url, "edit", new()
        {
            ["EditInput.Version"] = version,
            ["EditInput.People"] = "Ana <i>Silva</i>",
            ["EditInput.Goals"] = "Feedback culture",
            ["EditInput.MeetingRhythm"] = "Monthly",
            ["EditInput.Roles"] = "Ana chairs",
        });
        Assert.Contains("Ana &lt;i&gt;Silva&lt;/i&gt;", saved, StringComparison.Ordinal);

        // Someone else saves meanwhile through the API.
        var read = await mentor.GetAsync($"/api/v1/clusters/{id}/agreement");
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/clusters/{id}/agreement") { Content = JsonContent.Create(new { goals = "Newer goals from the API" }) };
        put.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.Tag);
        (await mentor.SendAsync(put)).EnsureSuccessStatusCode();

        // The page posted with the version it had read.
        var stalePage = await HtmlForms.PostFormAsync(mentor, url, "edit", new()
        {
            ["EditInput.Version"] = (int.Parse(version, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["EditInput.Goals"] = "My own goals",
        });
        Assert.Contains("Newer goals from the API", stalePage, StringComparison.Ordinal);
        Assert.Contains("My own goals", stalePage, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", stalePage, StringComparison.Ordinal);

        // The mentee school confirms on the page.
        var mentee = await app.SignedInAsync("mentee-school@demo.example");
        var menteePage = await (await mentee.GetAsync(url)).Content.ReadAsStringAsync();
        var confirmed = await HtmlForms.PostFormAsync(mentee, url, "confirm", new()
        {
            ["ConfirmInput.Version"] = HtmlForms.Hidden(menteePage, "ConfirmInput.Version"),
            ["ConfirmInput.SchoolId"] = ProgramsDemo.LisbonMentees[0],
        });
        Assert.Contains("Miguel Mentorado", confirmed, StringComparison.Ordinal);
        var agreement = await (await mentee.GetAsync($"/api/v1/clusters/{id}/agreement")).JsonAsync();
        Assert.Contains(agreement.GetProperty("confirmations").EnumerateArray(), c => c.GetProperty("schoolId").GetString() == ProgramsDemo.LisbonMentees[0]);
    }

    [Fact]
    public async Task The_overview_shows_every_cluster_by_phase_to_coordinators_and_refuses_schools()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var programmeId = await Clusters.ClusterTestData.DemoProgrammeIdAsync(coordinator);
        var overview = await (await coordinator.GetAsync($"/api/v1/programmes/{programmeId}/journey?inactiveDays=10")).JsonAsync();
        Assert.Equal(10, overview.GetProperty("inactiveDays").GetInt32());
        var clusters = overview.GetProperty("clusters").GetInt32();
        Assert.True(clusters > 0);
        Assert.Equal(clusters, overview.GetProperty("clustersByPhase").EnumerateObject().Sum(p => p.Value.GetInt32()));
        Assert.Equal(7, overview.GetProperty("schoolsByPhase").EnumerateObject().Count());
        // A cluster is flagged exactly when its latest activity is older than the window or it has none; the demo logged a term for its clusters.
        var cutoff = overview.GetProperty("inactiveSince").GetDateTime();
        Assert.Equal(DateTime.UtcNow.AddDays(-10), cutoff, TimeSpan.FromMinutes(5));
        var items = overview.GetProperty("items").EnumerateArray().ToList();
        Assert.All(items, c => Assert.Equal(
            c.GetProperty("lastActivityAt").ValueKind == JsonValueKind.Null || c.GetProperty("lastActivityAt").GetDateTime() < cutoff,
            c.GetProperty("inactive").GetBoolean()));
        Assert.Contains(items, c => !c.GetProperty("inactive").GetBoolean());
        var paged = await (await coordinator.GetAsync($"/api/v1/programmes/{programmeId}/journey?pageSize=2&page=2")).JsonAsync();
        Assert.True(paged.GetProperty("items").GetArrayLength() <= 2);
        Assert.Equal(clusters, paged.GetProperty("total").GetInt32());

        var bad = await (await coordinator.GetAsync($"/api/v1/programmes/{programmeId}/journey?inactiveDays=0&hubId={Guid.NewGuid()}")).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("inactiveDays", out _));
        Assert.True(bad.GetProperty("errors").TryGetProperty("hubId", out _));

        // The hub coordinator sees their hubs' clusters only.
        var hub = await app.SignedInAsync("hub@demo.example");
        var hubs = await Clusters.ClusterTestData.DemoHubsAsync(hub, programmeId);
        var lisbon = await (await hub.GetAsync($"/api/v1/programmes/{programmeId}/journey?hubId={hubs.TopDown}")).JsonAsync();
        Assert.All(lisbon.GetProperty("items").EnumerateArray(), c => Assert.Equal(hubs.TopDown, c.GetProperty("hubId").GetString()));

        var page = await (await coordinator.GetAsync($"/programmes/{programmeId}/journey")).Content.ReadAsStringAsync();
        Assert.Contains("<table", page, StringComparison.Ordinal);
        var mentor = await app.SignedInAsync("mentor-school@demo.example");
        await (await mentor.GetAsync($"/api/v1/programmes/{programmeId}/journey")).AssertProblemAsync(HttpStatusCode.Forbidden);
    }
}

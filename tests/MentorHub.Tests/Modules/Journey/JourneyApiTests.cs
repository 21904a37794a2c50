using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorHub.Tests.Infrastructure;
using MentorHub.Web.Modules.Programs;

namespace MentorHub.Tests.Modules.Journey;

[Trait("Category", Category.Integration)]
public sealed class JourneyApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly string[] Phases = ["initiative", "anchoring-meeting", "joint-planning", "mapping-needs", "acquiring-new-perspectives", "development-action", "reflection"];

    /// <summary>The demo cluster the mentor-school and mentee-school accounts work in.</summary>
    internal static async Task<string> DemoClusterAsync(HttpClient client)
    {
        var programmeId = await Clusters.ClusterTestData.DemoProgrammeIdAsync(client);
        var participants = await (await client.GetAsync($"/api/v1/programmes/{programmeId}/participants")).JsonAsync();
        return participants.EnumerateArray().Single(p => p.GetProperty("schoolId").GetString() == ProgramsDemo.LisbonMentees[0]).GetProperty("clusterId").GetString()!;
    }

    private static string Other(string phase) => phase == "development-action" ? "joint-planning" : "development-action";

    [Fact]
    public async Task A_cluster_and_its_schools_move_through_the_phases_and_every_move_is_recorded()
    {
        var mentor = await app.SignedInAsync("mentor-school@demo.example");
        var id = await DemoClusterAsync(mentor);
        var journey = await (await mentor.GetAsync($"/api/v1/clusters/{id}/journey")).JsonAsync();
        Assert.Equal(id, journey.GetProperty("clusterId").GetString());
        Assert.Equal(Phases, journey.GetProperty("phases").EnumerateArray().Select(p => p.GetProperty("phase").GetString()));
        Assert.Contains(ProgramsDemo.LisbonMentees[0], journey.GetProperty("schools").EnumerateArray().Select(s => s.GetProperty("schoolId").GetString()));
        var to = Other(journey.GetProperty("phase").GetString()!);

        var move = await (await mentor.PostAsJsonAsync($"/api/v1/clusters/{id}/journey/moves", new { phase = to, note = "we agreed to go on" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(to, move.GetProperty("toPhase").GetString());
        Assert.Equal("Marta Mentora", move.GetProperty("byName").GetString());
        Assert.Equal(JsonValueKind.Null, move.GetProperty("schoolId").ValueKind);

        var after = await (await mentor.GetAsync($"/api/v1/clusters/{id}/journey")).JsonAsync();
        Assert.Equal(to, after.GetProperty("phase").GetString());
        var statuses = after.GetProperty("phases").EnumerateArray().ToDictionary(p => p.GetProperty("phase").GetString()!, p => p.GetProperty("status").GetString());
        Assert.Equal("current", statuses[to]);
        Assert.Equal("done", statuses["initiative"]);
        Assert.Equal("upcoming", statuses["reflection"]);
        var recorded = after.GetProperty("moves")[0];
        Assert.Equal("we agreed to go on", recorded.GetProperty("note").GetString());

        // A mentee school moves itself, and only itself.
        var mentee = await app.SignedInAsync("mentee-school@demo.example");
        var own = ProgramsDemo.LisbonMentees[0];
        var schoolMove = await (await mentee.PostAsJsonAsync($"/api/v1/clusters/{id}/journey/moves", new { schoolId = own, phase = "mapping-needs" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(own, schoolMove.GetProperty("schoolId").GetString());
        var school = (await (await mentee.GetAsync($"/api/v1/clusters/{id}/journey")).JsonAsync()).GetProperty("schools").EnumerateArray().Single(s => s.GetProperty("schoolId").GetString() == own);
        Assert.Equal("mapping-needs", school.GetProperty("phase").GetString());
        Assert.False(school.GetProperty("followsCluster").GetBoolean());
        await (await mentee.PostAsJsonAsync($"/api/v1/clusters/{id}/journey/moves", new { phase = "reflection" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        var otherSchool = after.GetProperty("schools").EnumerateArray().Select(s => s.GetProperty("schoolId").GetString()).First(s => s != own && s != after.GetProperty("mentorSchoolId").GetString());
        await (await mentee.PostAsJsonAsync($"/api/v1/clusters/{id}/journey/moves", new { schoolId = otherSchool, phase = "reflection" })).AssertProblemAsync(HttpStatusCode.Forbidden);

        // Moving to where it already is is a conflict, not a move.
        await (await mentor.PostAsJsonAsync($"/api/v1/clusters/{id}/journey/moves", new { phase = to })).AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Bad_moves_answer_400_naming_the_field_and_unknown_clusters_404()
    {
        var hub = await app.SignedInAsync("hub@demo.example");
        var id = await DemoClusterAsync(hub);
        var unknown = await (await hub.PostAsJsonAsync($"/api/v1/clusters/{id}/journey/moves", new { phase = "planning" })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(unknown.GetProperty("errors").TryGetProperty("phase", out _));
        var missing = await (await hub.PostAsJsonAsync($"/api/v1/clusters/{id}/journey/moves", new { note = "no phase" })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("phase", out _));
        var stranger = await (await hub.PostAsJsonAsync($"/api/v1/clusters/{id}/journey/moves", new { schoolId = "PT-000000", phase = "reflection" })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(stranger.GetProperty("errors").TryGetProperty("schoolId", out _));
        var longNote = await (await hub.PostAsJsonAsync($"/api/v1/clusters/{id}/journey/moves", new { phase = "reflection", note = new string('x', 1001) })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(longNote.GetProperty("errors").TryGetProperty("note", out _));
        await (await hub.GetAsync($"/api/v1/clusters/{Guid.NewGuid()}/journey")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await hub.PostAsJsonAsync($"/api/v1/clusters/{Guid.NewGuid()}/journey/moves", new { phase = "reflection" })).AssertProblemAsync(HttpStatusCode.NotFound);

        // Researchers know the cluster exists but not how its schools are doing.
        var researcher = await app.SignedInAsync("researcher@demo.example");
        await (await researcher.GetAsync($"/api/v1/clusters/{id}/journey")).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_agreement_is_versioned_with_etags_and_confirmed_by_each_school()
    {
        var mentor = await app.SignedInAsync("mentor-school@demo.example");
        var mentee = await app.SignedInAsync("mentee-school@demo.example");
        var id = await DemoClusterAsync(mentor);
        var url = $"/api/v1/clusters/{id}/agreement";
        var read = await mentor.GetAsync(url);
        var etag = read.Headers.ETag!.Tag;
        var current = await read.JsonAsync();
        Assert.Equal($"\"{current.GetProperty("version").GetInt32()}\"", etag);

        var body = new { people = "Ana <b>Silva</b> (mentor)", goals = "Digital assessment", meetingRhythm = "Every other Tuesday", roles = "Ana chairs" };
        await (await mentor.PutAsJsonAsync(url, body)).AssertProblemAsync((HttpStatusCode)428);
        var saved = await SendAsync(mentor, HttpMethod.Put, url, body, etag);
        var v1 = await saved.JsonAsync();
        Assert.Equal(current.GetProperty("version").GetInt32() + 1, v1.GetProperty("version").GetInt32());
        var etag1 = saved.Headers.ETag!.Tag;
        Assert.NotEqual(etag, etag1);

        // The writer who read the old version is refused and told the newer one.
        var stale = await (await SendAsync(mentor, HttpMethod.Put, url, body with { goals = "Other" }, etag)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(v1.GetProperty("version").GetInt32(), stale.GetProperty("currentVersion").GetInt32());
        Assert.Equal("Digital assessment", stale.GetProperty("current").GetProperty("goals").GetString());

        // The mentee school confirms for itself; again changes nothing; not for another school.
        var confirmations = url + "/confirmations";
        var own = new { schoolId = ProgramsDemo.LisbonMentees[0] };
        await (await mentee.PostAsJsonAsync(confirmations, own)).AssertProblemAsync((HttpStatusCode)428);
        var confirmed = await (await SendAsync(mentee, HttpMethod.Post, confirmations, own, etag1)).JsonAsync(HttpStatusCode.Created);
        var confirmation = confirmed.GetProperty("confirmations").EnumerateArray().Single();
        Assert.Equal("Miguel Mentorado", confirmation.GetProperty("byName").GetString());
        await (await SendAsync(mentee, HttpMethod.Post, confirmations, own, etag1)).JsonAsync(HttpStatusCode.OK);
        await (await SendAsync(mentee, HttpMethod.Post, confirmations, new { schoolId = v1.GetProperty("schools")[0].GetString() }, etag1)).AssertProblemAsync(HttpStatusCode.Forbidden);
        var notMember = await (await SendAsync(mentee, HttpMethod.Post, confirmations, new { schoolId = "PT-000000" }, etag1)).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(notMember.GetProperty("errors").TryGetProperty("schoolId", out _));
        await (await SendAsync(mentee, HttpMethod.Put, url, body, etag1)).AssertProblemAsync(HttpStatusCode.Forbidden);

        // The agreement is the anchoring meeting's evidence.
        var journey = await (await mentor.GetAsync($"/api/v1/clusters/{id}/journey")).JsonAsync();
        var anchoring = journey.GetProperty("phases").EnumerateArray().Single(p => p.GetProperty("phase").GetString() == "anchoring-meeting");
        Assert.Contains(anchoring.GetProperty("evidence").EnumerateArray(), e => e.GetProperty("kind").GetString() == "agreement" && e.GetProperty("path").GetString() == $"/clusters/{id}/agreement");
        Assert.Contains(anchoring.GetProperty("evidence").EnumerateArray(), e => e.GetProperty("kind").GetString() == "agreement-confirmation" && e.GetProperty("schoolId").GetString() == own.schoolId);

        // An edit clears the confirmations and says so; confirming the old version is stale.
        var edited = await (await SendAsync(mentor, HttpMethod.Put, url, body with { roles = "Rui chairs" }, etag1)).JsonAsync();
        Assert.Empty(edited.GetProperty("confirmations").EnumerateArray());
        Assert.Equal(1, edited.GetProperty("cleared").GetProperty("count").GetInt32());
        await (await SendAsync(mentee, HttpMethod.Post, confirmations, own, etag1)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("Ana <b>Silva</b> (mentor)", edited.GetProperty("people").GetString());

        var researcher = await app.SignedInAsync("researcher@demo.example");
        await (await researcher.GetAsync(url)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await mentor.GetAsync($"/api/v1/clusters/{Guid.NewGuid()}/agreement")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_agreement_takes_a_list_of_etags_but_refuses_a_star_with_428_and_a_weak_tag_with_412()
    {
        var mentor = await app.SignedInAsync("mentor-school@demo.example");
        var mentee = await app.SignedInAsync("mentee-school@demo.example");
        var id = await DemoClusterAsync(mentor);
        var url = $"/api/v1/clusters/{id}/agreement";
        var read = await mentor.GetAsync(url);
        var etag = read.Headers.ETag!.Tag;
        var version = (await read.JsonAsync()).GetProperty("version").GetInt32();
        var body = new { people = "Ana (mentor)", goals = "Feedback that moves learning", meetingRhythm = "Monthly", roles = "Ana chairs" };

        // * would match whatever is stored, so it protects nothing: 428 like no If-Match, and nothing is written.
        var star = await (await SendAsync(mentor, HttpMethod.Put, url, body, "*")).AssertProblemAsync((HttpStatusCode)428);
        Assert.StartsWith("If-Match: * is not accepted", star.GetProperty("title").GetString(), StringComparison.Ordinal);
        var weak = await (await SendAsync(mentor, HttpMethod.Put, url, body, "W/" + etag)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Contains("weak tag", weak.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(etag, weak.GetProperty("currentETag").GetString());
        Assert.Equal(version, weak.GetProperty("currentVersion").GetInt32());
        Assert.Equal(version, (await (await mentor.GetAsync(url)).JsonAsync()).GetProperty("version").GetInt32());

        var saved = await SendAsync(mentor, HttpMethod.Put, url, body, $"\"{version + 40}\", {etag}");
        Assert.Equal(version + 1, (await saved.JsonAsync()).GetProperty("version").GetInt32());
        var etag1 = saved.Headers.ETag!.Tag;

        // Confirming follows the same rule.
        var own = new { schoolId = ProgramsDemo.LisbonMentees[0] };
        await (await SendAsync(mentee, HttpMethod.Post, url + "/confirmations", own, "*")).AssertProblemAsync((HttpStatusCode)428);
        await (await SendAsync(mentee, HttpMethod.Post, url + "/confirmations", own, "W/" + etag1)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await SendAsync(mentee, HttpMethod.Post, url + "/confirmations", own, $"{etag},{etag1}")).JsonAsync(HttpStatusCode.Created);
        await (await SendAsync(mentee, HttpMethod.Post, url + "/confirmations", own, etag)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    private static Task<HttpResponseMessage> SendAsync<T>(HttpClient client, HttpMethod method, string url, T body, string etag)
    {
        var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return client.SendAsync(request);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorHub.Tests.Infrastructure;
using MentorHub.Web.Modules.Programs;

namespace MentorHub.Tests.Modules.Clusters;

[Trait("Category", Category.Integration)]
public sealed class ManageClusterApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_mentor_school_keeps_a_shared_space_and_a_leaving_school_stays_in_the_history()
    {
        var mentor = await app.SignedInAsync("mentor-school@demo.example");
        var programmeId = await ClusterTestData.DemoProgrammeIdAsync(mentor);
        var clusters = await (await mentor.GetAsync($"/api/v1/programmes/{programmeId}/clusters")).JsonAsync();
        var own = clusters.EnumerateArray().Single(c => c.GetProperty("mentorSchoolId").GetString() == ProgramsDemo.LisbonMentors[0]);
        var id = own.GetProperty("id").GetString();

        await (await mentor.PostAsJsonAsync($"/api/v1/clusters/{id}/links", new { title = "Moodle course", url = "https://moodle.example.org/course/7" })).JsonAsync(HttpStatusCode.Created);
        var bad = await mentor.PostAsJsonAsync($"/api/v1/clusters/{id}/links", new { title = "Chat", url = "javascript:alert(1)" });
        var problem = await bad.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("url", out _));
        await (await mentor.PostAsJsonAsync($"/api/v1/clusters/{id}/coordinators", new { name = "Marta Mentora", email = "marta@example.org" })).JsonAsync(HttpStatusCode.Created);

        // Someone else's cluster is not the mentor's to change.
        var other = clusters.EnumerateArray().First(c => c.GetProperty("mentorSchoolId").GetString() == ProgramsDemo.LisbonMentors[1]);
        var refused = await mentor.PostAsJsonAsync($"/api/v1/clusters/{other.GetProperty("id").GetString()}/links", new { title = "x", url = "https://example.org" });
        await refused.AssertProblemAsync(HttpStatusCode.Forbidden);

        var hub = await app.SignedInAsync("hub@demo.example");
        var leaving = own.GetProperty("menteeSchoolIds")[0].GetString();
        var after = await (await hub.PostAsJsonAsync($"/api/v1/clusters/{id}/members/{leaving}/leave", new { reason = "merged with another school" })).JsonAsync();
        Assert.DoesNotContain(leaving, after.GetProperty("menteeSchoolIds").EnumerateArray().Select(x => x.GetString()));
        var record = after.GetProperty("history").EnumerateArray().Single(m => m.GetProperty("schoolId").GetString() == leaving);
        Assert.Equal("merged with another school", record.GetProperty("leaveReason").GetString());
        Assert.Equal(JsonValueKind.String, record.GetProperty("leftAt").ValueKind);
        Assert.Single(after.GetProperty("links").EnumerateArray());
        Assert.Single(after.GetProperty("coordinators").EnumerateArray());

        var participants = await (await hub.GetAsync($"/api/v1/programmes/{programmeId}/participants")).JsonAsync();
        Assert.Equal(JsonValueKind.Null, participants.EnumerateArray().Single(p => p.GetProperty("schoolId").GetString() == leaving).GetProperty("clusterId").ValueKind);
    }
}

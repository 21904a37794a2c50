using System.Net.Http.Json;
using System.Text.Json;
using MentorHub.Tests.Infrastructure;
using MentorHub.Web.Modules.Programs;

namespace MentorHub.Tests.Modules.Clusters;

[Trait("Category", Category.Integration)]
public sealed class WithdrawalLeavesClusterTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_mentee_school_that_withdraws_from_the_programme_leaves_its_cluster_on_that_date()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var programmeId = await ClusterTestData.DemoProgrammeIdAsync(coordinator);
        var clusters = await (await coordinator.GetAsync($"/api/v1/programmes/{programmeId}/clusters")).JsonAsync();
        var cluster = clusters.EnumerateArray().Single(c => c.GetProperty("mentorSchoolId").GetString() == ProgramsDemo.LisbonMentors[2]);
        var clusterId = cluster.GetProperty("id").GetString();
        var withdrawing = cluster.GetProperty("menteeSchoolIds")[0].GetString()!;
        var staying = cluster.GetProperty("menteeSchoolIds").EnumerateArray().Select(m => m.GetString()).Skip(1).ToList();

        var before = DateTime.UtcNow.AddSeconds(-1);
        var updated = await (await coordinator.PutAsJsonAsync($"/api/v1/programmes/{programmeId}/participants/{withdrawing}", new { status = "withdrawn" })).JsonAsync();
        Assert.Equal("withdrawn", updated.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, updated.GetProperty("clusterId").ValueKind);

        var after = await (await coordinator.GetAsync($"/api/v1/clusters/{clusterId}")).JsonAsync();
        var mentees = after.GetProperty("menteeSchoolIds").EnumerateArray().Select(m => m.GetString()).ToList();
        Assert.DoesNotContain(withdrawing, mentees);
        Assert.Equal(staying, mentees);
        var record = after.GetProperty("history").EnumerateArray().Single(m => m.GetProperty("schoolId").GetString() == withdrawing);
        Assert.Equal("withdrew from the programme", record.GetProperty("leaveReason").GetString());
        Assert.InRange(record.GetProperty("leftAt").GetDateTime().ToUniversalTime(), before, DateTime.UtcNow.AddSeconds(1));

        var participants = await (await coordinator.GetAsync($"/api/v1/programmes/{programmeId}/participants")).JsonAsync();
        Assert.Equal(JsonValueKind.Null, participants.EnumerateArray().Single(p => p.GetProperty("schoolId").GetString() == withdrawing).GetProperty("clusterId").ValueKind);

        // Applying again does not put the school back: joining a cluster is its own step.
        await (await coordinator.PutAsJsonAsync($"/api/v1/programmes/{programmeId}/participants/{withdrawing}", new { status = "applied" })).JsonAsync();
        var later = await (await coordinator.GetAsync($"/api/v1/clusters/{clusterId}")).JsonAsync();
        Assert.DoesNotContain(withdrawing, later.GetProperty("menteeSchoolIds").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task A_mentor_school_that_still_leads_mentees_cannot_withdraw_and_nothing_changes()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var programmeId = await ClusterTestData.DemoProgrammeIdAsync(coordinator);
        var clusters = await (await coordinator.GetAsync($"/api/v1/programmes/{programmeId}/clusters")).JsonAsync();
        var cluster = clusters.EnumerateArray().Single(c => c.GetProperty("mentorSchoolId").GetString() == ProgramsDemo.LisbonMentors[0]);
        var mentees = cluster.GetProperty("menteeSchoolIds").EnumerateArray().Select(m => m.GetString()).ToList();
        Assert.NotEmpty(mentees);

        var refused = await coordinator.PutAsJsonAsync($"/api/v1/programmes/{programmeId}/participants/{ProgramsDemo.LisbonMentors[0]}", new { status = "withdrawn" });
        var problem = await refused.AssertProblemAsync(System.Net.HttpStatusCode.Conflict);
        Assert.Contains("mentor of cluster", problem.GetProperty("title").GetString());

        var participants = await (await coordinator.GetAsync($"/api/v1/programmes/{programmeId}/participants")).JsonAsync();
        Assert.NotEqual("withdrawn", participants.EnumerateArray().Single(p => p.GetProperty("schoolId").GetString() == ProgramsDemo.LisbonMentors[0]).GetProperty("status").GetString());
        var after = await (await coordinator.GetAsync($"/api/v1/clusters/{cluster.GetProperty("id").GetString()}")).JsonAsync();
        Assert.Equal(mentees, after.GetProperty("menteeSchoolIds").EnumerateArray().Select(m => m.GetString()).ToList());
    }
}

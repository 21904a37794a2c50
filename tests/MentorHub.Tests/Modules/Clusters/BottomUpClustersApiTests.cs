using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorHub.Tests.Infrastructure;

namespace MentorHub.Tests.Modules.Clusters;

/// <summary>Invite, accept, approve with the demo accounts (the demo lets them speak for Setúbal schools).</summary>
[Trait("Category", Category.Integration)]
public sealed class BottomUpClustersApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Mentor_invites_mentee_accepts_hub_approves_and_the_cluster_grows()
    {
        var mentor = await app.SignedInAsync("mentor-school@demo.example");
        var mentee = await app.SignedInAsync("mentee-school@demo.example");
        var hub = await app.SignedInAsync("hub@demo.example");
        var programmeId = await ClusterTestData.DemoProgrammeIdAsync(mentor);
        var mentorSchool = ClusterTestData.SetubalMentors[2];
        var menteeSchool = ClusterTestData.SetubalMentees[11];

        var created = await (await mentor.PostAsJsonAsync($"/api/v1/programmes/{programmeId}/cluster-requests",
            new { mentorSchoolId = mentorSchool, menteeSchoolId = menteeSchool, message = "Join us?" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("invite", created.GetProperty("direction").GetString());
        Assert.Equal("pending", created.GetProperty("status").GetString());
        var id = created.GetProperty("id").GetString();

        // Only the invited school answers, only the hub approves, and not before the answer.
        await (await mentor.PostAsync($"/api/v1/cluster-requests/{id}/accept", null)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await hub.PostAsync($"/api/v1/cluster-requests/{id}/approve", null)).AssertProblemAsync(HttpStatusCode.Conflict);
        var twice = await mentor.PostAsJsonAsync($"/api/v1/programmes/{programmeId}/cluster-requests", new { mentorSchoolId = mentorSchool, menteeSchoolId = menteeSchool });
        await twice.AssertProblemAsync(HttpStatusCode.Conflict);

        var accepted = await (await mentee.PostAsync($"/api/v1/cluster-requests/{id}/accept", null)).JsonAsync();
        Assert.Equal("accepted", accepted.GetProperty("status").GetString());
        await (await mentee.PostAsync($"/api/v1/cluster-requests/{id}/approve", null)).AssertProblemAsync(HttpStatusCode.Forbidden);
        var approved = await (await hub.PostAsync($"/api/v1/cluster-requests/{id}/approve", null)).JsonAsync();
        Assert.Equal("approved", approved.GetProperty("status").GetString());

        var clusters = await (await hub.GetAsync($"/api/v1/programmes/{programmeId}/clusters")).JsonAsync();
        var cluster = clusters.EnumerateArray().Single(c => c.GetProperty("mentorSchoolId").GetString() == mentorSchool);
        Assert.Equal("bottom-up", cluster.GetProperty("mode").GetString());
        Assert.Contains(menteeSchool, cluster.GetProperty("menteeSchoolIds").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal(approved.GetProperty("clusterId").GetString(), cluster.GetProperty("id").GetString());

        var participants = await (await hub.GetAsync($"/api/v1/programmes/{programmeId}/participants")).JsonAsync();
        Assert.Equal(cluster.GetProperty("id").GetString(),
            participants.EnumerateArray().Single(p => p.GetProperty("schoolId").GetString() == menteeSchool).GetProperty("clusterId").GetString());

        var requests = await (await mentee.GetAsync($"/api/v1/programmes/{programmeId}/cluster-requests")).JsonAsync();
        Assert.Contains(requests.EnumerateArray(), r => r.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task A_school_outside_the_pair_cannot_propose_it()
    {
        var teacher = await app.SignedInAsync("teacher@demo.example");
        var programmeId = await ClusterTestData.DemoProgrammeIdAsync(teacher);
        var response = await teacher.PostAsJsonAsync($"/api/v1/programmes/{programmeId}/cluster-requests",
            new { mentorSchoolId = ClusterTestData.SetubalMentors[0], menteeSchoolId = ClusterTestData.SetubalMentees[10] });
        await response.AssertProblemAsync(HttpStatusCode.Forbidden);

        var admin = await app.SignedInAsync("admin@demo.example");
        var swapped = await admin.PostAsJsonAsync($"/api/v1/programmes/{programmeId}/cluster-requests",
            new { mentorSchoolId = ClusterTestData.SetubalMentees[10], menteeSchoolId = ClusterTestData.SetubalMentors[0] });
        var problem = await swapped.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("mentorSchoolId", out _));
    }
}

/// <summary>Capacity and one-cluster-per-mentee under simultaneous approvals; a database of its own.</summary>
[Trait("Category", Category.Integration)]
public sealed class BottomUpConcurrencyApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Simultaneous_approvals_never_overfill_a_cluster_nor_put_a_mentee_in_two()
    {
        var admin = await app.SignedInAsync("admin@demo.example");
        var programmeId = await ClusterTestData.DemoProgrammeIdAsync(admin);
        var mentors = ClusterTestData.SetubalMentors;
        var free = ClusterTestData.SetubalMentees[9..];

        // The demo's mentor 0 leads three mentees and has one seat left; three agreed requests race for it.
        var forSeat = new List<string>();
        foreach (var mentee in free)
        {
            forSeat.Add(await AgreedAsync(admin, programmeId, mentors[0], mentee));
        }
        var results = await Task.WhenAll(forSeat.Select(id => admin.PostAsync($"/api/v1/cluster-requests/{id}/approve", null)));
        Assert.Equal(1, results.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(results.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));

        var clusters = (await (await admin.GetAsync($"/api/v1/programmes/{programmeId}/clusters")).JsonAsync()).EnumerateArray().ToList();
        int Count(string mentor) => clusters.Single(c => c.GetProperty("mentorSchoolId").GetString() == mentor).GetProperty("menteeSchoolIds").GetArrayLength();
        Assert.Equal(4, Count(mentors[0]));

        // A mentee agreed with two mentors that both have room; both approvals at once place it once.
        var placed = clusters.SelectMany(c => c.GetProperty("menteeSchoolIds").EnumerateArray().Select(x => x.GetString())).ToHashSet();
        var mentee2 = free.First(m => !placed.Contains(m));
        var a = await AgreedAsync(admin, programmeId, mentors[1], mentee2);
        var b = await AgreedAsync(admin, programmeId, mentors[2], mentee2);
        var pair = await Task.WhenAll(admin.PostAsync($"/api/v1/cluster-requests/{a}/approve", null), admin.PostAsync($"/api/v1/cluster-requests/{b}/approve", null));
        Assert.Equal(1, pair.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(1, pair.Count(r => r.StatusCode == HttpStatusCode.Conflict));

        clusters = [.. (await (await admin.GetAsync($"/api/v1/programmes/{programmeId}/clusters")).JsonAsync()).EnumerateArray()];
        Assert.Equal(1, clusters.Count(c => c.GetProperty("menteeSchoolIds").EnumerateArray().Any(x => x.GetString() == mentee2)));
        Assert.All(clusters, c => Assert.True(c.GetProperty("menteeSchoolIds").GetArrayLength() <= 4));
    }

    private static async Task<string> AgreedAsync(HttpClient admin, string programmeId, string mentor, string mentee)
    {
        var requests = await (await admin.GetAsync($"/api/v1/programmes/{programmeId}/cluster-requests")).JsonAsync();
        var open = requests.EnumerateArray().FirstOrDefault(r =>
            r.GetProperty("mentorSchoolId").GetString() == mentor && r.GetProperty("menteeSchoolId").GetString() == mentee
            && r.GetProperty("status").GetString() is "pending" or "accepted");
        string id;
        if (open.ValueKind == JsonValueKind.Object)
        {
            id = open.GetProperty("id").GetString()!;
            if (open.GetProperty("status").GetString() == "accepted")
            {
                return id;
            }
        }
        else
        {
            var created = await (await admin.PostAsJsonAsync($"/api/v1/programmes/{programmeId}/cluster-requests",
                new { mentorSchoolId = mentor, menteeSchoolId = mentee })).JsonAsync(HttpStatusCode.Created);
            id = created.GetProperty("id").GetString()!;
        }
        await (await admin.PostAsync($"/api/v1/cluster-requests/{id}/accept", null)).JsonAsync();
        return id;
    }
}

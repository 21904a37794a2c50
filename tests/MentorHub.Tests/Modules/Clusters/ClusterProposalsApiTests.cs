using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorHub.Tests.Infrastructure;
using MentorHub.Tests.Modules.Clusters.Domain;
using MentorHub.Web.Modules.Programs;

namespace MentorHub.Tests.Modules.Clusters;

[Trait("Category", Category.Integration)]
public sealed class ClusterProposalsApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly object DistanceOnly = new { distance = 1, level = 0, needs = 0, priorities = 0 };

    [Fact]
    public async Task Needs_come_from_the_schools_latest_self_assessment()
    {
        var client = await app.SignedInAsync("coordinator@demo.example");
        var programmeId = await ClusterTestData.DemoProgrammeIdAsync(client);
        var proposal = await ClusterTestData.ProposeAsync(client, programmeId, new
        {
            capacity = 4,
            maxDistanceKm = (double?)null,
            weights = new { distance = 0, level = 0, needs = 1, priorities = 0 },
            pins = Array.Empty<object>(),
            forbids = Array.Empty<object>(),
        });
        var reasons = proposal.GetProperty("assignments").EnumerateArray()
            .SelectMany(a => a.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!)).ToList();
        // Every demo school has a baseline round, so no pair lacks data and the needs term is not neutral everywhere.
        Assert.DoesNotContain(reasons, r => r.StartsWith("no self-assessment data", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("weak areas", StringComparison.Ordinal));
        var costs = proposal.GetProperty("assignments").EnumerateArray().Select(a => a.GetProperty("cost").GetDouble()).Distinct().ToList();
        Assert.True(costs.Count > 1, "needs costs should differ between pairs");
    }

    [Fact]
    public async Task Distance_only_total_cost_is_the_least_sum_of_great_circle_distances()
    {
        var client = await app.SignedInAsync("coordinator@demo.example");
        var programmeId = await ClusterTestData.DemoProgrammeIdAsync(client);

        var proposal = await ClusterTestData.ProposeAsync(client, programmeId, new { capacity = 4, maxDistanceKm = (double?)null, weights = DistanceOnly, pins = Array.Empty<object>(), forbids = Array.Empty<object>() });

        Assert.True(proposal.GetProperty("optimal").GetBoolean());
        Assert.Equal(24, proposal.GetProperty("assignments").GetArrayLength());
        Assert.Equal(0, proposal.GetProperty("unassigned").GetArrayLength());
        Assert.True(proposal.GetProperty("solveMs").GetInt64() >= 0);
        Assert.False(string.IsNullOrEmpty(proposal.GetProperty("id").GetString()));

        var schools = await ClusterTestData.SchoolsAsync(app, ClusterTestData.AllMentors.Concat(ClusterTestData.AllMentees));
        double Km(string a, string b) => Reference.Haversine(schools[a].Latitude!.Value, schools[a].Longitude!.Value, schools[b].Latitude!.Value, schools[b].Longitude!.Value);
        var seats = ClusterTestData.AllMentors.SelectMany(m => Enumerable.Repeat(m, 4)).ToArray();
        var matrix = new double[ClusterTestData.AllMentees.Length, seats.Length];
        for (var i = 0; i < ClusterTestData.AllMentees.Length; i++)
        {
            for (var j = 0; j < seats.Length; j++)
            {
                matrix[i, j] = Km(ClusterTestData.AllMentees[i], seats[j]);
            }
        }
        var optimum = ClusterTestData.MinimumAssignmentCost(matrix);
        Assert.Equal(optimum, proposal.GetProperty("totalCost").GetDouble(), 6);

        // Each pair's cost is its distance, and the pairs add up to the total.
        var pairs = proposal.GetProperty("assignments").EnumerateArray().ToList();
        Assert.All(pairs, a =>
        {
            var km = Km(a.GetProperty("menteeSchoolId").GetString()!, a.GetProperty("mentorSchoolId").GetString()!);
            Assert.Equal(km, a.GetProperty("cost").GetDouble(), 6);
            Assert.Equal(km, a.GetProperty("distanceKm").GetDouble(), 6);
            Assert.NotEmpty(a.GetProperty("reasons").EnumerateArray());
        });
        Assert.Equal(proposal.GetProperty("totalCost").GetDouble(), pairs.Sum(a => a.GetProperty("cost").GetDouble()), 6);
        Assert.All(pairs.GroupBy(a => a.GetProperty("mentorSchoolId").GetString()), g => Assert.True(g.Count() <= 4));

        // The greedy baseline sits beside it and can only be worse or equal.
        Assert.Equal(24, proposal.GetProperty("greedyPlaced").GetInt32());
        Assert.True(proposal.GetProperty("greedyTotalCost").GetDouble() >= optimum - 1e-6);
        Assert.Equal(proposal.GetProperty("greedyTotalCost").GetDouble(), proposal.GetProperty("greedy").GetProperty("totalCost").GetDouble());
    }

    [Fact]
    public async Task Pins_forbids_capacity_and_a_hub_restrict_the_proposal()
    {
        var client = await app.SignedInAsync("coordinator@demo.example");
        var programmeId = await ClusterTestData.DemoProgrammeIdAsync(client);
        var (lisbon, _) = await ClusterTestData.DemoHubsAsync(client, programmeId);
        var free = await ClusterTestData.ProposeAsync(client, programmeId, new { capacity = 4, weights = DistanceOnly, hubId = lisbon });
        var first = free.GetProperty("assignments")[0];
        var mentee = first.GetProperty("menteeSchoolId").GetString()!;
        var nearest = first.GetProperty("mentorSchoolId").GetString()!;
        var other = ProgramsDemo.LisbonMentors.First(m => m != nearest);
        var third = ProgramsDemo.LisbonMentors.First(m => m != nearest && m != other);
        var forbidMentee = ProgramsDemo.LisbonMentees.First(m => m != mentee);

        var proposal = await ClusterTestData.ProposeAsync(client, programmeId, new
        {
            capacity = 3,
            weights = DistanceOnly,
            hubId = lisbon,
            capacityOverrides = new Dictionary<string, int> { [third] = 5 },
            pins = new[] { new { menteeSchoolId = mentee, mentorSchoolId = other } },
            forbids = ProgramsDemo.LisbonMentors.Where(m => m != other).Select(m => new { menteeSchoolId = forbidMentee, mentorSchoolId = m }).ToArray(),
        });

        var pairs = proposal.GetProperty("assignments").EnumerateArray()
            .ToDictionary(a => a.GetProperty("menteeSchoolId").GetString()!, a => a.GetProperty("mentorSchoolId").GetString()!);
        Assert.Equal(11, pairs.Count); // 3 + 3 + 5 seats for 12 Lisbon mentees
        Assert.Equal(other, pairs[mentee]);
        Assert.True(proposal.GetProperty("assignments").EnumerateArray().Single(a => a.GetProperty("menteeSchoolId").GetString() == mentee).GetProperty("pinned").GetBoolean());
        Assert.All(pairs.Keys, k => Assert.Contains(k, ProgramsDemo.LisbonMentees));
        if (pairs.TryGetValue(forbidMentee, out var mentorOfForbidden))
        {
            Assert.Equal(other, mentorOfForbidden);
        }
        Assert.True(pairs.Values.Count(v => v == third) <= 5);
        Assert.True(pairs.Values.Count(v => v != third) <= 6);
        var unassigned = Assert.Single(proposal.GetProperty("unassigned").EnumerateArray());
        Assert.False(string.IsNullOrWhiteSpace(unassigned.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task A_pin_that_breaks_a_rule_or_names_a_stranger_is_a_clear_400()
    {
        var client = await app.SignedInAsync("coordinator@demo.example");
        var programmeId = await ClusterTestData.DemoProgrammeIdAsync(client);
        var url = $"/api/v1/programmes/{programmeId}/cluster-proposals";

        // Lisbon and Setúbal schools are further apart than 1 km.
        var tooFar = await client.PostAsJsonAsync(url, new
        {
            capacity = 4, maxDistanceKm = 1, weights = DistanceOnly,
            pins = new[] { new { menteeSchoolId = ProgramsDemo.LisbonMentees[0], mentorSchoolId = ProgramsDemo.SetubalMentors[0] } },
        });
        var problem = await tooFar.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("hard rule", problem.GetProperty("title").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("pins", out _));

        var stranger = await client.PostAsJsonAsync(url, new { pins = new[] { new { menteeSchoolId = "PT-000000", mentorSchoolId = ProgramsDemo.LisbonMentors[0] } } });
        await stranger.AssertProblemAsync(HttpStatusCode.BadRequest);

        var twice = await client.PostAsJsonAsync(url, new
        {
            pins = new[]
            {
                new { menteeSchoolId = ProgramsDemo.LisbonMentees[0], mentorSchoolId = ProgramsDemo.LisbonMentors[0] },
                new { menteeSchoolId = ProgramsDemo.LisbonMentees[0], mentorSchoolId = ProgramsDemo.LisbonMentors[1] },
            },
        });
        await twice.AssertProblemAsync(HttpStatusCode.BadRequest);

        var negative = await client.PostAsJsonAsync(url, new { capacity = -1 });
        var invalid = await negative.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(invalid.GetProperty("errors").TryGetProperty("capacity", out _));
    }

    [Fact]
    public async Task Only_coordinators_propose_and_schools_see_clusters()
    {
        var school = await app.SignedInAsync("mentee-school@demo.example");
        var programmeId = await ClusterTestData.DemoProgrammeIdAsync(school);
        var response = await school.PostAsJsonAsync($"/api/v1/programmes/{programmeId}/cluster-proposals", new { capacity = 4 });
        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        var clusters = await (await school.GetAsync($"/api/v1/programmes/{programmeId}/clusters")).JsonAsync();
        Assert.Equal(6, clusters.GetArrayLength());

        var hub = await app.SignedInAsync("hub@demo.example");
        var (lisbon, _) = await ClusterTestData.DemoHubsAsync(hub, programmeId);
        var whole = await hub.PostAsJsonAsync($"/api/v1/programmes/{programmeId}/cluster-proposals", new { capacity = 4 });
        await whole.AssertProblemAsync(HttpStatusCode.Forbidden);
        var own = await hub.PostAsJsonAsync($"/api/v1/programmes/{programmeId}/cluster-proposals", new { capacity = 4, hubId = lisbon });
        await own.JsonAsync();
    }

    [Fact]
    public async Task Accept_forms_clusters_sets_participants_cluster_and_refuses_twice_or_when_stale()
    {
        var client = await app.SignedInAsync("coordinator@demo.example");
        var programmeId = await ClusterTestData.DemoProgrammeIdAsync(client);
        var (lisbon, _) = await ClusterTestData.DemoHubsAsync(client, programmeId);

        // The demo already formed Lisbon's clusters; a proposal that forbids one current pair moves a school.
        var before = await ClustersAsync(client, programmeId);
        var lisbonCluster = before.First(c => ProgramsDemo.LisbonMentors.Contains(c.GetProperty("mentorSchoolId").GetString()));
        Assert.Equal("top-down", lisbonCluster.GetProperty("mode").GetString());
        var moved = lisbonCluster.GetProperty("menteeSchoolIds")[0].GetString()!;
        var oldMentor = lisbonCluster.GetProperty("mentorSchoolId").GetString()!;

        var stale = await ClusterTestData.ProposeAsync(client, programmeId, new { capacity = 4, weights = DistanceOnly, hubId = lisbon });
        var proposal = await ClusterTestData.ProposeAsync(client, programmeId, new
        {
            capacity = 5, weights = DistanceOnly, hubId = lisbon,
            forbids = new[] { new { menteeSchoolId = moved, mentorSchoolId = oldMentor } },
        });
        var newMentor = proposal.GetProperty("assignments").EnumerateArray()
            .Single(a => a.GetProperty("menteeSchoolId").GetString() == moved).GetProperty("mentorSchoolId").GetString();

        var accepted = await (await client.PostAsync($"/api/v1/cluster-proposals/{proposal.GetProperty("id").GetString()}/accept", null)).JsonAsync();
        Assert.Equal(3, accepted.GetArrayLength());

        var after = await ClustersAsync(client, programmeId);
        var target = after.Single(c => c.GetProperty("mentorSchoolId").GetString() == newMentor);
        Assert.Contains(moved, target.GetProperty("menteeSchoolIds").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal("top-down", target.GetProperty("mode").GetString());
        Assert.Equal(24, after.Sum(c => c.GetProperty("menteeSchoolIds").GetArrayLength()) + 3);

        var participants = await (await client.GetAsync($"/api/v1/programmes/{programmeId}/participants")).JsonAsync();
        var row = participants.EnumerateArray().Single(p => p.GetProperty("schoolId").GetString() == moved);
        Assert.Equal(target.GetProperty("id").GetString(), row.GetProperty("clusterId").GetString());

        // The old cluster remembers that the school left.
        var old = after.Single(c => c.GetProperty("mentorSchoolId").GetString() == oldMentor);
        var detail = await (await client.GetAsync($"/api/v1/clusters/{old.GetProperty("id").GetString()}")).JsonAsync();
        var history = detail.GetProperty("history").EnumerateArray().Single(m => m.GetProperty("schoolId").GetString() == moved);
        Assert.Equal(JsonValueKind.String, history.GetProperty("leftAt").ValueKind);

        var again = await client.PostAsync($"/api/v1/cluster-proposals/{proposal.GetProperty("id").GetString()}/accept", null);
        await again.AssertProblemAsync(HttpStatusCode.Conflict);
        var outdated = await client.PostAsync($"/api/v1/cluster-proposals/{stale.GetProperty("id").GetString()}/accept", null);
        await outdated.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Two_simultaneous_accepts_of_one_proposal_form_the_clusters_once()
    {
        var client = await app.SignedInAsync("coordinator@demo.example");
        var programmeId = await ClusterTestData.DemoProgrammeIdAsync(client);
        var (lisbon, _) = await ClusterTestData.DemoHubsAsync(client, programmeId);
        var proposal = await ClusterTestData.ProposeAsync(client, programmeId, new { capacity = 4, weights = DistanceOnly, hubId = lisbon });
        var url = $"/api/v1/cluster-proposals/{proposal.GetProperty("id").GetString()}/accept";

        var results = await Task.WhenAll(client.PostAsync(url, null), client.PostAsync(url, null), client.PostAsync(url, null));

        Assert.Equal(1, results.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(results.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var clusters = await ClustersAsync(client, programmeId);
        var lisbonMentees = clusters.Where(c => ProgramsDemo.LisbonMentors.Contains(c.GetProperty("mentorSchoolId").GetString()))
            .SelectMany(c => c.GetProperty("menteeSchoolIds").EnumerateArray().Select(x => x.GetString())).ToList();
        Assert.Equal(12, lisbonMentees.Count);
        Assert.Equal(12, lisbonMentees.Distinct().Count());
    }

    private static async Task<List<JsonElement>> ClustersAsync(HttpClient client, string programmeId) =>
        [.. (await (await client.GetAsync($"/api/v1/programmes/{programmeId}/clusters")).JsonAsync()).EnumerateArray()];
}

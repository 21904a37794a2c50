using MentorHub.Tests.Infrastructure;
using MentorHub.Web.Modules.Programs;

namespace MentorHub.Tests.Modules.Journey;

/// <summary>The demo programme's journey as it loads, read before anyone changes it: its own fixture.</summary>
[Trait("Category", Category.Integration)]
public sealed class JourneyDemoTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Demo_clusters_are_spread_over_the_phases_and_Talaide_reflects_on_its_first_cycle()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var programmeId = await Clusters.ClusterTestData.DemoProgrammeIdAsync(coordinator);
        var overview = await (await coordinator.GetAsync($"/api/v1/programmes/{programmeId}/journey")).JsonAsync();
        var byPhase = overview.GetProperty("clustersByPhase").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        var clusters = overview.GetProperty("clusters").GetInt32();
        // Each cluster in a phase of its own (the demo has six), and schools of every phase.
        Assert.True(clusters >= 6, $"{clusters} demo clusters");
        Assert.Equal(Math.Min(clusters, 7), byPhase.Count(p => p.Value > 0));
        Assert.All(overview.GetProperty("schoolsByPhase").EnumerateObject(), p => Assert.True(p.Value.GetInt32() >= 1, $"no demo school in {p.Name}"));

        var mentee = await app.SignedInAsync("mentee-school@demo.example");
        var clusterId = await JourneyApiTests.DemoClusterAsync(mentee);
        var journey = await (await mentee.GetAsync($"/api/v1/clusters/{clusterId}/journey")).JsonAsync();
        Assert.Equal("reflection", journey.GetProperty("phase").GetString());
        Assert.Equal(1, journey.GetProperty("cycle").GetInt32());
        var moves = journey.GetProperty("moves").EnumerateArray().Where(m => m.GetProperty("schoolId").ValueKind == System.Text.Json.JsonValueKind.Null).ToList();
        Assert.Equal(6, moves.Count);
        // The whole cycle shows its evidence: the agreement, plans, activities and reflections.
        var evidence = journey.GetProperty("phases").EnumerateArray().SelectMany(p => p.GetProperty("evidence").EnumerateArray())
            .Select(e => e.GetProperty("kind").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "agreement", "plan", "activity", "reflection" }, evidence);
        var talaide = journey.GetProperty("schools").EnumerateArray().Single(s => s.GetProperty("schoolId").GetString() == ProgramsDemo.LisbonMentees[0]);
        Assert.Equal("reflection", talaide.GetProperty("phase").GetString());
        Assert.Contains(journey.GetProperty("schools").EnumerateArray(), s => s.GetProperty("phase").GetString() == "development-action");

        // Its agreement is written and confirmed by every school of the cluster.
        var agreement = await (await mentee.GetAsync($"/api/v1/clusters/{clusterId}/agreement")).JsonAsync();
        Assert.Equal(1, agreement.GetProperty("version").GetInt32());
        Assert.Equal(agreement.GetProperty("schools").GetArrayLength(), agreement.GetProperty("confirmations").GetArrayLength());
    }
}

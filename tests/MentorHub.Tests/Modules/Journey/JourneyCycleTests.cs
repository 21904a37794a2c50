using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorHub.Tests.Infrastructure;

namespace MentorHub.Tests.Modules.Journey;

/// <summary>A new cycle starts with its own evidence: what the cluster did before belongs to the cycle before.</summary>
[Trait("Category", Category.Integration)]
public sealed class JourneyCycleTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task After_reflection_the_next_cycle_lists_only_its_own_evidence()
    {
        var mentor = await app.SignedInAsync("mentor-school@demo.example");
        var id = await JourneyApiTests.DemoClusterAsync(mentor);
        var before = await (await mentor.GetAsync($"/api/v1/clusters/{id}/journey")).JsonAsync();
        Assert.Equal("reflection", before.GetProperty("phase").GetString());
        Assert.Equal(JsonValueKind.Null, before.GetProperty("cycleStartedAt").ValueKind);
        var pieces = before.GetProperty("phases").EnumerateArray().Sum(p => p.GetProperty("evidence").GetArrayLength());
        Assert.True(pieces > 0);
        Assert.Equal(0, before.GetProperty("earlierEvidence").GetInt32());

        var move = await (await mentor.PostAsJsonAsync($"/api/v1/clusters/{id}/journey/moves", new { phase = "initiative", note = "cycle 2" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("next-cycle", move.GetProperty("kind").GetString());

        var after = await (await mentor.GetAsync($"/api/v1/clusters/{id}/journey")).JsonAsync();
        Assert.Equal(2, after.GetProperty("cycle").GetInt32());
        // PostgreSQL keeps microseconds, so the stored time may be a tick short of the answered one.
        Assert.Equal(move.GetProperty("at").GetDateTime(), after.GetProperty("cycleStartedAt").GetDateTime(), TimeSpan.FromMilliseconds(1));
        // Only what happens from the move on is listed (the demo's reflection meeting is still to come); the rest is counted as earlier.
        var listed = after.GetProperty("phases").EnumerateArray().SelectMany(p => p.GetProperty("evidence").EnumerateArray()).ToList();
        Assert.All(listed, e => Assert.True(e.GetProperty("at").GetDateTime() >= after.GetProperty("cycleStartedAt").GetDateTime(), e.ToString()));
        var earlier = after.GetProperty("earlierEvidence").GetInt32();
        Assert.True(earlier > 0);
        Assert.Equal(pieces, earlier + listed.Count);
        var page = await (await mentor.GetAsync($"/clusters/{id}/journey")).Content.ReadAsStringAsync();
        Assert.Contains($"{earlier} earlier pieces belong to the cycles before", page, StringComparison.Ordinal);
    }
}

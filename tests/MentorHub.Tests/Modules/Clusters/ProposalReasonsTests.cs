using System.Net;
using System.Text.Json;
using MentorHub.Tests.Infrastructure;

namespace MentorHub.Tests.Modules.Clusters;

/// <summary>The optimiser's reasons reach each reader in their language and name schools, areas and priorities, never their ids.</summary>
[Trait("Category", Category.Integration)]
public sealed class ProposalReasonsTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly string[] AreaIds = ["vision", "leadership", "collaboration", "pedagogy", "development", "infrastructure", "learning"];

    [Fact]
    public async Task Reasons_are_codes_with_English_in_the_API_and_Portuguese_on_the_Portuguese_page()
    {
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var programmeId = await ClusterTestData.DemoProgrammeIdAsync(coordinator);
        // One mentee per mentor: most mentees are left out because every fitting mentor is full.
        var proposal = await ClusterTestData.ProposeAsync(coordinator, programmeId, new
        {
            capacity = 1,
            maxDistanceKm = (double?)null,
            weights = new { distance = 1, level = 20, needs = 15, priorities = 10 },
            pins = Array.Empty<object>(),
            forbids = Array.Empty<object>(),
        });
        var pair = proposal.GetProperty("assignments")[0];
        var reasons = pair.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).ToList();
        var explained = pair.GetProperty("explanations").EnumerateArray().ToList();
        Assert.Equal(reasons, explained.Select(e => e.GetProperty("message").GetString()));
        Assert.Contains(explained, e => e.GetProperty("code").GetString() == "distance");
        var left = proposal.GetProperty("unassigned")[0];
        Assert.Equal(left.GetProperty("reason").GetString(), left.GetProperty("explanation").GetProperty("message").GetString());
        Assert.False(string.IsNullOrWhiteSpace(left.GetProperty("explanation").GetProperty("code").GetString()));

        var programme = await (await coordinator.GetAsync($"/api/v1/programmes/{programmeId}")).JsonAsync();
        var priorityCodes = programme.GetProperty("priorities").EnumerateArray()
            .Where(p => p.GetProperty("code").GetString() != p.GetProperty("name").GetString())
            .Select(p => p.GetProperty("code").GetString()!).ToList();

        var en = await PageAsync(coordinator, programmeId, proposal, "en");
        var pt = await PageAsync(coordinator, programmeId, proposal, "pt");
        Assert.Contains(" km away", en);
        Assert.Contains("that satisfy the rules", en);
        foreach (var english in new[] { " km away", "same level", "that satisfy the rules", "shares ", "weak areas", "no shared national priorities" })
        {
            Assert.DoesNotContain(english, pt);
        }
        Assert.Contains("escolas mentoras que cumprem as regras", pt);
        foreach (var page in new[] { en, pt })
        {
            // An area id would follow the list's start or separator: "weak areas: leadership (4.2) and vision (3.9)".
            Assert.All(AreaIds, id => Assert.DoesNotMatch($"(: |, | and | e ){id} \\(", page));
            Assert.All(priorityCodes, code => Assert.DoesNotContain(code, page));
        }
    }

    private static async Task<string> PageAsync(HttpClient client, string programmeId, JsonElement proposal, string lang)
    {
        var response = await client.GetAsync($"/programmes/{programmeId}/cluster-proposals?proposal={proposal.GetProperty("id").GetString()}&lang={lang}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}

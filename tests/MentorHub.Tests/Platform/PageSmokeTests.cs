using System.Net;
using MentorHub.Tests.Infrastructure;

namespace MentorHub.Tests.Platform;

/// <summary>
/// Every page answers on both databases. Pages load their data asynchronously, and with PostgreSQL
/// (unlike SQLite) the awaits really yield, so a page rendered half-loaded fails only there.
/// </summary>
[Trait("Category", Category.Integration)]
public sealed class PageSmokeTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Every_page_answers_200_for_the_national_coordinator()
    {
        var client = await app.SignedInAsync("coordinator@demo.example");
        var programmeId = (await (await client.GetAsync("/api/v1/programmes")).JsonAsync())
            .EnumerateArray().First(p => p.GetProperty("country").GetString() == "PT").GetProperty("id").GetString();
        var hubId = (await (await client.GetAsync($"/api/v1/programmes/{programmeId}/hubs")).JsonAsync()).EnumerateArray().First().GetProperty("id").GetString();
        var clusterId = (await (await client.GetAsync($"/api/v1/programmes/{programmeId}/clusters")).JsonAsync()).EnumerateArray().First().GetProperty("id").GetString();
        const string School = "PT-277629";
        var rounds = (await (await client.GetAsync($"/api/v1/schools/{School}/rounds")).JsonAsync()).EnumerateArray().ToList();
        var roundId = rounds.First().GetProperty("id").GetString();
        var code = rounds.First(r => r.GetProperty("status").GetString() == "open").GetProperty("groups")[0].GetProperty("code").GetString();

        string[] pages =
        [
            "/", "/programmes", $"/programmes/{programmeId}", $"/programmes/{programmeId}/clusters",
            $"/programmes/{programmeId}/cluster-requests", $"/programmes/{programmeId}/cluster-proposals",
            $"/programmes/{programmeId}/self-assessment", $"/programmes/{programmeId}/self-assessment/change",
            $"/programmes/{programmeId}/outcomes?by=school", $"/programmes/{programmeId}/incentives", $"/hubs/{hubId}", $"/clusters/{clusterId}",
            "/schools", "/schools?q=lisboa", $"/schools/{School}", "/people",
            $"/schools/{School}/rounds", $"/rounds/{roundId}/invitations", $"/rounds/{roundId}/report", $"/s/{code}",
        ];
        var failures = new List<string>();
        foreach (var page in pages)
        {
            var response = await client.GetAsync(page);
            var html = await response.Content.ReadAsStringAsync();
            // A page that could not load its data or refused the coordinator shows "Page not found" with a 200.
            if (response.StatusCode != HttpStatusCode.OK || !html.Contains("<h1", StringComparison.Ordinal) || html.Contains("Page not found", StringComparison.Ordinal))
            {
                failures.Add($"{page}: {(int)response.StatusCode}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("; ", failures));
    }
}

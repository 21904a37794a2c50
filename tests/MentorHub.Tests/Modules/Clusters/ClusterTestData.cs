using System.Net.Http.Json;
using System.Text.Json;
using MentorHub.Tests.Infrastructure;
using MentorHub.Web.Modules.Programs;
using MentorHub.Web.Modules.Schools.Api;
using Microsoft.Extensions.DependencyInjection;

namespace MentorHub.Tests.Modules.Clusters;

internal static class ClusterTestData
{
    public static async Task<string> DemoProgrammeIdAsync(HttpClient client)
    {
        var list = await (await client.GetAsync("/api/v1/programmes")).JsonAsync();
        return list.EnumerateArray().Single(p => p.GetProperty("country").GetString() == "PT").GetProperty("id").GetString()!;
    }

    public static async Task<(string TopDown, string BottomUp)> DemoHubsAsync(HttpClient client, string programmeId)
    {
        var hubs = (await (await client.GetAsync($"/api/v1/programmes/{programmeId}/hubs")).JsonAsync()).EnumerateArray().ToList();
        string Id(string name) => hubs.Single(h => h.GetProperty("name").GetString() == name).GetProperty("id").GetString()!;
        return (Id("Hub Regional de Lisboa"), Id("Rede de Escolas de Setúbal"));
    }

    public static async Task<IReadOnlyDictionary<string, SchoolSummary>> SchoolsAsync(AppFixture app, IEnumerable<string> ids)
    {
        using var scope = app.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ISchoolDirectory>().FindManyAsync(ids, CancellationToken.None);
    }

    /// <summary>The Setúbal schools in the order the Clusters demo uses (by id): mentees 9–11 are left free, mentor 2 has one seat left.</summary>
    public static string[] SetubalMentors => [.. ProgramsDemo.SetubalMentors.Order(StringComparer.Ordinal)];

    public static string[] SetubalMentees => [.. ProgramsDemo.SetubalMentees.Order(StringComparer.Ordinal)];

    public static string[] AllMentors => [.. ProgramsDemo.LisbonMentors, .. ProgramsDemo.SetubalMentors];

    public static string[] AllMentees => [.. ProgramsDemo.LisbonMentees, .. ProgramsDemo.SetubalMentees];

    public static async Task<JsonElement> ProposeAsync(HttpClient client, string programmeId, object body) =>
        await (await client.PostAsJsonAsync($"/api/v1/programmes/{programmeId}/cluster-proposals", body)).JsonAsync();

    /// <summary>
    /// An independent exact reference: the Hungarian algorithm on mentees × mentor seats (each mentor
    /// repeated capacity times). Valid when every mentee can be placed, as in the demo programme.
    /// </summary>
    public static double MinimumAssignmentCost(double[,] cost)
    {
        int n = cost.GetLength(0), m = cost.GetLength(1);
        var u = new double[n + 1];
        var v = new double[m + 1];
        var p = new int[m + 1];
        var way = new int[m + 1];
        for (var i = 1; i <= n; i++)
        {
            p[0] = i;
            var j0 = 0;
            var minv = Enumerable.Repeat(double.PositiveInfinity, m + 1).ToArray();
            var used = new bool[m + 1];
            do
            {
                used[j0] = true;
                int i0 = p[j0], j1 = 0;
                var delta = double.PositiveInfinity;
                for (var j = 1; j <= m; j++)
                {
                    if (used[j])
                    {
                        continue;
                    }
                    var cur = cost[i0 - 1, j - 1] - u[i0] - v[j];
                    if (cur < minv[j])
                    {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if (minv[j] < delta)
                    {
                        delta = minv[j];
                        j1 = j;
                    }
                }
                for (var j = 0; j <= m; j++)
                {
                    if (used[j])
                    {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    }
                    else
                    {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            }
            while (p[j0] != 0);
            do
            {
                var j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            }
            while (j0 != 0);
        }
        var total = 0.0;
        for (var j = 1; j <= m; j++)
        {
            if (p[j] != 0)
            {
                total += cost[p[j] - 1, j - 1];
            }
        }
        return total;
    }
}

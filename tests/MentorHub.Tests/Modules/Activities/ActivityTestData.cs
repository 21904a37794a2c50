using System.Net.Http.Json;
using System.Text.Json;
using MentorHub.Tests.Infrastructure;
using MentorHub.Tests.Modules.Clusters;
using MentorHub.Web.Modules.Programs;

namespace MentorHub.Tests.Modules.Activities;

internal static class ActivityTestData
{
    /// <summary>Talaíde's cluster: mentored by the demo mentor school, with the demo mentee school (Talaíde) in it.</summary>
    public static async Task<(string ClusterId, string Mentor, string[] Members)> TalaideClusterAsync(HttpClient coordinator)
    {
        var programme = await ClusterTestData.DemoProgrammeIdAsync(coordinator);
        var participants = await (await coordinator.GetAsync($"/api/v1/programmes/{programme}/participants")).JsonAsync();
        var cluster = participants.EnumerateArray().Single(p => p.GetProperty("schoolId").GetString() == ProgramsDemo.LisbonMentees[0]).GetProperty("clusterId").GetString()!;
        var detail = await (await coordinator.GetAsync($"/api/v1/clusters/{cluster}")).JsonAsync();
        var mentor = detail.GetProperty("mentorSchoolId").GetString()!;
        return (cluster, mentor, [mentor, .. detail.GetProperty("menteeSchoolIds").EnumerateArray().Select(s => s.GetString()!)]);
    }

    public static Dictionary<string, object?> Body(string host, string title = "Robotics workshop", string startsAt = "2026-10-05T14:00:00Z") => new()
    {
        ["title"] = title,
        ["format"] = "workshop",
        ["mode"] = "face-to-face",
        ["startsAt"] = startsAt,
        ["durationMinutes"] = 90,
        ["hostSchoolId"] = host,
        ["participants"] = new[] { new { schoolId = host, leaders = 1, teachers = 6, students = 0 } },
        ["cost"] = new { amount = 120.50m, currency = "EUR" },
        ["links"] = new[] { "https://example.org/slides" },
    };

    public static async Task<JsonElement> LogAsync(HttpClient client, string clusterId, Dictionary<string, object?> body) =>
        await (await client.PostAsJsonAsync($"/api/v1/clusters/{clusterId}/activities", body)).JsonAsync(System.Net.HttpStatusCode.Created);
}

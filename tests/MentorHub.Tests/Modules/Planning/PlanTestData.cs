using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorHub.Tests.Infrastructure;
using MentorHub.Web.Modules.SelfAssessment.Api;
using Microsoft.Extensions.DependencyInjection;

namespace MentorHub.Tests.Modules.Planning;

internal static class PlanTestData
{
    public static async Task<string> DemoProgrammeIdAsync(HttpClient client)
    {
        var list = await (await client.GetAsync("/api/v1/programmes")).JsonAsync();
        return list.EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Escolas Mentoras 2026–2027").GetProperty("id").GetString()!;
    }

    public static async Task<IReadOnlyList<string>> PriorityCodesAsync(HttpClient client, string programmeId)
    {
        var programme = await (await client.GetAsync($"/api/v1/programmes/{programmeId}")).JsonAsync();
        return [.. programme.GetProperty("priorities").EnumerateArray().Select(p => p.GetProperty("code").GetString()!)];
    }

    public static IReadOnlyList<string> AreaIds(AppFixture app)
    {
        using var scope = app.Factory.Services.CreateScope();
        return [.. scope.ServiceProvider.GetRequiredService<ISchoolNeeds>().Areas().Select(a => a.AreaId)];
    }

    public static object Action(string title = "Digipeda workshop for all staff", string status = "planned", string startsOn = "2026-10-05", string dueOn = "2026-11-30") =>
        new { title, owner = "Ana Silva", startsOn, dueOn, status, resources = "Two afternoons, the library", successCriteria = "Every teacher tried one new tool" };

    public static object Goal(string area, string priority, string title = "A shared vision of digital teaching", object[]? actions = null) =>
        new { title, areaIds = new[] { area }, priorityIds = new[] { priority }, actions = actions ?? [Action()] };

    /// <summary>Makes a plan and returns its body and ETag.</summary>
    public static async Task<(JsonElement Plan, string ETag)> CreateAsync(HttpClient client, string schoolId, string programmeId, params object[] goals)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/schools/{schoolId}/plans", new { programmeId, goals });
        var plan = await response.JsonAsync(HttpStatusCode.Created);
        return (plan, response.Headers.ETag!.ToString());
    }
}
